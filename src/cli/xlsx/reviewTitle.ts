/**
 * Title written into every review workbook (docProps/core.xml), to recognise our own output. Not the
 * creator alone: templates written by this tool are submissions and carry a PerfTables creator too.
 */
export const REVIEW_TITLE = "perf-tables check report";
