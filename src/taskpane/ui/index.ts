export { mountApp, mountOutsideExcel } from "./mountApp";
export { createExcelServices } from "./excelServices";
export { pickLocale, createTranslate, type Translate } from "./i18n";
export type { PaneServices } from "./services";
