import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkReportSchema } from "../../../src/cli/report";
import { runCli, tempDir } from "../checkHarness";

const FORMATS = join(__dirname, "..", "..", "fixtures", "formats");

describe("the review workbook shows each file's format and the files not read", () => {
  it("汇总: the Format column holds xls / docx / encrypted; notes.txt is listed as not checked", async () => {
    const dir = await tempDir();
    for (const file of ["seed-002-self-eval.et", "anhui-chizhou-self-eval-2022.docx", "encrypted.xls"]) {
      await copyFile(join(FORMATS, file), join(dir, file));
    }
    await writeFile(join(dir, "notes.txt"), "说明");
    const out = join(dir, "out", "review.xlsx");
    await mkdir(join(dir, "out"));
    const run = await runCli(["check", ".", "--json", "--report", out], dir);
    expect(run.code).toBe(2);
    const report = checkReportSchema.parse(JSON.parse(run.stdout));
    expect(
      report.files.map((f) => [f.path.slice(dir.length + 1), f.format ?? f.skipped?.slice(0, 3)]),
    ).toEqual([
      ["anhui-chizhou-self-eval-2022.docx", "docx"],
      ["encrypted.xls", "encrypted"],
      ["notes.txt", "扩展名"],
      ["seed-002-self-eval.et", "xls"],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const summary = workbook.worksheets[0];
    if (!summary) throw new Error("no summary sheet");
    expect(summary.getRow(1).getCell(13).value).toBe("文件格式 Format");
    const rows = (summary.getSheetValues().slice(2) as unknown[][]).map((row) => [
      (row[1] as { text: string }).text,
      row[13] ?? "",
      String(row[12]),
    ]);
    expect(rows).toEqual([
      ["anhui-chizhou-self-eval-2022.docx", "docx", expect.any(String)],
      ["encrypted.xls", "encrypted", expect.stringContaining("文件已加密，请去除密码后再提交")],
      ["notes.txt", "", expect.stringMatching(/^未检查：扩展名为“\.txt”/)],
      ["seed-002-self-eval.et", "xls", expect.any(String)],
      ["seed-002-self-eval.et", "xls", expect.any(String)],
    ]);
  });
});
