/**
 * `perf-tables check` cost against exceljs merely loading the same files, and against the floor (a bare
 * inflate of the parts the lean reader reads), on two sets of workbooks: the bench's generated ones
 * (seed 002 layout, 60 indicator rows) and copies of real filled tables (the fixture workbooks and a
 * filled template). Prints check ÷ exceljs-load and check ÷ floor (CPU), files/s for 1 and 2 jobs, and
 * the number of files from which 2 jobs (main thread + 1 bundled worker) beat 1 on wall time.
 * (c) is the command as shipped (the bundle of `npm run build:cli`, built here), beside the same from
 * the TypeScript sources through tsx.
 * Figures only, no assertions. Usage: npm run bench -- check   (PERF_CHECK_FILES=200 for a quicker run)
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { bundleCli } from "./bundleCli";
import ExcelJS from "exceljs";
import { checkFiles } from "../src/cli/check";
import { main } from "../src/cli/main";
import { inflateRaw } from "../src/cli/xlsx/inflateRaw";
import { readWorkbookFile } from "../src/cli/xlsx/readWorkbookFile";
import { writeTemplateWorkbook } from "../src/cli/xlsx/writeTemplateWorkbook";
import { NATIONAL_RULES } from "../src/core/scoring/options";
import { buildTemplate } from "../src/core/templates";
import { listZipEntries } from "../src/readers/xlsx/listZipEntries";

export const name = "check: lean reader vs exceljs load vs bare inflate; 1 and 2 jobs; worker break-even";

const FILES = Number(process.env.PERF_CHECK_FILES ?? 600);
const ROWS = 60;
const ROUNDS = 3;
const FIXTURES = join(__dirname, "../test/fixtures/workbooks");
/** Real filled tables among the fixtures (the damaged and non-xlsx ones left out). */
const REAL = [
  "seed-002-self-eval.xlsx",
  "seed-004-goal-sh2020.xlsx",
  "anhui-chizhou-self-eval-2022.xlsx",
  "anhui-tianchang-self-eval-2022.xlsx",
  "sichuan-qingshen-self-eval-2023.xlsx",
  "sichuan-zhongjiang-self-eval-2022.xlsx",
  "chongqing-dept-whole-self-eval-2021.xlsx",
  "hubei-huangshi-monitor-2019.xlsx",
  "funds-20-points-subtotals.xlsx",
];

/** Level 1 / level 2 pairs of the national framework, cycled through the rows. */
const LEVELS: readonly (readonly [string, string])[] = [
  ["成本指标", "经济成本指标"],
  ["产出指标", "数量指标"],
  ["产出指标", "质量指标"],
  ["产出指标", "时效指标"],
  ["效益指标", "社会效益指标"],
  ["效益指标", "可持续影响指标"],
  ["满意度指标", "服务对象满意度指标"],
];

/** A small deterministic generator, so every run builds the same files. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function buildWorkbook(index: number): Promise<Buffer> {
  const next = random(index + 1);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("绩效自评表");
  ws.addRow(["财政项目支出绩效自评表"]);
  ws.addRow(["(2024年度)"]);
  ws.addRow(["项目名称", "", `生成项目${index}`]);
  ws.addRow(["主管部门", "", "某某局", "", "实施单位", "", "某某中心"]);
  ws.addRow(["项目资金 (万元)", "", "年初预算数", "全年预算数", "全年执行数", "分数", "执行率(%)", "得分"]);
  const budget = 100 + Math.round(next() * 900);
  const executed = Math.round(budget * (0.9 + next() * 0.1) * 100) / 100;
  const rate = Math.round((executed / budget) * 10000) / 100;
  const budgetScore = Math.round(Math.min(executed / budget, 1) * 1000) / 100;
  ws.addRow(["项目资金 (万元)", "年度资金总额:", budget, budget, executed, 10, rate, budgetScore]);
  ws.addRow(["项目资金 (万元)", "其中:当年财政拨款", budget, budget, executed, "-", rate, "-"]);
  ws.addRow(["年度总体目标", "预期目标", "", "", "实际完成情况"]);
  ws.addRow(["年度总体目标", "完成年度工作", "", "", "已完成"]);
  ws.addRow([
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ]);
  let total = budgetScore;
  for (let r = 0; r < ROWS; r++) {
    const [l1, l2] = LEVELS[r % LEVELS.length] ?? ["产出指标", "数量指标"];
    const weight = 1.5;
    const target = 80 + Math.round(next() * 15);
    const actual = Math.round((target - 5 + next() * 15) * 100) / 100;
    const score = actual >= target ? weight : Math.round((actual / target) * weight * 100) / 100;
    total += score;
    const deviation = score < weight ? "进度滞后，下半年加快推进" : "";
    ws.addRow([
      l1,
      l2,
      `工作任务${r + 1}完成率`,
      `≥${target}.00(%)`,
      `${actual.toFixed(2)}(%)`,
      weight,
      score,
      deviation,
    ]);
  }
  total = Math.round(total * 100) / 100;
  ws.addRow(["总分", "", "", "", "", 100, total, ""]);
  ws.addRow(["评分等级", total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface PassTime {
  /** Wall-clock seconds. */
  readonly wall: number;
  /** CPU seconds of this process (all threads), user + system: far less disturbed by other processes. */
  readonly cpu: number;
}

