/**
 * Fuzzing in the suite (issue 15): generated hostile packages and folders through the real reader and
 * checker, with the guard's caps lowered so every attack class trips them at a small size. Each case
 * is bounded in time and memory; the longer soak is `npm run bench -- fuzz`.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { checkFiles, collectFiles } from "../../src/cli/check";
import { escapeJsonForTerminal, sanitiseForTerminal } from "../../src/cli/report";
import { readWorkbook } from "../../src/cli/xlsx";
import { catalogue, formatIssue } from "../../src/core/messages";
import { NATIONAL_RULES } from "../../src/core/scoring/options";
import { readWorkbookFile } from "../../src/cli/xlsx/readWorkbookFile";
import { workbookErrorMessage, type WorkbookError, type WorkbookRead } from "../../src/readers/workbookRead";
import { folderEntries, hostilePackage, makeFolder, SMALL_LIMITS } from "../support/hostileArbitraries";
import { seedParts, writeZip } from "../support/hostilePackages";

/** Per case: the most time and resident memory any single hostile file may take. */
const CASE_MS = 5_000;
/** Growth of the worker's RSS over the whole property (a jest worker carries earlier suites' memory). */
const MAX_RSS_GROWTH = 1024 * 1024 * 1024;
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u061c\u200e\u200f]/;

type Reader = (bytes: Uint8Array, name: string) => Promise<WorkbookRead | WorkbookError>;

/**
 * The lean reader `check` reads with (its caps lowered like the guard's) and the exceljs reader behind
 * the guard that the differential tests keep as the reference.
 */
const READERS: readonly (readonly [string, Reader])[] = [
  [
    "the lean reader (check)",
    (bytes, name) =>
      readWorkbookFile(bytes, {
        name,
        limits: {
          maxPartBytes: SMALL_LIMITS.maxPartBytes,
          maxTotalBytes: SMALL_LIMITS.maxTotalBytes,
          maxCells: SMALL_LIMITS.maxCells,
          maxMerges: SMALL_LIMITS.maxMerges,
        },
      }),
  ],
  [
    "the exceljs reference behind the guard",
    (bytes, name) => readWorkbook(Buffer.from(bytes), { name, packageLimits: SMALL_LIMITS }),
  ],
];

describe("fuzzed hostile input", () => {
  it.each(READERS)(
    "%s reads or refuses every generated package with its own message, within bounds, never throwing",
    async (_label, readWith) => {
      const rssBefore = process.memoryUsage().rss;
      await fc.assert(
        fc.asyncProperty(hostilePackage(1), async ({ kind, bytes }) => {
          const started = performance.now();
          const read = await readWith(bytes, `${kind}.xlsx`);
          if ("error" in read) {
            expect(Object.keys(catalogue)).toContain(read.error);
            expect(formatIssue(workbookErrorMessage(read), "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
            expect(formatIssue(workbookErrorMessage(read), "en")).not.toContain("{");
          } else {
            const checked = checkWorkbook(read, NATIONAL_RULES);
            const codes = checked.tables.flatMap((t) => t.findings.map((f) => f.code));
            expect(codes.filter((code) => !(code in catalogue))).toEqual([]);
            expect(codes).not.toContain("INTERNAL_ERROR");
          }
          expect(performance.now() - started).toBeLessThan(CASE_MS);
          expect(process.memoryUsage().rss - rssBefore).toBeLessThan(MAX_RSS_GROWTH);
        }),
        { numRuns: 40 },
      );
    },
    240_000,
  );

  it("shows any text escaped on a terminal, and keeps it exact in JSON", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(sanitiseForTerminal(text)).not.toMatch(RAW_CONTROL);
        const json = escapeJsonForTerminal(JSON.stringify({ text }));
        expect(json).not.toMatch(RAW_CONTROL);
        expect((JSON.parse(json) as { text: string }).text).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("lists every entry of a generated folder once, refused or checked, without hanging", async () => {
    const good = writeZip(seedParts());
    await fc.assert(
      fc.asyncProperty(folderEntries, async (entries) => {
        const dir = await mkdtemp(join(tmpdir(), "fuzz-folder-"));
        const expected = await makeFolder(dir, entries, good);
        const started = performance.now();
        const files = await collectFiles([dir], dir);
        const checked = await checkFiles(files, NATIONAL_RULES, { jobs: 1 });
        expect(checked).toHaveLength(expected);
        for (const file of checked) {
          // A sound workbook is checked; anything else carries its own reason.
          if (file.error === undefined) expect(file.tables.length).toBeGreaterThan(0);
          else expect(file.error.code).toMatch(/^WORKBOOK_/);
        }
        expect(performance.now() - started).toBeLessThan(CASE_MS * 2);
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});
