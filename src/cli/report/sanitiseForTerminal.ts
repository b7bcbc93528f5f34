/**
 * Characters a terminal may obey rather than show: C0 controls but line feed and tab (ESC starts the
 * sequences that clear the screen, move the cursor or retitle the window; CR and BS overwrite a line
 * already printed), DEL, C1 controls (U+009B is a one-character CSI for some terminals), the line and
 * paragraph separators, and the bidirectional overrides and isolates that reorder what is shown
 * (U+202E turns "xlsx.exe" around).
 */
export const TERMINAL_UNSAFE =
  // The control characters are what this pattern is for.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every character a terminal could obey shown escaped as `\uXXXX`; line feeds and tabs
 * stay. The one gate for text on its way to a terminal: cell text, sheet and file names in messages
 * all pass here (the JSON report escapes the same characters the JSON way, escapeJsonForTerminal).
 *
 * @example
 * sanitiseForTerminal("A\u001b[2J错误 0 个"); // "A\\u001b[2J错误 0 个"
 */
export function sanitiseForTerminal(text: string): string {
  return text.replace(
    TERMINAL_UNSAFE,
    (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}
