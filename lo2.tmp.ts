import ExcelJS from "exceljs";
import { buildTemplate } from "./src/core/templates";
import { renderLayout } from "./src/cli/xlsx/renderLayout";
import { dropCachedValues, recalculate, findSoffice } from "./test/support/libreOffice";
import { toA1 } from "./src/core/address";
(async () => {
  const b = buildTemplate({ kind: "self-eval", example: true, formulas: "portable" });
  if (!b.ok) return;
  const wb = new ExcelJS.Workbook(); renderLayout(wb, b.layout); dropCachedValues(wb);
  await wb.xlsx.writeFile("/tmp/lo0/p.xlsx");
  const [out] = recalculate(findSoffice()!, "/tmp/lo0", ["p.xlsx"], 60000);
  const back = new ExcelJS.Workbook(); await back.xlsx.readFile(out!);
  const ws = back.worksheets[0]!;
  let same = 0, diff = 0;
  for (const c of b.layout.cells) { if (!c.formula) continue; const got = (ws.getCell(c.row + 1, c.col + 1) as any).formula as string | undefined;
    if (("=" + (got ?? "")) === c.formula) same++; else { diff++; if (diff < 4) console.log(toA1(c.row,c.col), c.formula.slice(0,150), "\n   LO:", (got??"<none>").slice(0,150)); } }
  console.log({ same, diff });
})();