async function timePass(work: () => Promise<void>): Promise<PassTime> {
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  await work();
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

function describe(label: string, files: number, t: PassTime): string {
  const perWall = (files / t.wall).toFixed(1).padStart(7);
  const perCpu = (files / t.cpu).toFixed(1).padStart(7);
  const msPerFile = ((t.cpu / files) * 1000).toFixed(2).padStart(6);
  return `${label.padEnd(40)} ${perWall} files/s wall (${t.wall.toFixed(2)} s) ${perCpu} files/CPU-s = ${msPerFile} ms CPU per file`;
}

/** The median of the rounds' times (CPU and wall separately). */
function median(times: readonly PassTime[]): PassTime {
  const mid = (values: number[]): number =>
    values.sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? NaN;
  return { wall: mid(times.map((t) => t.wall)), cpu: mid(times.map((t) => t.cpu)) };
}

/** The parts the lean reader inflates (workbook, relationships, strings, styles, sheets, settings). */
const READ_PARTS =
  /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/sheet\d+\.xml|webextensions\/webextension\d*\.xml)$/;

/** The floor: read the file, list its zip directory, inflate the parts the reader reads; nothing parsed. */
async function inflateOnly(path: string): Promise<number> {
  const bytes = await readFile(path);
  let total = 0;
  for (const entry of listZipEntries(bytes).values()) {
    if (!READ_PARTS.test(entry.name)) continue;
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    total += entry.method === 8 ? inflateRaw(data, 64 * 1024 * 1024).length : data.length;
  }
  return total;
}

type Main = typeof main;

/**
 * `check <dir> --json --jobs N` in this process, output counted and dropped; `run` is the command as
 * shipped (the bundle `npm run build:cli` makes, built by {@link run}), or the sources through tsx.
 */
async function checkCommand(dir: string, jobs: number, run: Main = main): Promise<number> {
  let bytes = 0;
  const io = {
    stdout: (t: string) => void (bytes += t.length),
    stderr: () => undefined,
    isTTY: false,
    cwd: dir,
  };
  await run(["check", dir, "--json", "--jobs", String(jobs)], io);
  return bytes;
}

async function writeSet(dir: string, make: (i: number) => Promise<Buffer | string>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const path = join(dir, `p${String(i).padStart(5, "0")}.xlsx`);
    const made = await make(i);
    if (typeof made === "string") await copyFile(made, path);
    else await writeFile(path, made);
    files.push(path);
  }
  return files;
}

const ratio = (a: PassTime, b: PassTime): string =>
  `×${(a.cpu / b.cpu).toFixed(2)} CPU (×${(a.wall / b.wall).toFixed(2)} wall)`;

