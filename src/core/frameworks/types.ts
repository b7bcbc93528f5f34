export type FrameworkId = "national" | "national-pre2021" | "sh2020" | "sh2019";

export interface Level1 {
  /** Label as printed ("产出指标"). */
  readonly name: string;
  /** Other spellings seen in published tables ("产出目标", "产出"). */
  readonly aliases: readonly string[];
  readonly level2: readonly string[];
  /** Default points of this 一级 on a self-evaluation (national split), when the framework has one. */
  readonly defaultWeight?: number;
}

export interface Framework {
  readonly id: FrameworkId;
  readonly title: string;
  readonly level1: readonly Level1[];
}
