/**
 * The Node side of reading what only LibreOffice opens (.doc, .wps, OpenDocument, RTF, other OLE
 * files): `soffice --headless --convert-to xlsx|docx` on a copy in a temporary folder outside the
 * input folder (nothing is written beside a submission), with its own profile folder (no clash with
 * a LibreOffice the user has open, nor between parallel workers) and a time limit.
 */
import { execFile } from "node:child_process";
import { constants, rmSync } from "node:fs";
import { access, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ConvertibleFormat, Converter } from "../../readers/readAnyWorkbook";
import { failWorkbook } from "../../readers/workbookRead";

/** A conversion taking longer than this is stopped (a hostile or huge document). */
const CONVERSION_TIMEOUT_MS = 90_000;

/** The Debian packages that bring soffice and the filters for each kind of document. */
const PACKAGES: Record<ConvertibleFormat, string> = {
  doc: "libreoffice-writer-nogui",
  odt: "libreoffice-writer-nogui",
  rtf: "libreoffice-writer-nogui",
  ods: "libreoffice-calc-nogui",
  ole: "libreoffice-calc-nogui libreoffice-writer-nogui",
  zip: "libreoffice-calc-nogui libreoffice-writer-nogui",
};

/** What each format is converted to; unknown containers are tried as a spreadsheet, then as text. */
const TARGETS: Record<ConvertibleFormat, readonly ("xlsx" | "docx")[]> = {
  doc: ["docx"],
  odt: ["docx"],
  rtf: ["docx"],
  ods: ["xlsx"],
  ole: ["xlsx", "docx"],
  zip: ["xlsx", "docx"],
};

/** Extension of the copy LibreOffice opens (it detects the type by content, but uses this as a hint). */
const INPUT_EXTENSIONS: Record<ConvertibleFormat, string> = {
  doc: ".doc",
  odt: ".odt",
  rtf: ".rtf",
  ods: ".ods",
  ole: "",
  zip: "",
};

/**
 * A {@link Converter} running LibreOffice, or one that explains it is missing when soffice is not on
 * the PATH.
 *
 * @example
 * const convert = await makeLibreOfficeConverter();
 * await readAnyWorkbook(bytes, { name: path, readXlsx, convert });
 */
export async function makeLibreOfficeConverter(env: NodeJS.ProcessEnv = process.env): Promise<Converter> {
  const soffice = await findOnPath("soffice", env);
  // One profile folder per converter (per thread), made on first use: LibreOffice's first start in a
  // new profile costs seconds, later starts reuse it. Conversions of one converter run one at a time
  // (files are checked one after the other in a thread), so they never share it concurrently.
  let profile: Promise<string> | undefined;
  return async (bytes, format, name) => {
    if (!soffice) {
      return failWorkbook("WORKBOOK_NEEDS_LIBREOFFICE", { path: name, format, package: PACKAGES[format] });
    }
    profile ??= makeProfileFolder();
    const profileDir = await profile;
    const work = await mkdtemp(join(tmpdir(), "perf-tables-convert-"));
    try {
      const ext = INPUT_EXTENSIONS[format] || extname(name).toLowerCase() || ".bin";
      const input = join(work, `input${ext}`);
      await writeFile(input, bytes);
      let detail = "";
      for (const to of TARGETS[format]) {
        const out = join(work, to);
        const run = await runSoffice(soffice, profileDir, input, to, out);
        const written = (await readdir(out).catch(() => [])).find((f) => f.endsWith(`.${to}`));
        if (written) return { bytes: new Uint8Array(await readFile(join(out, written))), to };
        detail = run || `no ${to} written`;
      }
      return failWorkbook("WORKBOOK_CONVERSION_FAILED", { path: name, format, detail: detail.slice(0, 200) });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  };
}

/** A temporary LibreOffice profile folder, removed when the process (or worker thread) exits. */
async function makeProfileFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "perf-tables-lo-profile-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs one conversion; resolves with what went wrong ("" when soffice exited normally). */
function runSoffice(
  soffice: string,
  work: string,
  input: string,
  to: string,
  outdir: string,
): Promise<string> {
  const profile = pathToFileURL(join(work, "profile")).href;
  const args = [
    `-env:UserInstallation=${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    to,
    "--outdir",
    outdir,
    input,
  ];
  return new Promise((resolvePromise) => {
    execFile(
      soffice,
      args,
      { timeout: CONVERSION_TIMEOUT_MS, killSignal: "SIGKILL", windowsHide: true, maxBuffer: 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolvePromise("");
        const timedOut = error.killed || error.signal === "SIGKILL";
        resolvePromise(
          timedOut ? `timed out after ${CONVERSION_TIMEOUT_MS / 1000} s` : stderr.trim() || error.message,
        );
      },
    );
  });
}

/** The first executable `command` on PATH (PATHEXT on Windows), or undefined. */
async function findOnPath(command: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const ext of extensions) {
      const candidate = join(dir, command + ext);
      const found = await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      );
      if (found) return candidate;
    }
  }
  return undefined;
}
