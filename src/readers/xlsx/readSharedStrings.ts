import { decodeEscapes } from "./decodeEscapes";
import { scanSharedStrings } from "./scanSharedStrings";
import { scanXml, type XmlTag, type XmlVisitor } from "./scanXml";

/** One entry of the shared string table: plain text, rich text runs, or null for an empty `<si/>`. */
export type SharedString = string | readonly string[] | null;

/**
 * The shared string table (xl/sharedStrings.xml), in order. Phonetic guides (`<rPh>`, the furigana
 * over Japanese text) are not part of the text; `_x000D_` escapes are decoded.
 *
 * @example
 * readSharedStrings('<sst><si><t>自评表</t></si><si><r><t>得</t></r><r><t>分</t></r></si></sst>');
 * // → ["自评表", ["得", "分"]]
 */
export function readSharedStrings(xml: string, quick = true): SharedString[] {
  const visitor = new SharedStringsVisitor(quick);
  scanXml(xml, visitor);
  return visitor.strings;
}

class SharedStringsVisitor implements XmlVisitor {
  readonly strings: SharedString[] = [];
  private current: string | string[] | null = null;
  private inItem = false;
  private inRun = false;
  private inPhonetic = false;
  private chunks: string[] | undefined;
  private runText: string | undefined;

  /**
   * quick: the items of `<sst>` read by scanSharedStrings; false: by the tokenizer only (the tests'
   * reference, and one item that is not plain).
   */
  constructor(private readonly quick: boolean) {}

  /** The items of `<sst>`, read quickly; when scanSharedStrings declines, the tokenizer reads them. */
  content(name: string, xml: string, from: number): number {
    if (!this.quick || name !== "sst" || this.inItem) return from;
    const before = this.strings.length;
    const end = scanSharedStrings(xml, from, this.strings, (start, stop) => {
      // One item that is not plain, read alone by the tokenizer (its root is the <si>).
      const item = new SharedStringsVisitor(false);
      scanXml(xml.slice(start, stop), item);
      this.strings.push(...item.strings);
    });
    if (end >= 0) return end;
    this.strings.length = before;
    return from;
  }

  get wantText(): boolean {
    return this.chunks !== undefined;
  }

  open(name: string, _tag: XmlTag): void {
    if (name === "si") {
      this.inItem = true;
      this.current = null;
      return;
    }
    if (!this.inItem || this.inPhonetic) return;
    if (name === "rPh") this.inPhonetic = true;
    else if (name === "r" && !this.inRun) {
      this.inRun = true;
      this.runText = undefined;
    } else if (name === "t") this.chunks = [];
  }

  text(text: string): void {
    this.chunks?.push(text);
  }

  close(name: string): void {
    if (!this.inItem) return;
    if (this.inPhonetic) {
      if (name === "rPh") this.inPhonetic = false;
      return;
    }
    if (name === "t" && this.chunks) {
      const decoded = decodeEscapes(this.chunks.join(""));
      this.chunks = undefined;
      // A run's last <t> is its text; a <t> directly in <si> is the whole entry.
      if (this.inRun) this.runText = decoded;
      else this.current = decoded;
    } else if (name === "r" && this.inRun) {
      this.inRun = false;
      const runs = Array.isArray(this.current) ? this.current : (this.current = []);
      runs.push(this.runText ?? "");
    } else if (name === "si") {
      this.inItem = false;
      this.strings.push(this.current);
    }
  }
}
