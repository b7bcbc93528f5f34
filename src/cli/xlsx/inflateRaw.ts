import { inflateRawSync } from "node:zlib";
import { InflateLimitExceeded } from "../../readers/inflate";

/**
 * The Node inflater for the readers: node:zlib's raw inflate, stopped at `maxOutputBytes` (zlib then
 * throws ERR_BUFFER_TOO_LARGE, reported as {@link InflateLimitExceeded}).
 *
 * @example
 * await readXlsx(bytes, { inflate: inflateRaw, name: "a.xlsx" });
 */
export function inflateRaw(compressed: Uint8Array, maxOutputBytes: number): Uint8Array {
  try {
    return inflateRawSync(compressed, { maxOutputLength: maxOutputBytes });
  } catch (e) {
    if ((e as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE")
      throw new InflateLimitExceeded(maxOutputBytes);
    throw e;
  }
}
