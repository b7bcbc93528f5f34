export { mountApp } from "./mountApp";
export { createExcelServices } from "./excelServices";
