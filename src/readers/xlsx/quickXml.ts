/**
 * The few pieces the quick readers (scanSheetData, scanSharedStrings) are built from: tags recognised
 * by character codes, attributes kept as spans of the text, text decoded as the general tokenizer
 * (scanXml) decodes it. Kept together because they are one small grammar; each quick reader declines
 * (returns {@link DECLINE}) on anything these do not recognise, and the general tokenizer reads it.
 * Character codes rather than startsWith / indexOf: on a whole part those calls cost several times
 * more than the few comparisons a short tag needs.
 */
import { decodeAttribute, decodeText } from "./scanXml";

/** What a quick reader returns when it leaves the part to the general tokenizer. */
export const DECLINE = -1;

export const LT = 60; // <
export const GT = 62; // >
export const SLASH = 47; // /
const EQUALS = 61;
const QUOTE = 34;
const APOS = 39;
const AMP = 38;

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function endsName(c: number): boolean {
  return c === GT || c === SLASH || isSpace(c);
}

/** Whether the tag at `lt` starts element `<x` (one letter) and not a longer name (`<c` is not `<cols`). */
export function isElement1(xml: string, lt: number, x: number): boolean {
  return xml.charCodeAt(lt + 1) === x && endsName(xml.charCodeAt(lt + 2));
}

/** Whether the tag at `lt` starts element `<xy` (two letters). */
export function isElement2(xml: string, lt: number, x: number, y: number): boolean {
  return xml.charCodeAt(lt + 1) === x && xml.charCodeAt(lt + 2) === y && endsName(xml.charCodeAt(lt + 3));
}

/** Whether the tag at `lt` starts element `<xyz` (three letters). */
export function isElement3(xml: string, lt: number, x: number, y: number, z: number): boolean {
  return (
    xml.charCodeAt(lt + 1) === x &&
    xml.charCodeAt(lt + 2) === y &&
    xml.charCodeAt(lt + 3) === z &&
    endsName(xml.charCodeAt(lt + 4))
  );
}

/** Whether the tag at `lt` is exactly `</x>`. */
export function isEndTag1(xml: string, lt: number, x: number): boolean {
  return xml.charCodeAt(lt + 1) === SLASH && xml.charCodeAt(lt + 2) === x && xml.charCodeAt(lt + 3) === GT;
}

/** Whether the tag at `lt` is exactly `</xy>`. */
export function isEndTag2(xml: string, lt: number, x: number, y: number): boolean {
  return (
    xml.charCodeAt(lt + 1) === SLASH &&
    xml.charCodeAt(lt + 2) === x &&
    xml.charCodeAt(lt + 3) === y &&
    xml.charCodeAt(lt + 4) === GT
  );
}

/**
 * The offset of the next tag from `from`, past spacing; {@link DECLINE} when anything else comes first
 * (text between elements is ignored by the general path too, but a quick reader declines it).
 */
export function nextTag(xml: string, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === LT) return i;
    if (!isSpace(c)) return DECLINE;
  }
  return DECLINE;
}

/** Where the text from `from` ends (the next `<`); values are short, so a loop beats indexOf. */
export function textEnd(xml: string, from: number): number {
  let end = from;
  while (end < xml.length && xml.charCodeAt(end) !== LT) end++;
  return end;
}

/** Text between tags: entities decoded and line ends normalised as the general tokenizer does. */
export function readText(xml: string, from: number, to: number): string {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === AMP || c === 13) return decodeText(xml, from, to);
  }
  return xml.slice(from, to);
}

/** The attributes of the start tag being read, as spans of the text (no string until one is asked for). */
export class QuickTag {
  private spans = new Int32Array(32);
  private count = 0;
  /** Whether the tag just read ends in `/>`. */
  selfClosing = false;

  /**
   * Reads the attributes from `from` (just after the element's name) through the tag's end, with the
   * general tokenizer's rules (quoted values, separated by spacing); the offset after the tag, or
   * {@link DECLINE}.
   */
  read(xml: string, from: number): number {
    const length = xml.length;
    let i = from;
    this.count = 0;
    for (;;) {
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (c === GT) {
        this.selfClosing = false;
        return i + 1;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) return DECLINE;
        this.selfClosing = true;
        return i + 2;
      }
      if (i >= length) return DECLINE;
      const nameStart = i;
      while (i < length) {
        const d = xml.charCodeAt(i);
        if (d === EQUALS || endsName(d)) break;
        i++;
      }
      const nameEnd = i;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== EQUALS || nameEnd === nameStart) return DECLINE;
      i++;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOS) return DECLINE;
      let valueEnd = i + 1;
      while (valueEnd < length && xml.charCodeAt(valueEnd) !== quote) valueEnd++;
      if (valueEnd >= length) return DECLINE;
      const at = this.count * 4;
      if (at + 4 > this.spans.length) {
        // More attributes than these elements ever carry: the general path reads such tags.
        if (this.count >= 64) return DECLINE;
        const grown = new Int32Array(this.spans.length * 2);
        grown.set(this.spans);
        this.spans = grown;
      }
      this.spans[at] = nameStart;
      this.spans[at + 1] = nameEnd;
      this.spans[at + 2] = i + 1;
      this.spans[at + 3] = valueEnd;
      this.count++;
      i = valueEnd + 1;
      if (!endsName(xml.charCodeAt(i))) return DECLINE;
    }
  }

  /**
   * The value of the first attribute called `name`, decoded as the general tokenizer decodes it;
   * throws XmlError as it does (the quick readers then decline).
   */
  get(xml: string, name: string): string | undefined {
    const spans = this.spans;
    const first = name.charCodeAt(0);
    for (let k = 0; k < this.count; k++) {
      const start = spans[k * 4] ?? 0;
      if (
        (spans[k * 4 + 1] ?? 0) - start === name.length &&
        xml.charCodeAt(start) === first &&
        (name.length === 1 || xml.startsWith(name, start))
      ) {
        return decodeAttribute(xml, spans[k * 4 + 2] ?? 0, spans[k * 4 + 3] ?? 0);
      }
    }
    return undefined;
  }
}
