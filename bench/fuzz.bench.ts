/**
 * Soak run of the hostile-input generators (test/support/hostileArbitraries.ts) at larger sizes and
 * with the default caps: how many cases, how fast, the slowest case, peak resident memory, and what
 * each class ended as. Figures only, no assertions (the bounded CI version is test/fuzz).
 * Usage: npm run bench -- fuzz   (PERF_FUZZ_CASES=2000 for a longer soak; default 400)
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { checkWorkbook } from "../src/check/checkWorkbook";
import { checkFiles, collectFiles } from "../src/cli/check";
import { readWorkbook } from "../src/cli/xlsx";
import { NATIONAL_RULES } from "../src/core/scoring/options";
import { folderEntries, hostilePackage, makeFolder } from "../test/support/hostileArbitraries";
import { seedParts, writeZip } from "../test/support/hostilePackages";

export const name = "fuzz: hostile packages and folders (soak)";

const CASES = Number(process.env.PERF_FUZZ_CASES ?? 400);
const FOLDERS = Math.max(5, Math.round(CASES / 20));

export async function run(): Promise<string[]> {
  const outcomes = new Map<string, number>();
  let slowest = { ms: 0, kind: "" };
  let peak = process.memoryUsage().rss;
  let thrown = 0;
  const started = performance.now();
  for (const { kind, bytes } of fc.sample(hostilePackage(40), { numRuns: CASES, seed: 15 })) {
    const t = performance.now();
    try {
      const read = await readWorkbook(bytes, { name: `${kind}.xlsx` });
      const outcome =
        "error" in read
          ? read.error
          : `checked (${checkWorkbook(read, NATIONAL_RULES).tables.length} tables)`;
      const key = `${kind}: ${outcome.replace(/\d+ tables/, "n tables")}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    } catch {
      thrown++;
    }
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, kind };
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const packagesMs = performance.now() - started;

  const good = writeZip(seedParts());
  let listed = 0;
  let expectedTotal = 0;
  const folderStart = performance.now();
  for (const entries of fc.sample(folderEntries, { numRuns: FOLDERS, seed: 15 })) {
    const dir = await mkdtemp(join(tmpdir(), "fuzz-soak-"));
    expectedTotal += await makeFolder(dir, entries, good);
    listed += (await checkFiles(await collectFiles([dir], dir), NATIONAL_RULES, { jobs: 1 })).length;
    peak = Math.max(peak, process.memoryUsage().rss);
    await rm(dir, { recursive: true, force: true });
  }
  const foldersMs = performance.now() - folderStart;

  return [
    `${CASES} packages in ${(packagesMs / 1000).toFixed(1)} s (${(CASES / (packagesMs / 1000)).toFixed(1)} cases/s), slowest ${slowest.ms.toFixed(0)} ms (${slowest.kind}), thrown ${thrown}`,
    `${FOLDERS} folders in ${(foldersMs / 1000).toFixed(1)} s: ${listed} of ${expectedTotal} entries listed with a result`,
    `peak RSS ${(peak / 1024 ** 2).toFixed(0)} MB`,
    ...[...outcomes.entries()].sort().map(([key, n]) => `  ${String(n).padStart(4)} × ${key}`),
  ];
}
