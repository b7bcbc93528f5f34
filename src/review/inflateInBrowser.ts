import { InflateLimitExceeded, type Inflate } from "../readers/inflate";

/**
 * The browser's inflater for the readers: the platform's DecompressionStream("deflate-raw") (Chromium
 * 103+, Firefox 113+, Safari 16.4+; nothing to download), read chunk by chunk and cancelled as soon as
 * the output passes `maxOutputBytes`, so a zip bomb costs at most that much memory.
 *
 * @example
 * await readXlsx(bytes, { inflate: inflateInBrowser, name: "a.xlsx" });
 */
export const inflateInBrowser: Inflate = async (compressed, maxOutputBytes) => {
  // A copy: the stream takes ownership of what it is given, and the reader keeps the package bytes.
  const input = new Blob([compressed.slice()]).stream();
  const reader = input.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxOutputBytes) {
      await reader.cancel().catch(() => undefined);
      throw new InflateLimitExceeded(maxOutputBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};
