/**
 * A small streaming XML tokenizer for the parts of an .xlsx package. Written here rather than taken
 * from saxes (which exceljs uses) because the reader needs only elements, attributes and text, and a
 * scanner over the decoded string that builds no object per attribute reads a sheet several times
 * faster (figures in docs/architecture.md §4.5). It is strict where it matters for safety and
 * fidelity: a DOCTYPE is refused (so no entity can be declared, let alone expanded), only the five
 * predefined entities and character references are known, tags must nest, and nesting depth is
 * capped. Namespace prefixes are dropped from element names (`x:c` is `c`), as Excel reads them.
 */

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

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const AMP = 38;
const EQUALS = 61;
const QUOTE = 34;
const APOS = 39;

class Tag implements XmlTag {
  xml = "";
  /** nameStart, nameEnd, valueStart, valueEnd for each attribute; grown when a tag has more. */
  spans = new Int32Array(16 * 4);
  count = 0;
  /** Where the element's qualified name ends. */
  nameEnd = 0;

  attr(name: string): string | undefined {
    const { spans, xml } = this;
    for (let i = 0; i < this.count; i++) {
      const start = spans[i * 4] ?? 0;
      const end = spans[i * 4 + 1] ?? 0;
      if (end - start === name.length && xml.startsWith(name, start)) {
        return decodeAttribute(xml, spans[i * 4 + 2] ?? 0, spans[i * 4 + 3] ?? 0);
      }
    }
    return undefined;
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
  const tag = new Tag();
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
  while (i < length) {
    const c = xml.charCodeAt(i);
    if (c === GT || c === SLASH || isSpace(c)) break;
    i++;
  }
  if (i === lt + 1) throw new XmlError("Element without a name", lt);
  tag.nameEnd = i;
  tag.count = 0;
  for (;;) {
    while (i < length && isSpace(xml.charCodeAt(i))) i++;
    if (i >= length) throw new XmlError("Unclosed start tag", lt);
    const c = xml.charCodeAt(i);
    if (c === GT) return i + 1;
    if (c === SLASH) {
      if (xml.charCodeAt(i + 1) !== GT) throw new XmlError("Stray / in a start tag", i);
      return i + 2;
    }
    const nameStart = i;
    while (i < length) {
      const d = xml.charCodeAt(i);
      if (d === EQUALS || isSpace(d) || d === GT || d === SLASH) break;
      i++;
    }
    const nameEnd = i;
    while (i < length && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== EQUALS || nameEnd === nameStart)
      throw new XmlError("Attribute without a value", i);
    i++;
    while (i < length && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== QUOTE && quote !== APOS) throw new XmlError("Attribute value not quoted", i);
    const valueEnd = xml.indexOf(quote === QUOTE ? '"' : "'", i + 1);
    if (valueEnd < 0) throw new XmlError("Unclosed attribute value", i);
    const at = tag.count * 4;
    if (tag.count >= MAX_ATTRIBUTES) throw new XmlError("Too many attributes", lt);
    if (at + 4 > tag.spans.length) {
      const grown = new Int32Array(tag.spans.length * 2);
      grown.set(tag.spans);
      tag.spans = grown;
    }
    tag.spans[at] = nameStart;
    tag.spans[at + 1] = nameEnd;
    tag.spans[at + 2] = i + 1;
    tag.spans[at + 3] = valueEnd;
    tag.count++;
    i = valueEnd + 1;
    const after = xml.charCodeAt(i);
    if (!(isSpace(after) || after === GT || after === SLASH))
      throw new XmlError("Attributes run together", i);
  }
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

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isWhitespace(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(xml.charCodeAt(i))) return false;
  return true;
}

/** Text between tags, entities decoded and line ends normalised; throws XmlError on a bad entity. */
export function decodeText(xml: string, from: number, to: number): string {
  // A bounded loop, not indexOf("&"): that would search on to the end of the part for every run.
  for (let i = from; i < to; i++) {
    if (xml.charCodeAt(i) === AMP) return decodeEntities(xml, from, to, false);
  }
  return normaliseLineEnds(xml.slice(from, to));
}

/** XML 1.0 §2.11: CR LF and a lone CR read as LF (a CR written as &#13; stays). */
function normaliseLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** An attribute's value: entities decoded and tab / newline / CR normalised to spaces (XML 1.0 §3.3.3). */
export function decodeAttribute(xml: string, from: number, to: number): string {
  let plain = true;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === AMP || c === 10 || c === 13 || c === 9 || c === LT) {
      plain = false;
      break;
    }
  }
  return plain ? xml.slice(from, to) : decodeEntities(xml, from, to, true);
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(xml: string, from: number, to: number, attribute: boolean): string {
  let out = "";
  let start = from;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (attribute && c === LT) throw new XmlError("< in an attribute value", i);
    if (attribute && (c === 10 || c === 9 || c === 13)) {
      // A CR LF pair is one line end: one space.
      out += `${xml.slice(start, i)} `;
      if (c === 13 && xml.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      continue;
    }
    if (c !== AMP) continue;
    const semi = xml.indexOf(";", i + 1);
    if (semi < 0 || semi >= to || semi - i > 12) throw new XmlError("Unterminated entity reference", i);
    out += normaliseLineEnds(xml.slice(start, i)) + decodeEntity(xml.slice(i + 1, semi), i);
    start = semi + 1;
    i = semi;
  }
  return out + normaliseLineEnds(xml.slice(start, to));
}

function decodeEntity(name: string, at: number): string {
  const named = NAMED[name];
  if (named !== undefined) return named;
  if (name.charCodeAt(0) === 35 /* # */) {
    const hex = name.charCodeAt(1) === 120; /* x */
    const digits = name.slice(hex ? 2 : 1);
    if (digits.length > 0 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
      const code = parseInt(digits, hex ? 16 : 10);
      if (isXmlChar(code)) return String.fromCodePoint(code);
    }
    throw new XmlError(`Invalid character reference &${name};`, at);
  }
  throw new XmlError(`Unknown entity &${name};`, at);
}

/** XML 1.0 Char production: what a character reference may name. */
function isXmlChar(code: number): boolean {
  return (
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
