/**
 * Folds the many ways a value is typed into one spelling the reader understands: full-width
 * characters become ASCII (NFKC), odd comparison glyphs become ≥ ≤ = > <, LaTeX fragments pasted from
 * documents (`$\geq 88\%$`) lose their markup, thousands separators go, and line breaks inside a
 * wrapped cell are joined.
 *
 * @example
 * normaliseTargetText("＞＝９０．００（％）") // "≥90.00(%)"
 * normaliseTargetText("$\\geq 88\\%$") // "≥88%"
 */
export function normaliseTargetText(raw: string): string {
  let text = raw.normalize("NFKC");
  text = replaceLatex(text);
  text = text
    .replace(/[≧⩾≽]/g, "≥")
    .replace(/[≦⩽≼]/g, "≤")
    .replace(/[═⩵〓]/g, "=")
    .replace(/[〈‹]/g, "<")
    .replace(/[〉›]/g, ">")
    .replace(/[【〔［]/g, "(")
    .replace(/[】〕］]/g, ")")
    .replace(/[‐‑‒–—―−﹣]/g, "-")
    .replace(/[〜∼˜]/g, "~")
    .replace(/[“”"'‘’`]/g, "");
  text = joinWhitespace(text);
  // ㎡ folds to "m2"; its digit would otherwise be read as a second number.
  text = text.replace(/km[2²]/gi, "平方公里").replace(/(\d)m[2²]/gi, "$1平方米");
  // 2,500,000: a comma followed by exactly three digits is a thousands separator, not a list separator.
  text = text.replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  text = foldOperatorPairs(text);
  // (≥90%): brackets around the whole value add nothing.
  while (/^\(.*\)$/.test(text) && isBalanced(text.slice(1, -1))) text = text.slice(1, -1);
  return text;
}

function replaceLatex(text: string): string {
  if (!text.includes("\\") && !text.includes("$")) return text;
  return text
    .replace(/\\(geqslant|geq|ge)(?![a-z])/g, "≥")
    .replace(/\\(leqslant|leq|le)(?![a-z])/g, "≤")
    .replace(/\\(gt)(?![a-z])/g, ">")
    .replace(/\\(lt)(?![a-z])/g, "<")
    .replace(/\\(neq|ne)(?![a-z])/g, "≠")
    .replace(/\\%/g, "%")
    .replace(/\\(text|mathrm)\{([^{}]*)\}/g, "$2")
    .replace(/[$\\]/g, "");
}

/**
 * Whitespace carries no meaning in a Chinese value and a wrapped cell breaks numbers and words over
 * lines (`≤9\n0分钟`), so all of it goes, except a single space between two Latin words.
 */
function joinWhitespace(text: string): string {
  return text.trim().replace(/\s+/g, (gap, offset: number, whole: string) => {
    const before = whole.charAt(offset - 1);
    const after = whole.charAt(offset + gap.length);
    return /[A-Za-z]/.test(before) && /[A-Za-z]/.test(after) ? " " : "";
  });
}

/** `>=`, `=>`, `≥=`, `>＝` … become one symbol so the reader sees one operator per comparison. */
function foldOperatorPairs(text: string): string {
  return text
    .replace(/(?:>=|=>|≥=|=≥|≥≥|>≥|≥>)/g, "≥")
    .replace(/(?:<=|=<|≤=|=≤|≤≤|<≤|≤<)/g, "≤")
    .replace(/==+/g, "=");
}

function isBalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth += 1;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}
