import type { Message } from "../types";

/** Errors raised while opening a workbook (CLI reader). Each code carries the file `path`. */
export const workbookMessages = {
  WORKBOOK_NOT_FOUND: {
    "zh-CN": "无法打开文件“{path}”：文件不存在或无权读取。",
    en: "Cannot open “{path}”: the file does not exist or cannot be read.",
  },
  WORKBOOK_CORRUPT: {
    "zh-CN":
      "文件“{path}”已损坏，无法作为 Excel 工作簿读取（技术信息：{detail}）。请在 Excel 中打开并重新保存。",
    en: "“{path}” is damaged and cannot be read as an Excel workbook ({detail}). Open it in Excel and save it again.",
  },
  WORKBOOK_NOT_XLSX: {
    "zh-CN": "文件“{path}”不是 .xlsx 工作簿（识别为：{format}）。请在 Excel 中另存为 .xlsx 格式。",
    en: "“{path}” is not an .xlsx workbook (looks like: {format}). Save it as .xlsx in Excel.",
  },
  WORKBOOK_XLS: {
    "zh-CN": "文件“{path}”是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再检查。",
    en: "“{path}” is in the old .xls format; save it as .xlsx in Excel and check it again.",
  },
  WORKBOOK_ENCRYPTED: {
    "zh-CN": "文件“{path}”设有打开密码（已加密），无法读取。请取消密码后再检查。",
    en: "“{path}” is password-protected (encrypted) and cannot be read. Remove the password and check it again.",
  },
  WORKBOOK_TOO_LARGE: {
    "zh-CN": "文件“{path}”过大（{size}），超过上限 {limit}。",
    en: "“{path}” is too large ({size}); the limit is {limit}.",
  },
  WORKBOOK_TOO_MANY_ROWS: {
    "zh-CN": "文件“{path}”的工作表“{sheet}”有 {rows} 行，超过上限 {limit} 行。",
    en: "Sheet “{sheet}” of “{path}” has {rows} rows; the limit is {limit} rows.",
  },
  WORKBOOK_SHEET_TOO_LARGE: {
    "zh-CN":
      "文件“{path}”的工作表“{sheet}”中的内容分布在 {range} 范围内，需读取约 {cells} 个单元格，超过上限 {limit} 个，无法检查。请删除表格以外远处的多余内容后再检查。",
    en: "Sheet “{sheet}” of “{path}” holds values spread over {range}, about {cells} cells to read; the limit is {limit}. Delete the stray content far from the table and check it again.",
  },
  WORKBOOK_SHEET_SCATTERED: {
    "zh-CN":
      "文件“{path}”的工作表“{sheet}”中的内容分散在 {range} 范围内 {regions} 处互不相连的位置，无法检查。请删除表格以外远处的多余内容后再检查。",
    en: "Sheet “{sheet}” of “{path}” holds values scattered over {regions} separate places in {range}; it cannot be checked. Delete the stray content far from the table and check it again.",
  },
  WORKBOOK_MERGES_REPAIRED: {
    "zh-CN":
      "工作簿中有 {count} 处合并单元格与其他合并区域重复或重叠（{ranges}），已像 Excel 修复文件时一样忽略这些合并后读取，单元格内容未受影响。建议在 Excel 中打开并重新保存。",
    en: "{count} merged ranges of the workbook repeat or overlap another merge ({ranges}); they were ignored, as Excel does when it repairs the file, and no cell content was lost. Open the file in Excel and save it again.",
  },
  WORKBOOK_PART_TOO_LARGE: {
    "zh-CN":
      "文件“{path}”中的“{part}”解压后超过 {limit}，远大于任何绩效表格，可能是损坏或恶意构造的文件，已停止读取。",
    en: "“{part}” in “{path}” unpacks to more than {limit}, far more than any performance table: the file is damaged or crafted, and reading stopped.",
  },
  WORKBOOK_UNPACKED_TOO_LARGE: {
    "zh-CN":
      "文件“{path}”解压后的内容合计超过 {limit}，远大于任何绩效表格，可能是损坏或恶意构造的文件，已停止读取。",
    en: "The parts of “{path}” unpack to more than {limit} together, far more than any performance table: the file is damaged or crafted, and reading stopped.",
  },
  WORKBOOK_TOO_MANY_MERGES: {
    "zh-CN": "文件“{path}”的工作表“{sheet}”有 {merges} 处合并单元格，超过上限 {limit} 处，无法检查。",
    en: "Sheet “{sheet}” of “{path}” has {merges} merged ranges; the limit is {limit}.",
  },
  WORKBOOK_EMPTY: {
    "zh-CN": "文件“{path}”是空文件（0 字节），不含任何数据。",
    en: "“{path}” is an empty file (0 bytes) and contains no data.",
  },
} as const satisfies Record<string, Message>;
