/**
 * The mark that makes a review workbook ours: a custom document property (docProps/custom.xml, shown
 * by Excel under File › Info › Properties) holding a SHA-256 of the package's worksheet parts. A title
 * can be copied into any submission; this mark is only right on a package whose sheets are exactly
 * what `check --report` wrote, so only that is replaced without --force (isReviewWorkbook).
 */
import { createHash } from "node:crypto";
import { Buffer } from "node:buffer";
import JSZip from "jszip";
import { openZip, type ZipArchive } from "./openZip";

/** Name of the custom property. */
const REVIEW_PROPERTY = "PerfTablesReview";
const VERSION = "v1";
const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * `bytes` (a package exceljs wrote) with the review mark added.
 *
 * @example
 * await writeFileAtomically(path, await markReviewPackage(Buffer.from(await workbook.xlsx.writeBuffer())));
 */
export async function markReviewPackage(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const digest = digestOf(openZip(bytes));
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${REVIEW_PROPERTY}">` +
    `<vt:lpwstr>${VERSION}:${digest}</vt:lpwstr></property></Properties>`;
  zip.file(CUSTOM_PART, xml);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace("</Types>", `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`),
  );
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdPerfTablesReview" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`,
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * Whether the package carries a review mark that matches its worksheets.
 *
 * @example
 * hasReviewMark(await readFile("review.xlsx")); // true for an unedited `check --report` output
 */
export function hasReviewMark(bytes: Uint8Array): boolean {
  const zip = openZip(bytes);
  const custom = zip.read(CUSTOM_PART)?.toString("utf8") ?? "";
  const pattern = new RegExp(
    `name="${REVIEW_PROPERTY}"[^>]*>\\s*<vt:lpwstr>${VERSION}:([0-9a-f]{64})</vt:lpwstr>`,
  );
  const claimed = pattern.exec(custom)?.[1];
  return claimed !== undefined && claimed === digestOf(zip);
}

/** SHA-256 of the worksheet parts, by name order (names included, so parts cannot be swapped). */
function digestOf(zip: ZipArchive): string {
  const hash = createHash("sha256");
  for (const name of zip.names.filter((n) => WORKSHEET.test(n)).sort()) {
    hash.update(`${name}\n`);
    hash.update(zip.read(name) ?? Buffer.alloc(0));
  }
  return hash.digest("hex");
}
