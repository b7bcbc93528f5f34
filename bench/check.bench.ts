/**
 * `perf-tables check` throughput on 1,000 generated self-evaluation workbooks (~60 indicator rows each,
 * the seed 002 layout): files/s for loading only (exceljs), for reading into grids (readWorkbook),
 * for the full check (read + recognise + validate + score) on one thread and on 2 worker threads (the
 * bundled worker of `npm run build:cli`); the overhead on one thread (b/a − 1) and the both-cores ratio
 * (2 workers' wall time against loading alone on one thread; goal: < 15 % more). Figures only, no assertions.
 * Usage: npm run bench -- check   (PERF_CHECK_FILES=200 for a quicker run)
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import ExcelJS from "exceljs";
import { checkFile, checkFiles } from "../src/cli/check";
import { readWorkbook } from "../src/cli/xlsx/readWorkbook";
import { NATIONAL_RULES } from "../src/core/scoring/options";

export const name = "check: load vs load + check, 1 and 2 threads";

const FILES = Number(process.env.PERF_CHECK_FILES ?? 1000);
const ROWS = 60;
const ROUNDS = 3;

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

export async function run(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "perf-check-bench-"));
  const lines: string[] = [];
  try {
    const buildStart = performance.now();
    const files: string[] = [];
    for (let i = 0; i < FILES; i++) {
      const path = join(dir, `p${String(i).padStart(4, "0")}.xlsx`);
      await writeFile(path, await buildWorkbook(i));
      files.push(path);
    }
    lines.push(
      `${FILES} workbooks × ${ROWS} indicator rows generated in ${((performance.now() - buildStart) / 1000).toFixed(1)} s; ${cpus().length} CPUs; load average before: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" / ")}`,
    );
    // One untimed pass warms the file cache and the JIT.
    for (const path of files.slice(0, 100)) await checkFile(path, NATIONAL_RULES);

    let errors = 0;
    // The worker as `npm run build:cli` ships it: one bundled .js file (esbuild, which tsx brings).
    const bundledWorker = join(dir, "checkWorker.js");
    await build({
      entryPoints: [join(__dirname, "../src/cli/check/checkWorker.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      outfile: bundledWorker,
      logLevel: "silent",
    });
    const passes: Record<"load" | "read" | "check" | "workers" | "shared", () => Promise<void>> = {
      load: async () => {
        for (const path of files)
          await new ExcelJS.Workbook().xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
      },
      read: async () => {
        for (const path of files) await readWorkbook(path);
      },
      check: async () => {
        errors = 0;
        for (const path of files) {
          const checked = await checkFile(path, NATIONAL_RULES);
          errors += checked.tables.reduce(
            (n, t) => n + t.findings.filter((f) => f.severity === "error").length,
            0,
          );
        }
      },
      workers: async () => {
        await checkFiles(files, NATIONAL_RULES, {
          jobs: 2,
          workerScript: bundledWorker,
          mainThreadChecks: false,
        });
      },
      shared: async () => {
        await checkFiles(files, NATIONAL_RULES, { jobs: 2, workerScript: bundledWorker });
      },
    };
    // Rounds interleaved, median of each: other processes on the machine disturb single passes.
    const times: Record<keyof typeof passes, PassTime[]> = {
      load: [],
      read: [],
      check: [],
      workers: [],
      shared: [],
    };
    for (let round = 0; round < ROUNDS; round++) {
      for (const key of Object.keys(passes) as (keyof typeof passes)[]) {
        times[key].push(await timePass(passes[key]));
      }
    }
    const load = median(times.load);
    const read = median(times.read);
    const check = median(times.check);
    const workers = median(times.workers);
    const shared = median(times.shared);
    const both = shared.wall <= workers.wall ? shared : workers;
    const overhead = (a: PassTime, b: PassTime): string =>
      `${(((a.cpu - b.cpu) / b.cpu) * 100).toFixed(1)} % CPU (${(((a.wall - b.wall) / b.wall) * 100).toFixed(1)} % wall)`;
    lines.push(
      `median of ${ROUNDS} interleaved rounds:`,
      describe("(a) load only (exceljs, 1 thread)", FILES, load),
      describe("    read into grids (readWorkbook)", FILES, read),
      describe("(b) load + check (checkFile, 1 thread)", FILES, check),
      describe("(c) load + check, 2 workers (bundled)", FILES, workers),
      describe("(c') load + check, main thread + 1 worker", FILES, shared),
      `(b/a − 1) checking overhead on one thread: ${overhead(check, load)}`,
      `(c vs a) both cores, wall clock, best of (c) and (c'): load + check takes ${((both.wall / load.wall - 1) * 100).toFixed(1)} % longer than loading alone on one thread (goal < 15 %)`,
      `both cores vs 1 thread (start-up included): 2 workers ×${(check.wall / workers.wall).toFixed(2)}, main thread + 1 worker ×${(check.wall / shared.wall).toFixed(2)}`,
      `recognise + validate on top of readWorkbook: ${overhead(check, read)}`,
      `error findings in the generated files (expected 0): ${errors}`,
      `load average after the run: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" / ")} on ${cpus().length} CPUs (wall-clock figures are only comparable on an idle machine)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}
