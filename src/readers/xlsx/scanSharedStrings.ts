/**
 * The items of a shared string table (`<sst>`), read quickly when they are plain (`<si><t>text</t></si>`,
 * `<si/>`), which nearly all are; an item with rich text runs, phonetic guides, comments or anything
 * else is handed to `readItem` (the general tokenizer on that one item), so a table with a few
 * formatted strings is still read quickly. What the general path would refuse makes the reader decline
 * the whole part (returns -1), and the general tokenizer reads it and gives the error.
 */
import { decodeEscapes } from "./decodeEscapes";
import { AttributeSpans } from "./attributeSpans";
import { decodeText } from "./decodeXml";
import { DECLINE, isElement, isEndTag, nextTag, QUICK_MAX_ATTRIBUTES, SLASH, textEnd } from "./quickXml";
import type { SharedString } from "./readSharedStrings";

/**
 * Reads the content of `<sst>` from `from` (just after its start tag), pushing each item to
 * `strings`; `readItem(start, end)` reads the item at [start, end) that is not plain, pushing it too.
 * Returns the offset of the end tag that closes the content, or -1 (then `strings` holds part of the
 * items: the caller undoes that).
 *
 * @example
 * const strings: SharedString[] = [];
 * scanSharedStrings("<sst><si><t>自评表</t></si></sst>", 5, strings, readItem); // 26; strings ["自评表"]
 */
export function scanSharedStrings(
  xml: string,
  from: number,
  strings: SharedString[],
  readItem: (start: number, end: number) => void,
): number {
  const tag = new AttributeSpans(QUICK_MAX_ATTRIBUTES);
  const text = { start: 0, end: 0 };
  let i = from;
  try {
    for (;;) {
      const lt = nextTag(xml, i);
      if (lt < 0) return DECLINE;
      // The end of <sst>: the tokenizer checks that it is one.
      if (xml.charCodeAt(lt + 1) === SLASH) return lt;
      if (!isElement(xml, lt, "si")) return DECLINE;
      i = tag.read(xml, lt + 3);
      if (i < 0) return DECLINE;
      if (tag.selfClosing) {
        strings.push(null);
        continue;
      }
      const plain = readPlainItem(xml, i, tag, text);
      if (plain >= 0) {
        strings.push(decodeEscapes(decodeText(xml, text.start, text.end)));
        i = plain;
        continue;
      }
      // Not plain: this one item the general way. Its end is its first </si>, unless that sits in a
      // comment or CDATA; then the item's own reading fails and the whole part goes the general way.
      const close = xml.indexOf("</si>", i);
      if (close < 0) return DECLINE;
      readItem(lt, close + 5);
      i = close + 5;
    }
  } catch {
    return DECLINE;
  }
}

/**
 * For `<t …>text</t></si>` (spacing around the tags allowed) from `from`: the offset after `</si>`, with
 * the text's span in `text`; -1 when the item is anything else.
 */
function readPlainItem(
  xml: string,
  from: number,
  tag: AttributeSpans,
  text: { start: number; end: number },
): number {
  const lt = nextTag(xml, from);
  if (lt < 0 || !isElement(xml, lt, "t")) return DECLINE;
  const start = tag.read(xml, lt + 2);
  if (start < 0 || tag.selfClosing) return DECLINE;
  const end = textEnd(xml, start);
  if (end >= xml.length || !isEndTag(xml, end, "t")) return DECLINE;
  const close = nextTag(xml, end + 4);
  if (close < 0 || !isEndTag(xml, close, "si")) return DECLINE;
  text.start = start;
  text.end = end;
  return close + 5;
}
