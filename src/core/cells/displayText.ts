/**
 * A value as text for a message or a `source` field, whatever it is: objects (an Excel entity, a
 * matrix, an error object) as JSON instead of "[object Object]", which tells the user nothing.
 *
 * @example
 * displayText(12.5); // "12.5"
 * displayText({ error: "#N/A" }); // '{"error":"#N/A"}'
 * displayText(undefined); // ""
 */
export function displayText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    try {
      return JSON.stringify(value) ?? "";
    } catch {
      // A cyclic structure: there is nothing sensible to show.
      return "?";
    }
  }
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    default:
      // A function or a symbol: not a cell value.
      return "";
  }
}
