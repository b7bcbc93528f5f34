/** Why an XML part could not be read; `at` is the offset in the decoded text. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(`${message} (XML offset ${at})`);
    this.name = "XmlError";
  }
}
