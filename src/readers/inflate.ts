/**
 * The inflater a reader is given: raw DEFLATE (zip method 8) → bytes. Readers never import one, so the
 * same reader runs in Node (node:zlib `inflateRawSync(data, { maxOutputLength })`) and in a browser
 * (DecompressionStream("deflate-raw") or fflate) alike.
 *
 * It must never produce more than `maxOutputBytes`: stop and throw {@link InflateLimitExceeded} (or
 * return more, which the reader refuses the same way), so a zip bomb costs at most that much memory.
 * Any other throw or rejection means the data is damaged.
 */
export type Inflate = (compressed: Uint8Array, maxOutputBytes: number) => Uint8Array | Promise<Uint8Array>;

/**
 * What an inflater throws when the output would pass `maxOutputBytes`.
 *
 * @example
 * try { return inflateRawSync(data, { maxOutputLength: max }); }
 * catch (e) { throw isBufferTooLarge(e) ? new InflateLimitExceeded(max) : e; }
 */
export class InflateLimitExceeded extends Error {
  constructor(readonly limit: number) {
    super(`inflated data passes ${limit} bytes`);
    this.name = "InflateLimitExceeded";
  }
}
