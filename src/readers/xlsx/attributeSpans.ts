/**
 * The attributes of one start tag, read once by the XML 1.0 rules (quoted values, separated by spacing)
 * and kept as spans of the text: no string is made until a value is asked for. The tokenizer (scanXml)
 * and the quick readers (quickXml) read tags with this one reader, so they accept and refuse alike; the
 * tokenizer turns a failure into an XmlError, a quick reader declines.
 */
import { decodeAttribute } from "./decodeXml";

/** What {@link AttributeSpans.read} found wrong, by the negated number it returns. */
export const ATTRIBUTE_ERRORS = [
  "",
  "Unclosed start tag",
  "Stray / in a start tag",
  "Attribute without a value",
  "Attribute value not quoted",
  "Unclosed attribute value",
  "Attributes run together",
  "Too many attributes",
] as const;

/** -1 and -7 are about the whole tag (the tokenizer reports them at the tag's start). */
export const UNCLOSED_TAG = -1;
export const TOO_MANY_ATTRIBUTES = -7;

const GT = 62; // >
const SLASH = 47; // /
const EQUALS = 61;
const QUOTE = 34;
const APOS = 39;

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Whether `c` ends a name: spacing, `>` or `/`. */
export function endsName(c: number): boolean {
  return c === GT || c === SLASH || isSpace(c);
}

export class AttributeSpans {
  /** nameStart, nameEnd, valueStart, valueEnd of each attribute; grown when a tag has more. */
  private spans = new Int32Array(16 * 4);
  private count = 0;
  /** Whether the tag just read ends in `/>`. */
  selfClosing = false;
  /** Where the last failure of {@link read} was found. */
  errorAt = 0;

  constructor(private readonly maxAttributes: number) {}

  /**
   * Reads the attributes from `from` (just after the element's name) through the tag's end. Returns
   * the offset after the tag, or a negative index into {@link ATTRIBUTE_ERRORS} (`errorAt` says where).
   */
  read(xml: string, from: number): number {
    const length = xml.length;
    let i = from;
    this.count = 0;
    for (;;) {
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= length) return this.fail(UNCLOSED_TAG, i);
      const c = xml.charCodeAt(i);
      if (c === GT) {
        this.selfClosing = false;
        return i + 1;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) return this.fail(-2, i);
        this.selfClosing = true;
        return i + 2;
      }
      const nameStart = i;
      while (i < length) {
        const d = xml.charCodeAt(i);
        if (d === EQUALS || endsName(d)) break;
        i++;
      }
      const nameEnd = i;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== EQUALS || nameEnd === nameStart) return this.fail(-3, i);
      i++;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOS) return this.fail(-4, i);
      // Values are short: a loop finds their end sooner than a call to indexOf.
      let valueEnd = i + 1;
      while (valueEnd < length && xml.charCodeAt(valueEnd) !== quote) valueEnd++;
      if (valueEnd >= length) return this.fail(-5, i);
      if (this.count >= this.maxAttributes) return this.fail(TOO_MANY_ATTRIBUTES, i);
      const at = this.count * 4;
      if (at + 4 > this.spans.length) {
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
      if (!endsName(xml.charCodeAt(i))) return this.fail(-6, i);
    }
  }

  /**
   * The value of the first attribute called `name` (qualified as written, e.g. "r:id"), entities
   * decoded; throws XmlError on a bad entity.
   */
  value(xml: string, name: string): string | undefined {
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

  private fail(code: number, at: number): number {
    this.errorAt = at;
    return code;
  }
}
