import type { Framework, FrameworkId, Level1 } from "./types";
import { national } from "./national";
import { nationalPre2021 } from "./nationalPre2021";
import { sh2020 } from "./sh2020";
import { sh2019 } from "./sh2019";

export type { Framework, FrameworkId, Level1 } from "./types";

export const frameworks: Readonly<Record<FrameworkId, Framework>> = {
  national,
  "national-pre2021": nationalPre2021,
  sh2020,
  sh2019,
};

/** Strip points and decoration from a label: "产出指标(50分)" → "产出指标". */
export function normaliseLabel(label: string): string {
  return label
    .replace(/[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）]/g, "")
    .replace(/[\s\u3000:：]/g, "")
    .trim();
}

/** The 一级 of `framework` that `label` names (by name or alias), if any. */
export function findLevel1(framework: Framework, label: string): Level1 | undefined {
  const key = normaliseLabel(label);
  return framework.level1.find((l1) => l1.name === key || l1.aliases.includes(key));
}

/** Whether `level2` may stand under `level1` in `framework` (labels normalised, "指标" suffix optional). */
export function isLevel2Allowed(framework: Framework, level1: string, level2: string): boolean {
  const l1 = findLevel1(framework, level1);
  if (!l1) return false;
  const key = normaliseLabel(level2);
  return l1.level2.some((name) => name === key || name === `${key}指标` || `${name}指标` === key);
}
