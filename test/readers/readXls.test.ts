import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/cli/xlsx/readWorkbook";
import { readXls } from "../../src/readers/xls/readXls";
import type { WorkbookRead } from "../../src/readers/workbookRead";

const FORMATS = join(__dirname, "..", "fixtures", "formats");

function read(file: string): WorkbookRead {
  const result = readXls(readFileSync(join(FORMATS, file)), { name: file });
  if ("error" in result) throw new Error(`${file}: ${result.error}`);
  return result;
}

describe("readXls (.xls and WPS .et, BIFF8 written by LibreOffice)", () => {
  it("shows numbers under % formats as the cell does, keeps formulas, dates, merges and hidden sheets", () => {
    const book = read("percent-hidden.xls");
    const [grid] = book.sheets;
    expect(grid?.sheet).toBe("自评表");
    expect(grid?.values.map((row) => row[1])).toEqual(["90%", "89.3%", 90, "2024-12-31", 17.52]);
    expect(grid?.formulas?.[2]?.[1]).toBe("=B1*100");
    expect(grid?.values[0]?.[2]).toBe("合并");
    expect(grid?.merges).toEqual(["C1:D2"]);
    expect([...book.hiddenSheets]).toEqual(["旧稿"]);
  });

  it.each(["seed-002-self-eval", "anhui-chizhou-self-eval-2022"])(
    "%s.xls gives the grids the .xlsx reader gives for the same table",
    async (name) => {
      const fromXlsx = await readWorkbook(join(FORMATS, `${name}.xlsx`));
      if ("error" in fromXlsx) throw new Error(fromXlsx.error);
      const fromXls = read(`${name}.xls`);
      const fromEt = read(`${name}.et`);
      const shape = (book: WorkbookRead) =>
        book.sheets.map((g) => ({
          sheet: g.sheet,
          origin: g.origin,
          values: g.values,
          merges: [...(g.merges ?? [])].sort(),
        }));
      expect(shape(fromXls)).toEqual(shape(fromXlsx));
      expect(shape(fromEt)).toEqual(shape(fromXlsx));
    },
  );

  it("says an encrypted BIFF workbook is encrypted and a broken one cannot be read", () => {
    expect(readXls(readFileSync(join(FORMATS, "encrypted.xls")), { name: "e.xls" })).toMatchObject({
      error: "WORKBOOK_ENCRYPTED",
    });
    const legacy = readFileSync(join(__dirname, "..", "fixtures", "workbooks", "legacy.xls"));
    expect(readXls(legacy, { name: "l.xls" })).toMatchObject({ error: "WORKBOOK_XLS" });
  });
});
