/**
 * Where `text` ends once its trailing "0" characters are cut (its length when there are none).
 *
 * @example
 * endWithoutZeros("90.5000"); // 4
 * endWithoutZeros("90.5"); // 4
 */
export function endWithoutZeros(text: string): number {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 48 /* 0 */) end--;
  return end;
}
