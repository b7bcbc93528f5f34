// TextDecoder is in every runtime the readers run in (Node, browsers, workers) but in neither lib of
// the pure build (ES2022 only): declared here, for this file alone.
declare const TextDecoder: new (label: string) => { decode(input: Uint8Array): string };

const decoder = new TextDecoder("utf-8");

/**
 * Bytes → text as UTF-8 (a byte-order mark dropped, invalid sequences as U+FFFD, as JSZip decoded).
 *
 * @example
 * decodeUtf8(new Uint8Array([0xe8, 0xa1, 0xa8])); // → "表"
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
