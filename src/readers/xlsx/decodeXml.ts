/**
 * Text and attribute values of an XML part as the XML 1.0 rules read them: the five predefined entities
 * and character references decoded (anything else is an XmlError), line ends normalised, and in an
 * attribute value tabs and line ends read as spaces. Shared by the tokenizer (scanXml) and the quick
 * readers (quickXml), which must decode exactly alike.
 */
import { XmlError } from "./xmlError";

const LT = 60; // <
const AMP = 38; // &
const CR = 13;

/** Text between tags, entities decoded and line ends normalised; throws XmlError on a bad entity. */
export function decodeText(xml: string, from: number, to: number): string {
  // A bounded loop, not indexOf("&"): that would search on to the end of the part for every run. It
  // notes a CR on the way, so plain text is not searched again for line ends.
  let cr = false;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === AMP) return decodeEntities(xml, from, to, false);
    if (c === CR) cr = true;
  }
  const text = xml.slice(from, to);
  return cr ? normaliseLineEnds(text) : text;
}

/** XML 1.0 §2.11: CR LF and a lone CR read as LF (a CR written as &#13; stays). */
export function normaliseLineEnds(text: string): string {
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
