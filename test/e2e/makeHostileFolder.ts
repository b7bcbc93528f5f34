/**
 * A folder of submissions as a reviewer really receives them: broken files, files in the wrong format
 * under an .xlsx name, empty workbooks, a big sheet, error values, merges everywhere, add-in formulas
 * as Excel stores them, Chinese names with spaces, quotes and apostrophes.
 */
import { execFileSync } from "node:child_process";
import { copyFile, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { WORKBOOKS } from "../cli/checkHarness";
import { cellFlood, mergeFlood, stylesBomb, wholeSheetMerge, withCellText } from "../support/hostilePackages";

const HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
];
const ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];

/** Files that cannot be read, by name → the word their message must contain. */
export const UNREADABLE: Readonly<Record<string, RegExp>> = {
  "损坏 corrupt.xlsx": /损坏/,
  "zero bytes.xlsx": /不含任何数据/,
  "旧版 'renamed'.xlsx": /旧版 \.xls/,
  "csv renamed.xlsx": /不是 \.xlsx/,
  "加密 “密码”.xlsx": /密码/,
  // Issue 15: each attack refused with its own message, before it can cost memory or time.
  "炸弹 styles 1GiB.xlsx": /解压后超过上限/,
  "管道 fifo.xlsx": /不是普通文件（命名管道/,
  "零设备 link.xlsx": /不是普通文件（设备文件/,
  "稀疏 2GB.xlsx": /过大（2\.0 GB）/,
  "断开的链接.xlsx": /指向的文件不存在/,
};

/** Files that hold a table, by name → [sheet, indicators] (null: how many rows of error values count as
 * indicators is the recogniser's choice; that the table is found is what matters). */
export const READABLE: Readonly<Record<string, readonly [string, number | null]>> = {
  "大表 20000行.xlsx": ["大表", 20000],
  "错误值.xlsx": ["错误值", null],
  "合并单元格.xlsx": ["合并", 2],
  '公式 "引号" 张三\'s.xlsx': ['张三\'s "表" 1', 2],
  // Text that would drive a terminal (clear screen, a fake summary line, a bidi override), in a cell
  // and in the file name: checked like any other, shown escaped.
  "控制字符 \u001b[2J\u202e.xlsx": ["绩效自评表", null],
  "数字 1e999.xlsx": ["绩效自评表", null],
  // Attacks that sank exceljs (issue 15): the lean reader never visits a merge cell by cell and keeps
  // cells up to its own caps, so these are read in milliseconds and their table checked.
  "整表合并.xlsx": ["绩效自评表", null],
  "六万处合并.xlsx": ["绩效自评表", null],
  "百万单元格.xlsx": ["绩效自评表", null],
};

/** Cell text that would clear the screen and print a fake clean summary if it reached a terminal raw. */
const TERMINAL_ATTACK = "\u001b[2J\u001b[H\r错误 0 个\u009b31m\u202e\u0007\u007f\u0085";

async function save(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await workbook.xlsx.writeFile(path);
}

