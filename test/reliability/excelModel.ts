/**
 * A workbook as read by the .xlsx gateway, loaded into the strict Excel double of test/excel: the
 * same cells, display texts, number formats and merges, as Office.js would hand them over.
 */
import { parseRange, toA1 } from "../../src/core/address";
import { isCellError, type CellValue, type WorkbookData } from "../../src/core/workbook";
import type { CellModel, WorkbookModel } from "../excel/double/model";
import { buildModel, type SheetSpec } from "../excel/excelDouble";

const MS_PER_DAY = 86_400_000;

/** Office.js gives dates as serial numbers and errors as their English text. */
function officeValue(value: CellValue, date1904: boolean): CellModel["value"] {
  if (value instanceof Date)
    return (
      (value.getTime() - Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30)) / MS_PER_DAY
    );
  if (isCellError(value)) return value.error;
  return value;
}

export function excelModelOf(
  data: WorkbookData,
  options: { protectedSheets?: readonly string[] } = {}
): WorkbookModel {
  const date1904 = data.date1904 ?? false;
  const specs: SheetSpec[] = data.sheets.map((sheet) => {
    const merges = new Set<string>();
    const rows = sheet.cells.map((row) =>
      row.map((cell): CellModel | undefined => {
        if (cell.merge) merges.add(cell.merge);
        if (cell.value === null && cell.format === "General") return undefined;
        return {
          value: officeValue(cell.value, date1904),
          text: cell.text,
          ...(cell.format !== "General" && { numberFormat: cell.format }),
          ...(cell.formula !== undefined && { formula: cell.formula }),
        };
      })
    );
    return {
      name: sheet.name,
      start: toA1(sheet.startRow, sheet.startCol),
      rows,
      merges: [...merges].filter((m) => parseRange(m) !== null),
      ...(sheet.hidden && { visibility: "Hidden" as const }),
      ...((sheet.protected || options.protectedSheets?.includes(sheet.name)) && { protected: true }),
    };
  });
  return buildModel(specs);
}
