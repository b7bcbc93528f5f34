/**
 * A small streaming XML tokenizer for the parts of an .xlsx package. Written here rather than taken
 * from saxes (which exceljs uses) because the reader needs only elements, attributes and text, and a
 * scanner over the decoded string that builds no object per attribute reads a sheet several times
 * faster (figures in docs/architecture.md §4.5). It is strict where it matters for safety and
 * fidelity: a DOCTYPE is refused (so no entity can be declared, let alone expanded), only the five
 * predefined entities and character references are known, tags must nest, and nesting depth is
 * capped. Namespace prefixes are dropped from element names (`x:c` is `c`), as Excel reads them.
 */

import {
  ATTRIBUTE_ERRORS,
  AttributeSpans,
  endsName,
  isSpace,
  TOO_MANY_ATTRIBUTES,
  UNCLOSED_TAG,
} from "./attributeSpans";
import { decodeText, normaliseLineEnds } from "./decodeXml";
import { XmlError } from "./xmlError";

export { XmlError };

/** The attributes of the tag being visited; valid only during the `open` call. */
export interface XmlTag {
  /** The value of attribute `name` (qualified name as written, e.g. "r:id"), entities decoded. */
  attr(name: string): string | undefined;
}

/** What the scanner calls while it walks a part; element names without their namespace prefix. */
export interface XmlVisitor {
  /** Whether text is wanted now: read before each text run, so unwanted text is never decoded. */
  readonly wantText: boolean;
  open(name: string, tag: XmlTag): void;
  text(text: string): void;
  close(name: string): void;
  /**
   * Called after the start tag of an element with content (not `<x/>`), at offset `from` just after
   * it: a visitor may read the content itself and return where the scan goes on (the element's end
   * tag), or return `from` to leave it to the scanner. Used by the worksheet reader for `<sheetData>`.
   */
  readonly content?: (name: string, xml: string, from: number) => number;
}

/** Deeper nesting than this is not a spreadsheet part (Excel's own parts nest under 20 levels). */
const MAX_DEPTH = 256;
/** Attributes one tag may carry (spreadsheet elements have a handful, a part's root a dozen namespaces). */
const MAX_ATTRIBUTES = 512;

const SLASH = 47;
const QUESTION = 63;
const BANG = 33;

class Tag extends AttributeSpans implements XmlTag {
  xml = "";
  /** Where the element's qualified name ends. */
  nameEnd = 0;

  attr(name: string): string | undefined {
    return this.value(this.xml, name);
  }
}

/**
 * Walks `xml`, calling `visitor` for each element opened and closed and for the text between tags
 * (CDATA included); comments and processing instructions are skipped. Throws {@link XmlError} on
 * anything that is not well-formed enough to read safely.
 *
 * @example
 * scanXml('<sheet name="自评表"/>', {
 *   wantText: false,
 *   open: (name, tag) => console.log(name, tag.attr("name")), // sheet 自评表
 *   text: () => {},
 *   close: () => {},
 * });
 */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  const tag = new Tag(MAX_ATTRIBUTES);
  tag.xml = xml;
  const stack: string[] = [];
  const length = xml.length;
  let rootDone = false;
  let i = 0;
  while (i < length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > i) {
      if (stack.length === 0) {
        if (!isWhitespace(xml, i, textEnd)) throw new XmlError("Text outside the root element", i);
      } else if (visitor.wantText) {
        visitor.text(decodeText(xml, i, textEnd));
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === QUESTION) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlError("Unclosed processing instruction", lt);
      i = end + 2;
    } else if (next === BANG) {
      i = skipDeclaration(xml, lt, stack.length > 0 ? visitor : null);
    } else if (next === SLASH) {
      const end = xml.indexOf(">", lt + 2);
      if (end < 0) throw new XmlError("Unclosed end tag", lt);
      let nameEnd = end;
      while (nameEnd > lt + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      const qualified = xml.slice(lt + 2, nameEnd);
      const open = stack.pop();
      if (open !== qualified)
        throw new XmlError(`End tag </${qualified}> does not match <${open ?? ""}>`, lt);
      visitor.close(localName(qualified));
      if (stack.length === 0) rootDone = true;
      i = end + 1;
    } else {
      if (stack.length === 0 && rootDone) throw new XmlError("A second root element", lt);
      i = readStartTag(xml, lt, tag);
      const qualified = xml.slice(lt + 1, tag.nameEnd);
      const selfClosing = xml.charCodeAt(i - 2) === SLASH;
      const name = localName(qualified);
      if (!selfClosing) {
        if (stack.length >= MAX_DEPTH) throw new XmlError("Elements nested too deeply", lt);
        stack.push(qualified);
      }
      visitor.open(name, tag);
      if (selfClosing) visitor.close(name);
      else if (visitor.content !== undefined) i = visitor.content(name, xml, i);
      if (stack.length === 0) rootDone = true;
    }
  }
  if (stack.length > 0) throw new XmlError(`Element <${stack[stack.length - 1] ?? ""}> not closed`, length);
  if (!rootDone) throw new XmlError("No root element", 0);
}

/** Parses the start tag at `lt` into `tag`; returns the offset after its ">". */
function readStartTag(xml: string, lt: number, tag: Tag): number {
  const length = xml.length;
  let i = lt + 1;
  while (i < length && !endsName(xml.charCodeAt(i))) i++;
  if (i === lt + 1) throw new XmlError("Element without a name", lt);
  tag.nameEnd = i;
  const end = tag.read(xml, i);
  if (end >= 0) return end;
  // A tag left open or with too many attributes is reported where it starts, the rest where found.
  const at = end === UNCLOSED_TAG || end === TOO_MANY_ATTRIBUTES ? lt : tag.errorAt;
  throw new XmlError(ATTRIBUTE_ERRORS[-end] ?? "Damaged start tag", at);
}

/** Comments, CDATA (text) and DOCTYPE (refused) at `lt` ("<!"); returns the offset after them. */
function skipDeclaration(xml: string, lt: number, visitor: XmlVisitor | null): number {
  if (xml.startsWith("<!--", lt)) {
    const end = xml.indexOf("-->", lt + 4);
    if (end < 0) throw new XmlError("Unclosed comment", lt);
    return end + 3;
  }
  if (xml.startsWith("<![CDATA[", lt)) {
    if (!visitor) throw new XmlError("CDATA outside the root element", lt);
    const end = xml.indexOf("]]>", lt + 9);
    if (end < 0) throw new XmlError("Unclosed CDATA section", lt);
    if (visitor.wantText && end > lt + 9) visitor.text(normaliseLineEnds(xml.slice(lt + 9, end)));
    return end + 3;
  }
  // A DTD could declare entities (billion laughs, external files): a spreadsheet part never has one.
  throw new XmlError("DOCTYPE or other declarations are not allowed in a workbook part", lt);
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function isWhitespace(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(xml.charCodeAt(i))) return false;
  return true;
}
