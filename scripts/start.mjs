#!/usr/bin/env node
// `npm start`: development server for the add-in on https://localhost:3000, plus how to load it into
// Excel. Needs nothing beyond `npm install` (no office-addin-debugging: it cannot install offline).
//
//   1. makes sure the office-addin-dev-certs certificates exist (trusting them may fail on Linux or
//      without admin rights: that is only a warning, the dev server falls back to what it has);
//   2. on macOS, copies manifest.xml into Excel's sideload folder when that folder exists;
//   3. runs `webpack serve --mode development` and, once the page answers, prints the sideloading steps.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { get } from "node:https";
import { createRequire } from "node:module";
import { homedir, platform } from "node:os";
import { dirname, join } from "node:path";
import { clearTimeout, setTimeout } from "node:timers";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PAGE = "https://localhost:3000/taskpane.html";
const MAC_WEF = join(homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");

function say(zh, en) {
  console.log(`${zh}\n${en}`);
}

async function ensureCertificates() {
  try {
    const certs = require("office-addin-dev-certs");
    await withTimeout(certs.ensureCertificatesAreInstalled(), 120_000);
  } catch (error) {
    const reason = String(error?.message ?? error).split("\n")[0];
    say(
      `⚠ 开发证书未能安装为受信任证书（${reason}）。服务器仍会启动；如浏览器或 Excel 提示证书不受信任，请手动信任 ~/.office-addin-dev-certs/ca.crt。`,
      `⚠ The development certificate could not be trusted (${reason}). The server starts anyway; if the browser or Excel rejects the certificate, trust ~/.office-addin-dev-certs/ca.crt by hand.`,
    );
  }
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function sideloadOnMac() {
  if (platform() !== "darwin" || !existsSync(MAC_WEF)) return false;
  try {
    copyFileSync(join(root, "manifest.xml"), join(MAC_WEF, "perf-tables.manifest.xml"));
    return true;
  } catch (error) {
    say(
      `⚠ 无法复制清单到 ${MAC_WEF}：${error.message}`,
      `⚠ Could not copy the manifest to ${MAC_WEF}: ${error.message}`,
    );
    return false;
  }
}

/** Resolves once the page answers (any status), or after `ms` in any case. */
function waitForPage(ms) {
  const deadline = Date.now() + ms;
  return new Promise((resolve) => {
    const attempt = () => {
      const request = get(PAGE, { rejectUnauthorized: false, timeout: 5000 }, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      });
      request.on("error", retry);
      request.on("timeout", () => request.destroy(new Error("timeout")));
    };
    const retry = () => (Date.now() > deadline ? resolve(false) : setTimeout(attempt, 1000));
    attempt();
  });
}

function printInstructions(copiedToMac) {
  const manifest = join(root, "manifest.xml");
  console.log("");
  say("✔ PerfTables 开发服务器已启动：" + PAGE, "✔ PerfTables dev server is running: " + PAGE);
  console.log("");
  say(
    "在 Excel 中加载加载项（清单文件：" + manifest + "）：",
    "Load the add-in into Excel (manifest: " + manifest + "):",
  );
  say(
    "• 网页版 Excel：开始 → 加载项（或 插入 → 加载项）→ 更多加载项 → 我的加载项 → 上传我的加载项，选择 manifest.xml。",
    "• Excel on the web: Home → Add-ins (or Insert → Add-ins) → More add-ins → My Add-ins → Upload My Add-in, choose manifest.xml.",
  );
  say(
    "• Windows 桌面版：把 manifest.xml 放进一个共享文件夹，在 文件 → 选项 → 信任中心 → 信任中心设置 → 受信任的加载项目录 中添加该共享路径（勾选“显示在菜单中”），重启 Excel，然后 开始 → 加载项 → 共享文件夹。",
    "• Excel on Windows: put manifest.xml in a shared folder, add its network path under File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs (tick “Show in Menu”), restart Excel, then Home → Add-ins → Shared Folder.",
  );
  if (copiedToMac) {
    say(
      "• macOS 桌面版：已自动复制到 " + MAC_WEF + "，重启 Excel 后在 开始 → 加载项 中选择 PerfTables。",
      "• Excel on macOS: copied to " + MAC_WEF + "; restart Excel and pick PerfTables under Home → Add-ins.",
    );
  } else {
    say(
      "• macOS 桌面版：把 manifest.xml 复制到 " +
        MAC_WEF +
        "（先运行一次 Excel 以创建该文件夹），重启 Excel。",
      "• Excel on macOS: copy manifest.xml to " +
        MAC_WEF +
        " (run Excel once so the folder exists), then restart Excel.",
    );
  }
  say(
    "加载后点击 开始 → 绩效表格 打开任务窗格；在单元格中输入 =PERF. 可使用评分函数。按 Ctrl+C 停止服务器。",
    "Then open the pane with Home → Performance tables, and type =PERF. in a cell for the scoring functions. Ctrl+C stops the server.",
  );
  console.log("");
}

await ensureCertificates();
const copiedToMac = sideloadOnMac();

const webpackCli = require.resolve("webpack-cli/bin/cli.js");
const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
  cwd: root,
  stdio: "inherit",
  env: process.env,
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

if (await waitForPage(180_000)) {
  printInstructions(copiedToMac);
} else if (server.exitCode === null) {
  say(
    "⚠ 开发服务器尚未响应 " + PAGE + "，请查看上方的 webpack 输出。",
    "⚠ The dev server does not answer " + PAGE + " yet; see the webpack output above.",
  );
}
