import {
  fromFileFormula,
  hasPerfCall,
  moveFormula,
  shiftFormulaRows,
  toFileFormula,
  uniqueSheetName,
} from "../../../src/core/templates";
import fileFormulas from "../../fixtures/templates/fileFormulas.json";
import shifts from "../../fixtures/templates/shiftFormulaRows.json";
import sheetNames from "../../fixtures/templates/uniqueSheetName.json";

describe("file form of PERF calls (_xldudf_PERF_X)", () => {
  test.each(fileFormulas)("$typed ⇄ $stored", ({ typed, stored }) => {
    expect(toFileFormula(typed)).toBe(stored);
    expect(fromFileFormula(stored)).toBe(typed);
    expect(fromFileFormula(typed)).toBe(typed);
    expect(hasPerfCall(typed)).toBe(typed.includes("PERF."));
    expect(hasPerfCall(stored)).toBe(stored.includes("_xldudf_PERF_"));
  });
});

describe("shiftFormulaRows", () => {
  test.each(shifts)("$why", ({ formula, at, count, expected }) => {
    expect(shiftFormulaRows(formula, at, count)).toBe(expected);
  });
});

describe("uniqueSheetName", () => {
  test.each(sheetNames)("$name among $taken", ({ name, taken, expected }) => {
    const result = uniqueSheetName(name, taken);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(31);
  });
});

describe("fromFileFormula repairs prefixed stored names", () => {
  test.each([
    ["=[2]!_xldudf_PERF_SCORE(D13,E13,F13)", "=PERF.SCORE(D13,E13,F13)"],
    ["='C:\\Office16\\FUNCRES.XLAM'!_xldudf_PERF_GRADE(G25)", "=PERF.GRADE(G25)"],
    ["=SUM(A1:A3)", "=SUM(A1:A3)"],
  ])("%s → %s", (stored, typed) => {
    expect(fromFileFormula(stored)).toBe(typed);
  });
});

describe("moveFormula", () => {
  test.each([
    ["=I13", 5, "=I18"],
    ['=IF(D13="","",PERF.CHECK(D13,$A$13,$B$13,C13))', 2, '=IF(D15="","",PERF.CHECK(D15,$A$13,$B$13,C15))'],
    [
      '=IF(COUNTA(D13:F13)<3,"D13",_xldudf_PERF_SCORE(D13,E13,F13))',
      -1,
      '=IF(COUNTA(D12:F12)<3,"D13",_xldudf_PERF_SCORE(D12,E12,F12))',
    ],
  ])("%s moved %i rows", (formula, delta, expected) => {
    expect(moveFormula(formula, delta)).toBe(expected);
  });
});
