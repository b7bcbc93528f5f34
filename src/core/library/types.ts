/** One indicator of the library: where it usually stands and how its target is usually written. */
export interface LibraryEntry {
  /** Stable id, e.g. "national-1". */
  readonly id: string;
  /** Which indicator framework the 一级/二级 labels belong to. */
  readonly framework: LibraryFramework;
  readonly level1: string;
  readonly level2: string;
  /** 三级指标 name. */
  readonly name: string;
  /** Usual target, written as units write it ("≥95%", "=100%", "健全"). */
  readonly target: string;
  /** Pinyin initials of `name` ("yszxl" for 预算执行率), computed offline. */
  readonly initials: string;
}

/** The library keeps one list for the national framework and one for Shanghai's 2020 framework. */
export type LibraryFramework = "national" | "sh2020";
