import { PREFIX_WORDS } from "./readOperator";
import { readTail } from "./readClause";

const PREFIX_PATTERN = PREFIX_WORDS.map(([word]) => word).join("|");
/** Start of a comparison: a word and/or symbols directly before a number. */
const COMPARISON = new RegExp(String.raw`(?:(?:${PREFIX_PATTERN})[<>=≥≤]*|[<>=≥≤]+)(?=[+-]?\.?\d)`, "g");
const NUMBER_AT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)/;

/**
 * Cuts a cleaned value into the pieces that may each hold one comparison: at list punctuation
 * (， ； 。 、) and, where several comparisons run together without punctuation
 * (`热线接能率≥88%话务员一次性解答率≥45%`), right after each comparison's unit.
 *
 * @example
 * splitClauses("响应时间:≤10分钟内,故障处理时间≤90分钟") // ["响应时间:≤10分钟内", "故障处理时间≤90分钟"]
 */
export function splitClauses(text: string): string[] {
  const pieces: string[] = [];
  for (const segment of text.split(/[,;。、!?]+/)) {
    if (segment !== "") pieces.push(...splitRunTogether(segment));
  }
  return pieces;
}

function splitRunTogether(segment: string): string[] {
  const starts: number[] = [];
  const ends: number[] = [];
  COMPARISON.lastIndex = 0;
  for (let match = COMPARISON.exec(segment); match; match = COMPARISON.exec(segment)) {
    const numberStart = match.index + match[0].length;
    const number = NUMBER_AT.exec(segment.slice(numberStart));
    starts.push(match.index);
    ends.push(numberStart + (number ? number[0].length : 0));
  }
  if (starts.length < 2) return [segment];
  const pieces: string[] = [];
  let from = 0;
  for (let k = 1; k < starts.length; k += 1) {
    const previousEnd = ends[k - 1] ?? 0;
    const nextStart = starts[k] ?? segment.length;
    if (previousEnd > nextStart) continue;
    const cut = previousEnd + readTail(segment.slice(previousEnd, nextStart)).consumed;
    pieces.push(segment.slice(from, cut));
    from = cut;
  }
  pieces.push(segment.slice(from));
  return pieces.filter((piece) => piece !== "");
}
