/**
 * fast-check generators of hostile input for `check` (issue 15): packages (zip bombs, merges, cell
 * floods, corrupted bytes, terminal escapes and bad entities in cells, odd part names) and folder
 * entries (FIFO, device link, sparse file, dangling link, link loops, good workbooks). Shared by the
 * CI fuzz suite (test/fuzz, small sizes with the caps lowered) and the soak run (bench/fuzz.bench.ts).
 */
import { execFileSync } from "node:child_process";
import { mkdir, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import type { PackageLimits } from "../../src/cli/xlsx/guardPackage";
import {
  cellFlood,
  mergeFlood,
  seedParts,
  stylesBomb,
  wholeSheetMerge,
  withCellText,
  writeZip,
} from "./hostilePackages";

/** Caps lowered so every attack class trips them at a small size. */
export const SMALL_LIMITS: PackageLimits = {
  maxPartBytes: 256 * 1024,
  maxTotalBytes: 512 * 1024,
  maxCells: 3_000,
  maxMerges: 100,
  maxMergedCells: 2_000,
};

/** Characters a cell may hold to attack a terminal or a parser. */
const NASTY = fc.constantFrom(
  "\u001b[2J",
  "\u001b]0;title\u0007",
  "\r错误 0 个",
  "\u009b31m",
  "\u202e",
  "\u2066",
  "\u0000",
  "\u007f",
  "&#99999999;",
  "&#xD800;",
  "≥1e999(%)",
  "5e-324",
  "=1/0",
  "-1e308",
  "9".repeat(400),
);

const cellText = fc
  .array(fc.oneof(NASTY, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(""));

/** A2 … H60: cells of seed-002's sheet, inside and around its table. */
const cellRef = fc
  .tuple(fc.constantFrom("A", "B", "C", "D", "E", "F", "G", "H"), fc.integer({ min: 2, max: 60 }))
  .map(([c, r]) => `${c}${r}`);

/** One hostile package and a label for the class it belongs to. */
export interface HostileCase {
  readonly kind: string;
  readonly bytes: Buffer;
}

/**
 * Hostile packages; `scale` 1 is the CI size (with SMALL_LIMITS), larger for the soak.
 *
 * @example
 * fc.sample(hostilePackage(1), 5).map((c) => c.kind);
 */
export function hostilePackage(scale = 1): fc.Arbitrary<HostileCase> {
  return fc.oneof(
    fc
      .integer({ min: 1, max: 4 * scale })
      .map((mb) => ({ kind: "bomb", bytes: stylesBomb(mb * 256 * 1024) })),
    fc
      .tuple(fc.integer({ min: 100, max: 1_048_576 }), fc.integer({ min: 1, max: 16_384 }))
      .map(([rows, cols]) => ({
        kind: "big merge",
        bytes: wholeSheetMerge(`A100:${columnOf(cols)}${100 + rows}`),
      })),
    fc.integer({ min: 0, max: 300 * scale }).map((n) => ({ kind: "merges", bytes: mergeFlood(n) })),
    fc.integer({ min: 0, max: 400 * scale }).map((n) => ({ kind: "cells", bytes: cellFlood(n) })),
    fc.tuple(cellRef, cellText).map(([ref, text]) => ({ kind: "cell text", bytes: withCellText(ref, text) })),
    fc
      .tuple(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 16 }),
      )
      .map(([at, junk]) => ({ kind: "corrupt", bytes: corrupt(writeZip(seedParts()), at, junk) })),
    fc
      .constantFrom("../../evil.xml", "/etc/passwd", "xl/worksheets/../../x.xml", "C:\\x.xml", "")
      .map((name) => ({
        kind: "part name",
        bytes: writeZip([...seedParts(), { name, data: Buffer.from("<x/>") }]),
      })),
  );
}

/** `bytes` with `junk` written at `at` (mod length), or cut there when there is no junk. */
function corrupt(bytes: Buffer, at: number, junk: readonly number[]): Buffer {
  const copy = Buffer.from(bytes);
  const pos = at % copy.length;
  if (junk.length === 0) return copy.subarray(0, pos);
  Buffer.from(junk).copy(copy, pos);
  return copy;
}

function columnOf(n: number): string {
  let name = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    name = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(k - 1) % 26] + name;
  return name;
}

/** One entry of a hostile folder. */
export type FolderEntry = "good" | "fifo" | "dev-zero" | "sparse" | "dangling" | "loop" | "folder" | "nested";

export const folderEntries: fc.Arbitrary<FolderEntry[]> = fc.array(
  fc.constantFrom<FolderEntry>("good", "fifo", "dev-zero", "sparse", "dangling", "loop", "folder", "nested"),
  { minLength: 1, maxLength: 8 },
);

/**
 * Creates `entries` in `dir` (named e0.xlsx, e1.xlsx …) and returns how many workbooks a run must list:
 * every entry but the loops and plain folders (which hold nothing), nested folders count their file.
 *
 * @example
 * await makeFolder(dir, ["good", "fifo"]); // 2
 */
export async function makeFolder(
  dir: string,
  entries: readonly FolderEntry[],
  good: Buffer,
): Promise<number> {
  let expected = 0;
  for (const [i, entry] of entries.entries()) {
    const path = join(dir, `e${i}.xlsx`);
    switch (entry) {
      case "good":
        await writeFile(path, good);
        expected++;
        break;
      case "fifo":
        execFileSync("mkfifo", [path]);
        expected++;
        break;
      case "dev-zero":
        await symlink("/dev/zero", path);
        expected++;
        break;
      case "sparse":
        await writeFile(path, "");
        await truncate(path, 3 * 1024 ** 3);
        expected++;
        break;
      case "dangling":
        await symlink(join(dir, "nothing here.xlsx"), path);
        expected++;
        break;
      case "loop":
        // A link to the folder itself, named like a folder: walked once, never forever.
        await symlink(dir, join(dir, `loop${i}`));
        break;
      case "folder":
        await mkdir(path);
        break;
      case "nested":
        await mkdir(join(dir, `sub${i}`));
        await writeFile(join(dir, `sub${i}`, "inner.xlsx"), good);
        expected++;
        break;
    }
  }
  return expected;
}