export async function makeHostileFolder(dir: string, bigRows = 20000): Promise<void> {
  await writeFile(join(dir, "炸弹 styles 1GiB.xlsx"), stylesBomb(1024 ** 3));
  await writeFile(join(dir, "整表合并.xlsx"), wholeSheetMerge());
  await writeFile(join(dir, "六万处合并.xlsx"), mergeFlood(60_000));
  await writeFile(join(dir, "百万单元格.xlsx"), cellFlood(110_000));
  execFileSync("mkfifo", [join(dir, "管道 fifo.xlsx")]);
  await symlink("/dev/zero", join(dir, "零设备 link.xlsx"));
  await writeFile(join(dir, "稀疏 2GB.xlsx"), "");
  await truncate(join(dir, "稀疏 2GB.xlsx"), 2 * 1024 ** 3);
  await symlink(join(dir, "已删除.xlsx"), join(dir, "断开的链接.xlsx"));
  await writeFile(
    join(dir, "控制字符 \u001b[2J\u202e.xlsx"),
    withCellText("D14", `≥10.00(项)${TERMINAL_ATTACK}`),
  );
  await writeFile(join(dir, "数字 1e999.xlsx"), withCellText("D14", "≥1e999(项)"));

  await writeFile(join(dir, "损坏 corrupt.xlsx"), Buffer.from("PK\u0003\u0004 truncated garbage"));
  await writeFile(join(dir, "zero bytes.xlsx"), Buffer.alloc(0));
  await copyFile(join(WORKBOOKS, "legacy.xls"), join(dir, "旧版 'renamed'.xlsx"));
  await writeFile(
    join(dir, "csv renamed.xlsx"),
    "一级指标,二级指标,三级指标,年度指标值\n产出指标,数量指标,培训人次,≥100人\n",
  );
  await copyFile(join(WORKBOOKS, "encrypted.xlsx"), join(dir, "加密 “密码”.xlsx"));

  {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("大表");
    sheet.addRow(["项目支出绩效自评表"]);
    sheet.addRow(HEADER);
    for (let i = 0; i < bigRows; i++) {
      sheet.addRow([
        "产出指标",
        "数量指标",
        `指标${i + 1}`,
        "≥90.00(%)",
        "90.00(%)",
        90 / bigRows,
        90 / bigRows,
        "",
      ]);
    }
    await save(workbook, join(dir, "大表 20000行.xlsx"));
  }
  {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("错误值");
    sheet.addRow(HEADER);
    for (let r = 0; r < 12; r++) {
      sheet.addRow([
        "产出指标",
        "数量指标",
        ...HEADER.slice(2).map((_, c) => ({ error: ERRORS[(r + c) % ERRORS.length] })),
      ]);
    }
    const noHeader = workbook.addWorksheet("only errors");
    for (let r = 0; r < 20; r++)
      noHeader.addRow(ERRORS.map((_, c) => ({ error: ERRORS[(r + c) % ERRORS.length] })));
    await save(workbook, join(dir, "错误值.xlsx"));
  }
  {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("合并");
    sheet.addRow(HEADER);
    sheet.addRow(["产出指标", "数量指标", "培训人次", "≥100(人次)", "120(人次)", 45, 45, ""]);
    sheet.addRow(["产出指标", "数量指标", "培训场次", "≥10(场)", "8(场)", 45, 36, "场地不足"]);
    sheet.addRow(["总分", "", "", "", "", 90, 81]);
    for (let r = 6; r < 60; r += 2) for (let c = 1; c <= 10; c += 3) sheet.mergeCells(r, c, r + 1, c + 2);
    sheet.mergeCells("A2:A3");
    sheet.mergeCells("B2:B3");
    sheet.mergeCells("A4:E4");
    sheet.mergeCells("M1:Z100");
    await save(workbook, join(dir, "合并单元格.xlsx"));
  }
  {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('张三\'s "表" 1');
    sheet.addRow(HEADER);
    const score = (row: number, result: number): ExcelJS.CellFormulaValue => ({
      formula: `_xldudf_PERF_SCORE(D${row},E${row},F${row})`,
      result,
    });
    sheet.addRow(["产出指标", "数量指标", "培训人次", "≥100(人次)", "120(人次)", 45, score(2, 45), ""]);
    sheet.addRow([
      "满意度指标",
      "服务对象满意度指标",
      "满意度",
      "≥90(%)",
      "80(%)",
      45,
      score(3, 40),
      "宣传不足",
    ]);
    sheet.addRow(["总分", "", "", "", "", 90, { formula: "SUM(G2:G3)", result: 85 }]);
    sheet.addRow(["评分等级", { formula: "_xldudf_PERF_GRADE(G4)", result: "良" }]);
    await save(workbook, join(dir, '公式 "引号" 张三\'s.xlsx'));
  }
}
