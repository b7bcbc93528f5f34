/**
 * LibreOffice headless as a formula engine that is not ours: a workbook whose cached values were
 * removed is converted to .xlsx with a profile of its own whose OOXMLRecalcMode is 0 (always), so
 * every number that comes back was recalculated by LibreOffice (docs/architecture.md §9).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";

/** The soffice binary, or undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const path = found.stdout.trim().split("\n")[0];
  return path ? path : undefined;
}

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Every formula cell of every sheet keeps its formula and loses its cached result. */
export function dropCachedValues(workbook: ExcelJS.Workbook): number {
  let dropped = 0;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as { formula?: string; sharedFormula?: string } | null;
        if (value && typeof value === "object" && typeof value.formula === "string") {
          cell.value = { formula: value.formula };
          dropped += 1;
        }
      });
    });
  }
  return dropped;
}

/**
 * Recalculates `files` (in `dir`) in one soffice call; returns the paths of the recalculated copies.
 *
 * @example
 * const [out] = recalculate(soffice, dir, ["a.xlsx"], 120_000);
 */
export function recalculate(
  soffice: string,
  dir: string,
  files: readonly string[],
  timeoutMs: number,
): string[] {
  const profile = join(dir, "lo-profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE);
  const out = join(dir, "recalculated");
  mkdirSync(out, { recursive: true });
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      ...files.map((f) => join(dir, f)),
    ],
    { timeout: timeoutMs, stdio: "pipe" },
  );
  return files.map((f) => join(out, f));
}

/** A cell's computed value as LibreOffice saved it (the cached result of a formula). */
export function computedValue(cell: ExcelJS.Cell): unknown {
  const value = cell.value as { formula?: string } | null;
  if (value && typeof value === "object" && "formula" in value) {
    // exceljs keeps a cached 0 only in cell.result; an empty text result (<v></v>) reads as undefined.
    const result: unknown = cell.result;
    if (result && typeof result === "object" && "error" in result) return (result as { error: string }).error;
    return result ?? "";
  }
  return value;
}
