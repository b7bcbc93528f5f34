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
    "zh-CN":
      "文件“{path}”不是 .xlsx 工作簿，也不是可读取的 .xls/.et 或 Word 文档（识别为：{format}）。请在 Excel 中另存为 .xlsx 格式。",
    en: "“{path}” is not an .xlsx workbook, nor a readable .xls/.et workbook or Word document (looks like: {format}). Save it as .xlsx in Excel.",
  },
  WORKBOOK_XLS: {
    "zh-CN":
      "文件“{path}”是旧版 .xls/.et 工作簿，但无法读取（技术信息：{detail}）。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再提交。",
    en: "“{path}” is an old-format .xls/.et workbook but cannot be read ({detail}). Open it in Excel or WPS, save it as .xlsx and submit it again.",
  },
  WORKBOOK_ENCRYPTED: {
    "zh-CN": "文件“{path}”已加密（设有打开密码），无法读取。文件已加密，请去除密码后再提交。",
    en: "“{path}” is encrypted (it has an opening password) and cannot be read. Remove the password and submit it again.",
  },
  WORKBOOK_PDF: {
    "zh-CN":
      "文件“{path}”是 PDF 文件（常为扫描件或打印稿），无法从中读取表格。请提交 Excel（.xlsx/.xls）或 Word（.docx）原文件。",
    en: "“{path}” is a PDF (often a scan or a printout); no table can be read from it. Submit the original Excel (.xlsx/.xls) or Word (.docx) file.",
  },
  WORKBOOK_DOCX_NO_TABLE: {
    "zh-CN": "Word 文档“{path}”中没有表格，无法检查。请把绩效表做成 Word 表格或 Excel 工作簿后再提交。",
    en: "The Word document “{path}” holds no table and cannot be checked. Submit the performance table as a Word table or an Excel workbook.",
  },
  WORKBOOK_DOCX_CORRUPT: {
    "zh-CN": "Word 文档“{path}”已损坏，无法读取（技术信息：{detail}）。请在 Word 或 WPS 中打开并重新保存。",
    en: "The Word document “{path}” is damaged and cannot be read ({detail}). Open it in Word or WPS and save it again.",
  },
  WORKBOOK_NEEDS_LIBREOFFICE: {
    "zh-CN":
      "文件“{path}”是 {format} 格式，需要 LibreOffice 转换后才能读取，但本机未找到 soffice 命令。请安装 LibreOffice（Debian/Ubuntu：apt-get install {package}），或在 Excel/Word/WPS 中另存为 .xlsx 或 .docx。",
    en: "“{path}” is in the {format} format, which is read after conversion by LibreOffice, but no soffice command was found. Install LibreOffice (Debian/Ubuntu: apt-get install {package}), or save the file as .xlsx or .docx in Excel, Word or WPS.",
  },
  WORKBOOK_CONVERSION_FAILED: {
    "zh-CN":
      "文件“{path}”（{format} 格式）经 LibreOffice 转换失败（技术信息：{detail}）。请在 Excel/Word/WPS 中另存为 .xlsx 或 .docx 后再提交。",
    en: "LibreOffice could not convert “{path}” ({format}) ({detail}). Save it as .xlsx or .docx in Excel, Word or WPS and submit it again.",
  },
  WORKBOOK_NEEDS_CONVERSION: {
    "zh-CN":
      "文件“{path}”是 {format} 格式，此处无法直接读取。请在 Excel/Word/WPS 中另存为 .xlsx 或 .docx，或用命令行 perf-tables check（装有 LibreOffice 时可转换）检查。",
    en: "“{path}” is in the {format} format, which cannot be read here. Save it as .xlsx or .docx in Excel, Word or WPS, or check it with the perf-tables check command line (which converts it when LibreOffice is installed).",
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
  WORKBOOK_UNPACKED_TOO_LARGE: {
    "zh-CN":
      "文件“{path}”解压后的内容合计超过 {limit}，远大于任何绩效表格，可能是损坏或恶意构造的文件，已停止读取。",
    en: "The parts of “{path}” unpack to more than {limit} together, far more than any performance table: the file is damaged or crafted, and reading stopped.",
  },
  WORKBOOK_EMPTY: {
    "zh-CN": "文件“{path}”是空文件（0 字节），不含任何数据。",
    en: "“{path}” is an empty file (0 bytes) and contains no data.",
  },
  WORKBOOK_NOT_REGULAR: {
    "zh-CN": "文件“{path}”不是普通文件（{kind}），未读取。请只提交工作簿文件。",
    en: "“{path}” is not a regular file ({kind}) and was not read. Submit workbook files only.",
  },
  WORKBOOK_DANGLING_LINK: {
    "zh-CN": "文件“{path}”是一个快捷方式（符号链接），但它指向的文件不存在，无法读取。",
    en: "“{path}” is a shortcut (symbolic link) to a file that does not exist; it cannot be read.",
  },
  WORKBOOK_PART_TOO_LARGE: {
    "zh-CN":
      "文件“{path}”中的“{part}”解压后超过上限 {limit}（疑似压缩炸弹或异常文件），未检查。请在 Excel 中打开并重新保存。",
    en: "“{part}” in “{path}” unpacks to more than {limit} (a zip bomb or a damaged file); not checked. Open it in Excel and save it again.",
  },
  WORKBOOK_TOO_MANY_MERGES: {
    "zh-CN": "文件“{path}”的工作表“{sheet}”有 {count} 处合并单元格，超过上限 {limit} 处，无法检查。",
    en: "Sheet “{sheet}” of “{path}” has {count} merged ranges; the limit is {limit}. It cannot be checked.",
  },
  WORKBOOK_MERGE_TOO_LARGE: {
    "zh-CN":
      "文件“{path}”的工作表“{sheet}”中的合并区域共覆盖约 {cells} 个单元格（如 {range}），超过上限 {limit} 个，无法检查。请取消表格以外的大范围合并后再检查。",
    en: "The merged ranges of sheet “{sheet}” of “{path}” cover about {cells} cells (e.g. {range}); the limit is {limit}. Unmerge the large ranges outside the table and check it again.",
  },
  WORKBOOK_CHECK_CRASHED: {
    "zh-CN": "检查文件“{path}”时超出内存上限或意外中止（{reason}），该文件未检查；其他文件不受影响。",
    en: "Checking “{path}” passed its memory budget or stopped unexpectedly ({reason}); this file was not checked. The other files are unaffected.",
  },
} as const satisfies Record<string, Message>;
