/**
 * The full-width forms of ASCII (U+FF01 ！ … U+FF5E ～): what Chinese input methods type for digits,
 * points, signs, commas and percent signs.
 */
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;

/**
 * `text` with full-width ASCII characters folded to ASCII (１２．５０％ → 12.50%), by their NFKC
 * form. Only that block is folded: NFKC over the whole text would also turn ⑤ into 5, ² into 2 and
 * ㎡ into m2, so a circled list number or a unit would start to read as a number.
 *
 * @example
 * foldWidth("１，２３４．５０％"); // "1,234.50%"
 * foldWidth("⑤ ㎡"); // "⑤ ㎡" (unchanged)
 */
export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH_ASCII, (ch) => ch.normalize("NFKC"));
}
