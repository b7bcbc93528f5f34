import { readFileSync } from "node:fs";
import { join } from "node:path";
import { labelKey } from "../../../src/core/tables/labelKey";
import { columnRole } from "../../../src/core/tables/columnRoles";
import { composeTarget } from "../../../src/core/tables/composeTarget";
import { parseAmount } from "../../../src/core/tables/parseAmount";
import { classifyLevelLabel, completeLevelLabel } from "../../../src/core/tables/classifyLevelLabel";
import { looksLikeTarget } from "../../../src/core/tables/looksLikeTarget";
import { stripTemplatePrefix } from "../../../src/core/tables/stripTemplatePrefix";
import { isPageBreakRow } from "../../../src/core/tables/isPageBreakRow";
import { createSheetView } from "../../../src/core/tables/sheetView";
import type { CellValue } from "../../../src/core/grid";
import { TABLE_FIXTURE_DIR } from "./tableFixtures";

interface Cases {
  labelKey: [string, string][];
  columnRole: [string, string | null][];
  composeTarget: [[string, string, string], string][];
  parseAmount: [CellValue, number | null][];
  classifyLevelLabel: [string, string | null][];
  looksLikeTarget: [string, string | null][];
  completeLevelLabel: [string, string | null][];
  stripTemplatePrefix: [string, string][];
  isPageBreakRow: [CellValue[], boolean][];
}

const cases = JSON.parse(readFileSync(join(TABLE_FIXTURE_DIR, "cases", "helpers.json"), "utf8")) as Cases;

describe("recogniser helpers (cases in test/fixtures/tables/cases/helpers.json)", () => {
  it.each(cases.labelKey)("labelKey(%j) → %j", (input, expected) => {
    expect(labelKey(input)).toBe(expected);
  });
  it.each(cases.columnRole)("columnRole(%j) → %j", (input, expected) => {
    expect(columnRole(labelKey(input)) ?? null).toBe(expected);
  });
  it.each(cases.composeTarget)("composeTarget(%j) → %j", ([op, value, unit], expected) => {
    expect(composeTarget(op, value, unit)).toBe(expected);
  });
  it.each(cases.parseAmount)("parseAmount(%j) → %j", (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });
  it.each(cases.classifyLevelLabel)("classifyLevelLabel(%j) → %j", (input, expected) => {
    expect(classifyLevelLabel(input) ?? null).toBe(expected);
  });
  it.each(cases.looksLikeTarget)("looksLikeTarget(%j) → %j", (input, expected) => {
    expect(looksLikeTarget(input) ?? null).toBe(expected);
  });
  it.each(cases.completeLevelLabel)("completeLevelLabel(%j) → %j", (input, expected) => {
    expect(completeLevelLabel(input) ?? null).toBe(expected);
  });
  it.each(cases.stripTemplatePrefix)("stripTemplatePrefix(%j) → %j", (input, expected) => {
    expect(stripTemplatePrefix(input)).toBe(expected);
  });
  it.each(cases.isPageBreakRow)("isPageBreakRow(%j) → %j", (row, expected) => {
    expect(isPageBreakRow(createSheetView({ values: [row] }), 0)).toBe(expected);
  });
});
