import type { CheckedFile } from "../../check/checkedFile";
import { loadExcelJS } from "../xlsx/loadExcelJS";
import { buildReviewWorkbook } from "./buildReviewWorkbook";
import { fileLink } from "./fileLink";
import { shortPath } from "./formatHuman";

/**
 * Writes the reviewer's workbook (buildReviewWorkbook: 汇总, 问题, 得分说明) to `outPath`, names
 * relative to `cwd` and each a file:// link that opens the submission at the cell. Writes only to
 * `outPath`, which the caller has checked is not one of the inputs. exceljs is loaded here, on first use.
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
  await workbook.xlsx.writeFile(outPath);
}
