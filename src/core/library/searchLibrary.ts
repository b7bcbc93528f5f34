import { libraryEntries } from "./libraryEntries";
import type { LibraryEntry, LibraryFramework } from "./types";

export interface LibrarySearchOptions {
  /** Which list to search; both when absent. */
  readonly framework?: LibraryFramework;
  /** At most this many results (default 50). */
  readonly limit?: number;
}

/** Lower-case, no spaces, ASCII parentheses: the form queries and names are compared in. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u3000]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")");
}

/** Rank of an entry for a query: lower is better, null when it does not match. */
function rankEntry(entry: LibraryEntry, query: string, isLatin: boolean): number | null {
  if (isLatin) {
    if (entry.initials.startsWith(query)) return 0;
    if (entry.initials.includes(query)) return 2;
    return null;
  }
  const name = normalise(entry.name);
  if (name.startsWith(query)) return 0;
  if (name.includes(query)) return 1;
  if (normalise(entry.level2).includes(query) || normalise(entry.level1).includes(query)) return 3;
  if (normalise(entry.target) === query) return 4;
  return null;
}

/**
 * Library entries matching `query`: Chinese text is matched against the name (then 二级/一级 and the
 * target), Latin letters against the pinyin initials of the name. Best matches first, then library
 * order. An empty query lists the whole library (up to `limit`).
 *
 * @example
 * searchLibrary("ysz")[0]?.name; // "预算执行率"
 * searchLibrary("满意度", { framework: "sh2020" }).length > 0; // true
 */
export function searchLibrary(query: string, options: LibrarySearchOptions = {}): LibraryEntry[] {
  const limit = options.limit !== undefined && options.limit > 0 ? options.limit : 50;
  const pool =
    options.framework !== undefined
      ? libraryEntries[options.framework]
      : [...libraryEntries.national, ...libraryEntries.sh2020];
  const q = normalise(String(query ?? ""));
  if (q === "") return pool.slice(0, limit);
  const isLatin = /^[a-z]+$/.test(q);
  return pool
    .map((entry, order) => ({ entry, order, rank: rankEntry(entry, q, isLatin) }))
    .filter((hit): hit is { entry: LibraryEntry; order: number; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((hit) => hit.entry);
}
