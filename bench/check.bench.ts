/**
 * `perf-tables check` cost against exceljs merely loading the same files, and against the floor (a bare
 * inflate of the parts the lean reader reads), on two sets of workbooks: the bench's generated ones
 * (seed 002 layout, 60 indicator rows) and copies of real filled tables (the fixture workbooks and a
 * filled template). Prints check ÷ exceljs-load and check ÷ floor (CPU), files/s for 1 and 2 jobs, and
 * the number of files from which 2 jobs (main thread + 1 bundled worker) beat 1 on wall time.
 * (c) is the command as shipped (the bundle of `npm run build:cli`, built here). Each pass runs in a
 * process of its own, warmed before it is timed (bench/checkPass.ts); a cold run of each (a fresh
 * process from start to exit, as a reviewer's single run) is measured beside.
 * Figures only, no assertions. Usage: npm run bench -- check   (PERF_CHECK_FILES=200 for a quicker run)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFile, link, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { bundleCli, bundleDir } from "./bundleCli";
import ExcelJS from "exceljs";
import { WORKER_BREAK_EVEN, WORKER_BREAK_EVEN_FREE_CORE } from "../src/cli/check/defaultJobs";
import { writeTemplateWorkbook } from "../src/cli/xlsx/writeTemplateWorkbook";
import { buildTemplate } from "../src/core/templates";

export const name = "check: lean reader vs exceljs load vs bare inflate; 1 and 2 jobs; worker break-even";

const FILES = Number(process.env.PERF_CHECK_FILES ?? 600);
const ROWS = 60;
/**
 * Timed rounds of each pass, after WARM untimed ones: on the real tables the check's CPU per round of
 * 300 files kept falling for about six rounds (JIT work on background threads), exceljs's for two.
 */
const ROUNDS = 5;
const WARM = 6;
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
  /** CPU seconds of the process (all threads), user + system: far less disturbed by other processes. */
  readonly cpu: number;
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

/** The scripts the passes run in their own processes. */
interface Scripts {
  /** bench/checkPass.ts bundled. */
  readonly pass: string;
  /** The command as `npm run build:cli` ships it. */
  readonly main: string;
  /** A preload that prints the process's CPU seconds at exit, for the cold runs. */
  readonly cpuAtExit: string;
  /** exceljs loading every file of a folder once, as a plain script, for the cold run. */
  readonly loadOnce: string;
}

const PASSES = ["load", "floor", "read", "check", "checkFiles", "checkFiles2"] as const;
type Pass = (typeof PASSES)[number];

/**
 * One pass in a process of its own (bench/checkPass.ts): WARM untimed rounds, then ROUNDS timed ones,
 * median of those. In one process the passes disturbed each other: the check's rounds paid for the
 * major collections of the garbage exceljs's rounds left, and the bundle's code, run by one pass only,
 * was still being optimized on background threads while timed (CPU up to ×1.4 its wall time).
 */
