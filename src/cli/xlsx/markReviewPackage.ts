/**
 * The mark that makes a review workbook ours: a custom document property (docProps/custom.xml, shown
 * by Excel under File › Info › Properties) holding a SHA-256 of the package's worksheet parts. A title
 * can be copied into any submission; this mark is only right on a package whose sheets are exactly
 * what `check --report` wrote, so only that is replaced without --force (isReviewWorkbook).
 */
import { createHash, type Hash } from "node:crypto";
import { createInflateRaw } from "node:zlib";
import { listZipEntries, type ZipEntry } from "../../readers/xlsx/listZipEntries";
import { openZip } from "./openZip";

/** Name of the custom property. */
const REVIEW_PROPERTY = "PerfTablesReview";
const VERSION = "v1";
/** The part holding the mark, its content type and the package relationship that points to it. */
export const REVIEW_MARK_PART = "docProps/custom.xml";
export const REVIEW_MARK_CONTENT_TYPE = `<Override PartName="/${REVIEW_MARK_PART}" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`;
export const REVIEW_MARK_RELATIONSHIP = `<Relationship Id="rIdPerfTablesReview" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="${REVIEW_MARK_PART}"/>`;
/** The parts the mark covers. */
export const REVIEW_MARKED_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * docProps/custom.xml for the digest of the worksheet parts ({@link reviewDigest}).
 *
 * @example
 * zip.append(reviewMarkXml(digest.digest("hex")), { name: REVIEW_MARK_PART });
 */
export function reviewMarkXml(digest: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${REVIEW_PROPERTY}">` +
    `<vt:lpwstr>${VERSION}:${digest}</vt:lpwstr></property></Properties>`
  );
}

/**
 * The running digest of the marked parts: fed each part's name (`name\n`) then its bytes, the parts in
 * name order. A writer that writes the sheets one after the other feeds it as it writes.
 *
 * @example
 * const hash = reviewDigest(); hash.update("xl/worksheets/sheet1.xml\n"); hash.update(bytes);
 */
export function reviewDigest(): Hash {
  return createHash("sha256");
}

/**
 * Whether the package carries a review mark that matches its worksheets. Each worksheet part is
 * inflated a piece at a time into the digest: a review of 20,000 files has sheets of 100 MB and more.
 *
 * @example
 * await hasReviewMark(await readFile("review.xlsx")); // true for an unedited `check --report` output
 */
export async function hasReviewMark(bytes: Uint8Array): Promise<boolean> {
  const custom = openZip(bytes).read(REVIEW_MARK_PART)?.toString("utf8") ?? "";
  const pattern = new RegExp(
    `name="${REVIEW_PROPERTY}"[^>]*>\\s*<vt:lpwstr>${VERSION}:([0-9a-f]{64})</vt:lpwstr>`,
  );
  const claimed = pattern.exec(custom)?.[1];
  if (claimed === undefined) return false;
  let entries: Map<string, ZipEntry>;
  try {
    entries = listZipEntries(bytes);
  } catch {
    return false;
  }
  // SHA-256 of the worksheet parts, by name order (names included, so parts cannot be swapped).
  const hash = reviewDigest();
  for (const name of [...entries.keys()].filter((n) => REVIEW_MARKED_PART.test(n)).sort()) {
    const entry = entries.get(name);
    if (!entry || (entry.method !== 0 && entry.method !== 8)) return false;
    hash.update(`${name}\n`);
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) hash.update(data);
    else if (!(await inflateInto(data, hash))) return false;
  }
  return claimed === hash.digest("hex");
}

/** Inflates `data` into `hash` a piece at a time; false when it is not valid deflate data. */
function inflateInto(data: Uint8Array, hash: Hash): Promise<boolean> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    inflater.on("data", (piece: Buffer) => hash.update(piece));
    inflater.on("end", () => resolve(true));
    inflater.on("error", () => resolve(false));
    inflater.end(data);
  });
}
