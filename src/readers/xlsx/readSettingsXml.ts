import { scanXml, type XmlTag, type XmlVisitor } from "./scanXml";

/**
 * The value of the web extension property `key` in a web extension part (Office keeps an add-in's
 * `workbook.settings` there, each value JSON-encoded), parsed as JSON when it is JSON, else as found;
 * undefined when the part has no such property.
 *
 * @example
 * readSettingsXml('<we:webextension><we:properties><we:property name="K" value="{&quot;a&quot;:1}"/></we:properties></we:webextension>', "K");
 * // → { a: 1 }
 */
export function readSettingsXml(xml: string, key: string): { found: boolean; value: unknown } {
  let found = false;
  let raw: string | undefined;
  const visitor: XmlVisitor = {
    wantText: false,
    open(name: string, tag: XmlTag) {
      if (found || name !== "property" || tag.attr("name") !== key) return;
      found = true;
      raw = tag.attr("value");
    },
    text() {},
    close() {},
  };
  scanXml(xml, visitor);
  if (!found || raw === undefined) return { found, value: undefined };
  try {
    return { found, value: JSON.parse(raw) as unknown };
  } catch {
    return { found, value: raw };
  }
}
