/** Whether a text is a 一级 or 二级 label of any known framework, for rows whose labels sit in the wrong column. */
import { frameworks, normaliseLabel } from "../frameworks";
import { remember } from "../remember";

const LEVEL1 = new Set<string>();
const LEVEL2 = new Set<string>();
for (const framework of Object.values(frameworks)) {
  for (const l1 of framework.level1) {
    LEVEL1.add(l1.name);
    for (const alias of l1.aliases) LEVEL1.add(alias);
    for (const l2 of [...l1.level2, ...(l1.variants ?? [])]) {
      LEVEL2.add(l2);
      LEVEL2.add(l2.endsWith("指标") ? l2.slice(0, -2) : `${l2}指标`);
    }
  }
}
const LEVEL2_LIST = [...LEVEL2];
const LEVEL1_LIST = [...LEVEL1];

/**
 * "level1", "level2", "both" (满意度 is a 一级 nationally and a 二级 in Shanghai 2020) or undefined.
 * A fragment of at least four characters that starts a known label counts too: labels broken over a
 * page ("可持续影响指").
 *
 * @example
 * classifyLevelLabel("时效指标") // → "level2"
 * classifyLevelLabel("产出指标(50分)") // → "level1"
 */
export function classifyLevelLabel(text: string): "level1" | "level2" | "both" | undefined {
  if (text === "" || text.length > 40) return undefined;
  return classifyRemembered(text);
}

const classifyRemembered = remember(classify);

function classify(text: string): "level1" | "level2" | "both" | undefined {
  const raw = normaliseLabel(text);
  // 效益目标 / 数量目标: outside Shanghai some tables end the labels in 目标 instead of 指标.
  const key = raw.endsWith("目标") && !LEVEL1.has(raw) && !LEVEL2.has(raw) ? `${raw.slice(0, -2)}指标` : raw;
  if (key === "") return undefined;
  let is1 = LEVEL1.has(key);
  let is2 = LEVEL2.has(key);
  if (!is1 && !is2 && key.length >= 4) {
    is1 = LEVEL1_LIST.some((label) => label.startsWith(key));
    is2 = LEVEL2_LIST.some((label) => label.startsWith(key));
  }
  if (is1 && is2) return "both";
  if (is1) return "level1";
  if (is2) return "level2";
  return undefined;
}

/**
 * The whole label a page-break fragment stands for, when exactly one known label starts with it
 * ("可持续影响指" → "可持续影响指标"); undefined for whole labels and for anything else.
 *
 * @example
 * completeLevelLabel("可持续影响指") // → "可持续影响指标"
 * completeLevelLabel("时效指标") // → undefined
 */
export function completeLevelLabel(text: string): string | undefined {
  const key = normaliseLabel(text);
  if (key.length < 4 || LEVEL1.has(key) || LEVEL2.has(key)) return undefined;
  const matches = new Set([...LEVEL1_LIST, ...LEVEL2_LIST].filter((label) => label.startsWith(key)));
  // "可持续影响指标" and "可持续影响" differ only by the 指标 suffix: prefer the one with it.
  const full = [...matches].filter((label) => label.endsWith("指标") || !matches.has(`${label}指标`));
  return full.length === 1 ? full[0] : undefined;
}
