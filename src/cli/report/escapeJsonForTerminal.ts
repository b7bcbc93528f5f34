import { TERMINAL_UNSAFE } from "./sanitiseForTerminal";

/**
 * JSON text with every character a terminal could obey written as a `\uXXXX` escape. JSON.stringify
 * escapes C0 controls already but leaves DEL, C1 controls and bidirectional overrides raw; an escape
 * is the same character to a JSON reader, so the values stay exact.
 *
 * @example
 * JSON.parse(escapeJsonForTerminal(JSON.stringify({ a: "x\u009by" }))).a === "x\u009by"; // true
 */
export function escapeJsonForTerminal(json: string): string {
  // Inside JSON text these characters can only occur within strings, where the escape means the same.
  return json.replace(
    TERMINAL_UNSAFE,
    (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}
