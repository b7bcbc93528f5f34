export type FrameworkId = "national" | "national-pre2021" | "sh2020" | "sh2019" | "evaluation";

export interface Level1 {
  /** Label as printed ("产出指标"). */
  readonly name: string;
  /** Other spellings seen in published tables ("产出目标", "产出"). */
  readonly aliases: readonly string[];
  readonly level2: readonly string[];
  /**
   * 二级 accepted under this 一级 in published tables but not offered by the templates (进度指标 under
   * 产出, 满意度 under 效益 before 2021).
   */
  readonly variants?: readonly string[];
  /** Default points of this 一级 on a self-evaluation (national split), when the framework has one. */
  readonly defaultWeight?: number;
}

export interface Framework {
  readonly id: FrameworkId;
  readonly title: string;
  readonly level1: readonly Level1[];
}
