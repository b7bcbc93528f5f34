import { InflateLimitExceeded, type Inflate } from "./inflate";

// DecompressionStream is a global in browsers, workers and Node ≥ 18, but in neither lib of the pure
// build (ES2022 only): the little of it used here is declared for this file alone.
interface ChunkReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ChunkWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
declare const DecompressionStream: new (format: "deflate-raw") => {
  readonly readable: { getReader(): ChunkReader };
  readonly writable: { getWriter(): ChunkWriter };
};

/**
 * An {@link Inflate} for the browser (and any runtime with DecompressionStream("deflate-raw"): Chrome
 * 103+, Firefox 113+, Safari 16.4+, Node 20): the output is read chunk by chunk and the stream cancelled
 * as soon as it passes `maxOutputBytes`, so a zip bomb never costs more than the cap.
 *
 * @example
 * const read = await readXlsx(new Uint8Array(await file.arrayBuffer()), { inflate: inflateWithStreams, name: file.name });
 */
export const inflateWithStreams: Inflate = async (compressed, maxOutputBytes) => {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // Written without awaiting: the writer's promise settles only as the reader below drains the output.
  const written = writer.write(compressed).then(() => writer.close());
  written.catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    total += value.length;
    if (total > maxOutputBytes) {
      await reader.cancel().catch(() => undefined);
      await writer.abort().catch(() => undefined);
      throw new InflateLimitExceeded(maxOutputBytes);
    }
    chunks.push(value);
  }
  await written;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};
