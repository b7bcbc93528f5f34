export { mountApp, mountOutsideExcel } from "./mountApp";
export { createExcelServices } from "./excelServices";
export { pickLocale } from "./i18n";
