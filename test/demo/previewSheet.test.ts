import ExcelJS from "exceljs";
import { lookKey, previewSheet } from "../../src/demo/previewSheet";
import { sheetDataFromWorksheet } from "../../src/xlsx/sheetData";

test("cells that look the same share one look, so it is copied once per message to the page", () => {
  const ws = new ExcelJS.Workbook().addWorksheet("S");
  for (let r = 1; r <= 3; r++) {
    ws.getCell(r, 1).value = `bold ${r}`;
    ws.getCell(r, 1).font = { bold: true };
    ws.getCell(r, 2).value = r;
    ws.getCell(r, 2).font = { bold: true, italic: true };
  }
  const { looks } = previewSheet(ws, sheetDataFromWorksheet(ws, false));
  expect(looks.get(lookKey(0, 0))).toEqual({ bold: true });
  expect(looks.get(lookKey(2, 1))).toEqual({ bold: true, italic: true });
  expect(new Set(looks.values()).size).toBe(2);
  expect(looks.size).toBe(6);
});
