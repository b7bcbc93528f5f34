/**
 * A number format code with each escape pair (`\x`) replaced by what `replace` makes of its character:
 * the pairs are read left to right, so `\\%` is an escaped backslash followed by a real percent sign.
 *
 * @example
 * replaceEscapes("0\\%", (ch) => (ch === "%" ? '"%"' : ch)); // '0"%"'
 */
export function replaceEscapes(code: string, replace: (escaped: string) => string): string {
  if (!code.includes("\\")) return code;
  let out = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] ?? "";
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    out += replace(code[i + 1] ?? "");
    i++;
  }
  return out;
}
