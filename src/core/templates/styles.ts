/**
 * The named cell styles every template uses. Fonts follow the printed forms: 宋体 for the table, titles
 * larger and bold; 等线 (Excel's default CJK UI font) for the grey live-check column.
 */
import type { CellStyle } from "./layout";

const BODY = { fontName: "宋体", fontSize: 10.5 } as const;

export const TEMPLATE_STYLES = {
  title: { fontName: "宋体", fontSize: 18, bold: true, hAlign: "center", vAlign: "middle" },
  subtitle: { fontName: "宋体", fontSize: 12, hAlign: "center", vAlign: "middle" },
  /** Lines above the table ("申报单位名称：…"), no border. */
  caption: { ...BODY, hAlign: "left", vAlign: "middle" },
  label: { ...BODY, hAlign: "center", vAlign: "middle", wrap: true, border: true },
  header: {
    ...BODY,
    bold: true,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    border: true,
    fill: "F2F2F2",
  },
  text: { ...BODY, hAlign: "left", vAlign: "middle", wrap: true, border: true, numberFormat: "@" },
  centerText: { ...BODY, hAlign: "center", vAlign: "middle", wrap: true, border: true, numberFormat: "@" },
  longText: { ...BODY, hAlign: "left", vAlign: "top", wrap: true, border: true, numberFormat: "@" },
  amount: { ...BODY, hAlign: "right", vAlign: "middle", border: true, numberFormat: "#,##0.00" },
  rate: { ...BODY, hAlign: "right", vAlign: "middle", border: true, numberFormat: "0.00%" },
  points: { ...BODY, hAlign: "center", vAlign: "middle", border: true, numberFormat: "0.00" },
  /** A value the sheet computes (the unit may still overwrite 得分). */
  computed: {
    ...BODY,
    hAlign: "center",
    vAlign: "middle",
    border: true,
    numberFormat: "0.00",
    fill: "F7F7F7",
  },
  grade: { ...BODY, bold: true, hAlign: "center", vAlign: "middle", border: true, fill: "F7F7F7" },
  check: { fontName: "等线", fontSize: 9, color: "808080", hAlign: "left", vAlign: "middle", wrap: true },
  date: { ...BODY, hAlign: "left", vAlign: "middle", border: true, numberFormat: "yyyy-mm-dd" },
} as const satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof TEMPLATE_STYLES;

/** Red fill of a target cell whose check column has something to say. */
export const CHECK_FILL = { fill: "FFC7CE", color: "9C0006" } as const;