async function measureSet(
  label: string,
  dir: string,
  files: readonly string[],
  worker: string,
  bundled: Main,
): Promise<string[]> {
  const passes: Record<
    "load" | "floor" | "read" | "check1" | "checkSources" | "jobs1" | "jobs2",
    () => Promise<void>
  > = {
    load: async () => {
      for (const path of files)
        await new ExcelJS.Workbook().xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
    },
    floor: async () => {
      for (const path of files) await inflateOnly(path);
    },
    read: async () => {
      for (const path of files) await readWorkbookFile(path);
    },
    check1: async () => {
      await checkCommand(dir, 1, bundled);
    },
    checkSources: async () => {
      await checkCommand(dir, 1);
    },
    jobs1: async () => {
      await checkFiles(files, NATIONAL_RULES, { jobs: 1 });
    },
    jobs2: async () => {
      await checkFiles(files, NATIONAL_RULES, { jobs: 2, workerScript: worker });
    },
  };
  const times = Object.fromEntries(Object.keys(passes).map((k) => [k, [] as PassTime[]])) as Record<
    keyof typeof passes,
    PassTime[]
  >;
  // One untimed round first: each pass's code warmed on this set of files (the bundle's copy of the
  // checker is used by one pass only, the sources' by three: without it the bundle was timed colder).
  for (const key of Object.keys(passes) as (keyof typeof passes)[]) await passes[key]();
  // Rounds interleaved, median of each: other processes on the machine disturb single passes.
  for (let round = 0; round < ROUNDS; round++) {
    for (const key of Object.keys(passes) as (keyof typeof passes)[])
      times[key].push(await timePass(passes[key]));
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<
    keyof typeof passes,
    PassTime
  >;
  return [
    `${label}: ${files.length} files, median of ${ROUNDS} interleaved rounds after one untimed`,
    describe("(a) exceljs load only, 1 thread", files.length, m.load),
    describe("(f) floor: read + inflate the parts", files.length, m.floor),
    describe("    lean read into grids", files.length, m.read),
    describe("(c) check --json --jobs 1 (bundle)", files.length, m.check1),
    describe("    the same from sources (tsx)", files.length, m.checkSources),
    describe("    checkFiles, 1 job", files.length, m.jobs1),
    describe("    checkFiles, 2 jobs (main + 1 worker)", files.length, m.jobs2),
    `check ÷ exceljs-load (c/a): ${ratio(m.check1, m.load)} bundle, ${ratio(m.checkSources, m.load)} sources   (goal ≤ ×0.50 CPU)`,
    `check ÷ floor (c/f): ${ratio(m.check1, m.floor)} bundle, ${ratio(m.checkSources, m.floor)} sources`,
    `lean read ÷ exceljs-load: ${ratio(m.read, m.load)}`,
  ];
}

/** Wall time of 1 and 2 jobs over the first n files, for growing n: where do workers start to pay? */
async function measureBreakEven(files: readonly string[], worker: string): Promise<string[]> {
  const lines: string[] = [
    "worker break-even (wall clock, median of 3; 2 jobs = main thread + 1 bundled worker):",
  ];
  let breakEven: number | undefined;
  for (const n of [25, 50, 100, 200, 400, 800].filter((x) => x <= files.length)) {
    const subset = files.slice(0, n);
    const one: PassTime[] = [];
    const two: PassTime[] = [];
    for (let round = 0; round < 3; round++) {
      one.push(await timePass(() => checkFiles(subset, NATIONAL_RULES, { jobs: 1 }).then(() => undefined)));
      two.push(
        await timePass(() =>
          checkFiles(subset, NATIONAL_RULES, { jobs: 2, workerScript: worker }).then(() => undefined),
        ),
      );
    }
    const a = median(one);
    const b = median(two);
    if (breakEven === undefined && b.wall < a.wall) breakEven = n;
    lines.push(
      `  ${String(n).padStart(4)} files: 1 job ${a.wall.toFixed(2)} s, 2 jobs ${b.wall.toFixed(2)} s wall (×${(a.wall / b.wall).toFixed(2)}); CPU ${a.cpu.toFixed(2)} vs ${b.cpu.toFixed(2)} s`,
    );
  }
  lines.push(
    `  2 jobs first win at ${breakEven ?? "none of these sizes"} files (availableParallelism ${availableParallelism()})`,
  );
  return lines;
}

export async function run(): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), "perf-check-bench-"));
  const lines: string[] = [];
  try {
    const started = performance.now();
    const generated = await writeSet(join(root, "generated"), buildWorkbook);
    const example = buildTemplate({ kind: "self-eval", example: true });
    if (!example.ok) throw new Error(example.code);
    const examplePath = join(root, "example.xlsx");
    await writeFile(examplePath, await writeTemplateWorkbook(example.layout));
    const realSources = [...REAL.map((f) => join(FIXTURES, f)), examplePath];
    const real = await writeSet(
      join(root, "real"),
      async (i) => realSources[i % realSources.length] ?? examplePath,
    );
    lines.push(
      `${FILES} generated workbooks × ${ROWS} indicator rows and ${FILES} copies of ${realSources.length} real filled tables written in ${((performance.now() - started) / 1000).toFixed(1)} s; ${cpus().length} CPUs; load average before: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" / ")}`,
    );
    // The worker as `npm run build:cli` ships it: one bundled .js file (esbuild, which tsx brings).
    const worker = await bundleCli("src/cli/check/checkWorker.ts", join(root, "checkWorker.js"));
    // The command as `npm run build:cli` ships it and bin/perf-tables.js runs it: tsx's compiled
    // sources carry its helpers (__name on every function made), which the bundle has not.
    const bundle = await bundleCli("src/cli/main.ts", join(root, "main.js"));
    const bundled = (createRequire(__filename)(bundle) as { main: Main }).main;
    // One untimed pass warms the file cache and the JIT (measureSet warms each pass again per set).
    await checkFiles(generated.slice(0, 100), NATIONAL_RULES, { jobs: 1 });
    lines.push(...(await measureSet("generated", join(root, "generated"), generated, worker, bundled)));
    lines.push(...(await measureSet("real filled tables", join(root, "real"), real, worker, bundled)));
    lines.push(...(await measureBreakEven(generated, worker)));
    lines.push(
      `load average after the run: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" / ")} on ${cpus().length} CPUs (wall-clock figures are only comparable on an idle machine)`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return lines;
}
