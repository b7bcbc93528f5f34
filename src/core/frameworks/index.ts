import type { Framework, FrameworkId, Level1 } from "./types";
import { national } from "./national";
import { nationalPre2021 } from "./nationalPre2021";
import { sh2020 } from "./sh2020";
import { sh2019 } from "./sh2019";
import { evaluation } from "./evaluation";
import { remember } from "../remember";

export type { Framework, FrameworkId, Level1 } from "./types";

export const frameworks: Readonly<Record<FrameworkId, Framework>> = {
  national,
  "national-pre2021": nationalPre2021,
  sh2020,
  sh2019,
  evaluation,
};

/** Strip points and decoration from a label: "产出指标(50分)" → "产出指标". */
// Remembered: the rules compare every row's labels with every other row's, and a folder of submissions
// repeats the same few dozen labels.
export const normaliseLabel: (label: string) => string = remember((label: string) =>
  label
    .replace(/[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）]/g, "")
    .replace(/[\s\u3000:：]/g, "")
    .trim(),
);

/**
 * The 一级 of `framework` that `label` names (by name or alias), if any. Outside Shanghai some tables
 * end their labels in 目标 instead of 指标 (产出目标, 效益目标): tried as 指标 when the label itself is
 * unknown.
 */
export function findLevel1(framework: Framework, label: string): Level1 | undefined {
  const key = normaliseLabel(label);
  const hit = (k: string): Level1 | undefined =>
    framework.level1.find((l1) => l1.name === k || l1.aliases.includes(k));
  return hit(key) ?? (key.endsWith("目标") ? hit(`${key.slice(0, -2)}指标`) : undefined);
}

/** Whether `level2` may stand under `level1` in `framework` (labels normalised, "指标" suffix optional). */
export function isLevel2Allowed(framework: Framework, level1: string, level2: string): boolean {
  const l1 = findLevel1(framework, level1);
  if (!l1) return false;
  const raw = normaliseLabel(level2);
  // 数量目标 is 数量指标 outside Shanghai.
  const key = raw.endsWith("目标") ? `${raw.slice(0, -2)}指标` : raw;
  const matches = (name: string): boolean =>
    name === raw || name === key || name === `${key}指标` || `${name}指标` === key;
  return l1.level2.some(matches) || (l1.variants ?? []).some(matches);
}
