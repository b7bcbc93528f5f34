import type { Message } from "../types";

/** Messages of the command line (`perf-tables check` / `template`) added after QA; older ones live in validation.ts. */
export const cliMessages = {
  // ── where the review workbook / template goes ───────────────────────────────────────────────
  CHECK_REPORT_EXISTS: {
    "zh-CN":
      "报告文件“{path}”已存在且不是审核报告，未覆盖，也未开始检查。如需覆盖请加 --force，或另选报告文件名。",
    en: "The report file “{path}” already exists and is not a review report: it was not overwritten and nothing was checked. Add --force to overwrite it, or choose another name.",
  },
  CHECK_REPORT_IS_FOLDER: {
    "zh-CN": "报告路径“{path}”是一个文件夹。请在其后写上文件名，例如 {path}/审核.xlsx。",
    en: "The report path “{path}” is a folder. Add a file name, e.g. {path}/review.xlsx.",
  },
  CHECK_REPORT_NO_FOLDER: {
    "zh-CN": "报告所在的文件夹“{folder}”不存在，未开始检查。请先创建该文件夹，或另选报告路径。",
    en: "The report's folder “{folder}” does not exist; nothing was checked. Create the folder first, or choose another report path.",
  },
  TEMPLATE_OUTPUT_IS_FOLDER: {
    "zh-CN": "输出路径“{path}”是一个文件夹。请在其后写上文件名，例如 {path}/自评表.xlsx。",
    en: "The output path “{path}” is a folder. Add a file name, e.g. {path}/self-eval.xlsx.",
  },
  TEMPLATE_OUTPUT_NO_FOLDER: {
    "zh-CN": "输出文件所在的文件夹“{folder}”不存在。请先创建该文件夹，或另选输出路径。",
    en: "The output file's folder “{folder}” does not exist. Create the folder first, or choose another output path.",
  },
  TEMPLATE_OUTPUT_NOT_XLSX: {
    "zh-CN": "输出文件名“{path}”须以 .xlsx 结尾（生成的是 Excel 工作簿），未写入任何文件。",
    en: "The output file name “{path}” must end in .xlsx (an Excel workbook is written); nothing was written.",
  },
} as const satisfies Record<string, Message>;
