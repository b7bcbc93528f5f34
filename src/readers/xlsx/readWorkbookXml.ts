import { scanXml, type XmlTag, type XmlVisitor } from "./scanXml";

/** One `<sheet>` of xl/workbook.xml. */
export interface SheetEntry {
  readonly name: string;
  /** sheetId as a number (NaN when missing). */
  readonly id: number;
  /** "visible" (or absent), "hidden" or "veryHidden". */
  readonly state: string | undefined;
  readonly relationId: string | undefined;
}

/**
 * The sheets of xl/workbook.xml in tab order, and whether dates count from 1904 (old Mac workbooks).
 *
 * @example
 * readWorkbookXml('<workbook><workbookPr date1904="1"/><sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>');
 * // → { sheets: [{ name: "自评表", id: 1, state: undefined, relationId: "rId1" }], date1904: true }
 */
export function readWorkbookXml(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const visitor: XmlVisitor = {
    wantText: false,
    open(name: string, tag: XmlTag) {
      if (name === "workbookPr") {
        const value = tag.attr("date1904");
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet") {
        sheets.push({
          name: tag.attr("name") ?? "",
          id: parseInt(tag.attr("sheetId") ?? "", 10),
          state: tag.attr("state"),
          relationId: tag.attr("r:id"),
        });
      }
    },
    text() {},
    close() {},
  };
  scanXml(xml, visitor);
  return { sheets, date1904 };
}
