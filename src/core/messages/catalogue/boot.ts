import type { Message } from "../types";

/**
 * What the pane says before its modern code runs (src/taskpane/boot/boot.ts): while office.js loads,
 * when it does not load, outside Office, and in an Office whose webview or API sets cannot run the
 * pane (Office 2016/2019). The build copies these texts into boot.js, an ES5 script, so they reach
 * Trident and EdgeHTML webviews too; keep them plain data. {url} is filled in by boot.js.
 */
export const bootMessages = {
  BOOT_LOADING_OFFICEJS: {
    "zh-CN": "正在加载 office.js…",
    en: "Loading office.js…",
  },
  BOOT_STARTING: { "zh-CN": "正在启动…", en: "Starting…" },
  UI_OPEN_IN_EXCEL: {
    "zh-CN": "请在 Excel 中打开本加载项。",
    en: "Please open this add-in in Excel.",
  },
  UI_OPEN_IN_EXCEL_HINT: {
    "zh-CN":
      "本页面是 Excel 加载项的任务窗格，需要在 Excel（Microsoft 365 或 Office 2021 及以上）中通过“加载项”打开。",
    en: "This page is the task pane of an Excel add-in; open it from Add-ins in Excel (Microsoft 365 or Office 2021 and later).",
  },
  BOOT_OFFICEJS_MISSING: {
    "zh-CN": "无法加载 office.js，任务窗格无法启动。",
    en: "office.js could not be loaded, so the pane cannot start.",
  },
  BOOT_OFFICEJS_MISSING_HINT: {
    "zh-CN":
      "本加载项需要微软的 office.js（{url}）。单位网络可能屏蔽了该地址，或网络太慢。请联系信息部门放行 appsforoffice.microsoft.com，或请管理员改用自带 office.js 的版本（npm run build -- --env officejs=local）重新部署；然后关闭并重新打开任务窗格。",
    en: "This add-in needs Microsoft's office.js ({url}). The network may block that address, or be too slow. Ask IT to allow appsforoffice.microsoft.com, or ask the administrator to deploy the build that carries its own office.js (npm run build -- --env officejs=local); then close and reopen the pane.",
  },
  BOOT_OLD_OFFICE: {
    "zh-CN": "此版本的 Excel 无法运行完整的任务窗格。",
    en: "This version of Excel cannot run the full pane.",
  },
  BOOT_OLD_OFFICE_NEEDS: {
    "zh-CN":
      "任务窗格和 PERF 函数需要 Microsoft 365 或 Office 2021 及以上版本（Windows、Mac 或网页版 Excel）；Office 2016、2019 不支持。",
    en: "The pane and the PERF functions need Microsoft 365 or Office 2021 or later (Excel on Windows, Mac or the web); Office 2016 and 2019 cannot run them.",
  },
  BOOT_OLD_OFFICE_TEMPLATES: {
    "zh-CN":
      "填表：请管理员用命令行 perf-tables template --formulas portable 生成便携模板。便携模板只用 Excel 自带公式，在 Office 2016、2019 和 WPS 中都能计算得分和等级。",
    en: "Filling in: ask the administrator for the portable templates (command line: perf-tables template --formulas portable). They use only Excel's own formulas and compute scores and grades in Office 2016, 2019 and WPS.",
  },
  BOOT_OLD_OFFICE_REVIEW: {
    "zh-CN": "审核：在 Edge 或 Chrome 浏览器中打开 {url}，可检查收到的表格。",
    en: "Reviewing: open {url} in Edge or Chrome to check the tables you received.",
  },
} as const satisfies Record<string, Message>;
