import type { LibraryFramework } from "./types";

/**
 * The library list that suits a table's framework: the Shanghai lists for Shanghai tables, the
 * national list otherwise (the pre-2021 national layout uses the same indicators).
 *
 * @example
 * libraryFrameworkOf("sh2019"); // "sh2020"
 */
export function libraryFrameworkOf(framework: string | undefined): LibraryFramework {
  return framework === "sh2020" || framework === "sh2019" ? "sh2020" : "national";
}
