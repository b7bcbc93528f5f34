/** Loads test/fixtures/golden/seed002.json (the two scored tables of seed 002). */
import fs from "node:fs";
import path from "node:path";

/** 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分 as entered by the unit. */
type IndicatorRow = [string, string, string, string, string, number, number];

export interface SeedTable {
  readonly project: string;
  readonly budget: {
    readonly initial: number;
    readonly budget: number;
    readonly executed: number;
    readonly weight: number;
    readonly claimedRate: number;
    readonly claimedScore: number;
  };
  readonly indicators: readonly IndicatorRow[];
  readonly claimedTotal: number;
  readonly claimedGrade: string;
  readonly expected: {
    readonly budgetScore: number;
    readonly differences: readonly { name: string; rule: number; entered: number }[];
    readonly total: number;
    readonly grade: string;
  };
}

export const seed002Tables: readonly SeedTable[] = (
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/golden/seed002.json"), "utf8")) as {
    tables: SeedTable[];
  }
).tables;