function runPassProcess(pass: Pass, dir: string, scripts: Scripts): PassTime {
  const out = execFileSync(
    process.execPath,
    [scripts.pass, pass, dir, String(WARM), String(ROUNDS), scripts.main],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const { cpu, wall } = JSON.parse(out) as { cpu: number[]; wall: number[] };
  return median(cpu.map((c, i) => ({ cpu: c, wall: wall[i] ?? NaN })));
}

/**
 * A reviewer's single run: a fresh process from start to exit (Node's start-up, loading the code, the
 * JIT's warm-up included); CPU as the process reports it at exit, median of 3.
 */
function coldRun(args: readonly string[], scripts: Scripts): PassTime {
  const times: PassTime[] = [];
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ["--require", scripts.cpuAtExit, ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    const wall = (performance.now() - started) / 1000;
    const cpu = /perf-cpu-at-exit (\S+)/.exec(result.stderr)?.[1];
    if (cpu === undefined) throw new Error(`cold run failed: ${result.stderr.slice(0, 500)}`);
    times.push({ cpu: Number(cpu), wall });
  }
  return median(times);
}

async function measureSet(
  label: string,
  dir: string,
  files: readonly string[],
  scripts: Scripts,
): Promise<string[]> {
  const m = {} as Record<Pass, PassTime>;
  for (const pass of PASSES) m[pass] = runPassProcess(pass, dir, scripts);
  const coldCheck = coldRun([scripts.main, "check", dir, "--json", "--jobs", "1"], scripts);
  const coldLoad = coldRun([scripts.loadOnce, dir], scripts);
  return [
    `${label}: ${files.length} files; each pass in its own process, median of ${ROUNDS} rounds after ${WARM} untimed`,
    describe("(a) exceljs load only, 1 thread", files.length, m.load),
    describe("(f) floor: read + inflate the parts", files.length, m.floor),
    describe("    lean read into grids", files.length, m.read),
    describe("(c) check --json --jobs 1 (bundle)", files.length, m.check),
    describe("    checkFiles, 1 job", files.length, m.checkFiles),
    describe("    checkFiles, 2 jobs (main + 1 worker)", files.length, m.checkFiles2),
    `check ÷ exceljs-load (c/a): ${ratio(m.check, m.load)}   (goal ≤ ×0.50 CPU)`,
    `check ÷ floor (c/f): ${ratio(m.check, m.floor)}`,
    `lean read ÷ exceljs-load: ${ratio(m.read, m.load)}`,
    describe("cold: node main.js check --json, whole", files.length, coldCheck),
    describe("cold: node + exceljs loading, whole", files.length, coldLoad),
    `cold check ÷ cold exceljs-load (one fresh process each, start-up and JIT included): ${ratio(coldCheck, coldLoad)}`,
  ];
}

/**
 * Where do workers start to pay, for a reviewer's single run? The command as shipped, in a fresh
 * process from start to exit, with --jobs 1 and --jobs 2 (main thread + 1 worker) on n files (the
 * generated ones, cycled), wall clock, median of 3. Up to PERF_BREAK_EVEN_MAX files (default 1600).
 */
async function measureBreakEven(root: string, files: readonly string[], scripts: Scripts): Promise<string[]> {
  const lines: string[] = [
    "worker break-even (fresh process each run, wall clock, median of 3; 2 jobs = main thread + 1 bundled worker):",
  ];
  const most = Number(process.env.PERF_BREAK_EVEN_MAX ?? 1600);
  let breakEven: number | undefined;
  for (const n of [100, 200, 400, 800, 1600, 3200, 6400].filter((x) => x <= most)) {
    const dir = join(root, `break-even-${n}`);
    await mkdir(dir);
    for (let i = 0; i < n; i++) {
      await link(files[i % files.length] ?? "", join(dir, `p${String(i).padStart(5, "0")}.xlsx`));
    }
    const one = coldRun([scripts.main, "check", dir, "--json", "--jobs", "1"], scripts);
    const two = coldRun([scripts.main, "check", dir, "--json", "--jobs", "2"], scripts);
    if (breakEven === undefined && two.wall < one.wall) breakEven = n;
    lines.push(
      `  ${String(n).padStart(4)} files: 1 job ${one.wall.toFixed(2)} s, 2 jobs ${two.wall.toFixed(2)} s wall (×${(one.wall / two.wall).toFixed(2)}); CPU ${one.cpu.toFixed(2)} vs ${two.cpu.toFixed(2)} s`,
    );
    await rm(dir, { recursive: true, force: true });
  }
  lines.push(
    `  2 jobs first win at ${breakEven ?? "none of these sizes"} files (availableParallelism ${availableParallelism()}; the CLI's default: a lane per ${WORKER_BREAK_EVEN} files on 2 CPUs, per ${WORKER_BREAK_EVEN_FREE_CORE} with more)`,
  );
  return lines;
}

export async function run(): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), "perf-check-bench-"));
  let dist: string | undefined;
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
    // The command and its worker as `npm run build:cli` ships them (esbuild, which tsx brings), side by
    // side in one folder as in dist-cli/.
    dist = await bundleDir();
    const main = await bundleCli("src/cli/main.ts", join(dist, "main.js"));
    await bundleCli("src/cli/check/checkWorker.ts", join(dist, "checkWorker.js"));
    const scripts: Scripts = {
      main,
      pass: await bundleCli("bench/checkPass.ts", join(dist, "checkPass.js")),
      cpuAtExit: join(root, "cpuAtExit.js"),
      loadOnce: join(root, "loadOnce.js"),
    };
    await writeFile(
      scripts.cpuAtExit,
      `process.on("exit", () => { const c = process.cpuUsage(); process.stderr.write("perf-cpu-at-exit " + (c.user + c.system) / 1e6 + "\\n"); });\n`,
    );
    await writeFile(
      scripts.loadOnce,
      `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});
const fs = require("fs"), path = require("path");
(async () => {
  const dir = process.argv[2];
  for (const f of fs.readdirSync(dir).sort()) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(path.join(dir, f)));
})();
`,
    );
    lines.push(...(await measureSet("generated", join(root, "generated"), generated, scripts)));
    lines.push(...(await measureSet("real filled tables", join(root, "real"), real, scripts)));
    lines.push(...(await measureBreakEven(root, generated, scripts)));
    lines.push(
      `load average after the run: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" / ")} on ${cpus().length} CPUs (wall-clock figures are only comparable on an idle machine)`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
    if (dist !== undefined) await rm(dist, { recursive: true, force: true });
  }
  return lines;
}
