import { Buffer } from "node:buffer";
import { dirname, resolve } from "node:path";
import type { CheckedFile } from "../../check/checkedFile";
import { loadExcelJS } from "../xlsx/loadExcelJS";
import { markReviewPackage } from "../xlsx/markReviewPackage";
import { writeFileAtomically } from "../xlsx/writeFileAtomically";
import { buildReviewWorkbook } from "./buildReviewWorkbook";
import { fileLink } from "./fileLink";
import { shortPath } from "./formatHuman";
import { localizeReviewLinks } from "./localizeReviewLinks";

/**
 * Writes the reviewer's workbook (buildReviewWorkbook: 汇总, 问题, 得分说明) to `outPath`, names
 * relative to `cwd`, each a link that opens the submission at the cell (a path relative to the report,
 * the cell in `location`). Writes only to `outPath`, which the caller has checked is not one of the
 * inputs, through a temporary file renamed over it. exceljs is loaded here, on first use.
 *
 * @example
 * await writeReviewWorkbook(checked, "/home/me/review.xlsx", "/home/me");
 */
export async function writeReviewWorkbook(
  files: readonly CheckedFile[],
  outPath: string,
  cwd: string,
): Promise<void> {
  const { Workbook } = await loadExcelJS();
  const workbook = buildReviewWorkbook(Workbook, files, {
    name: (path) => shortPath(path, cwd),
    link: fileLink,
  });
  const bytes = await localizeReviewLinks(
    new Uint8Array(await workbook.xlsx.writeBuffer()),
    dirname(resolve(outPath)),
  );
  // Marked as ours (so a re-run may replace it; the mark covers the sheets as written, links
  // included) and written atomically (so nothing half-written ever replaces the previous report).
  await writeFileAtomically(outPath, await markReviewPackage(Buffer.from(bytes)));
}
