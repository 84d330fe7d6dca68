/**
 * Adds the budget tables as a new worksheet from the shared SheetPlan, so it looks like the
 * .xlsx export. One Excel.run, two syncs: the sheet names, then everything else at once.
 */
import { columnLetters, toA1, toRange } from "../core/address";
import type { SheetPlan } from "../core/layout/sheetPlan";
import { uniqueSheetName } from "../core/layout/uniqueSheetName";
import { LAYOUT_THEME } from "../core/layout/theme";
import { toGatewayError } from "./errors";

export async function insertLayoutSheet(plan: SheetPlan, baseName: string): Promise<string> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();

      const name = uniqueSheetName(
        sheets.items.map((s) => s.name),
        baseName
      );
      const sheet = sheets.add(name);
      plan.columns.forEach((c, i) => {
        sheet.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = c.widthPoints;
      });
      plan.rowHeights.forEach((h, r) => {
        sheet.getRange(`${r + 1}:${r + 1}`).format.rowHeight = h;
      });
      for (const m of plan.merges) sheet.getRange(toRange(m.top, m.left, m.bottom, m.right)).merge(false);
      for (const cell of plan.cells) {
        const range = sheet.getRange(toA1(cell.row, cell.col));
        const { style } = cell;
        // Text format before the value, so "=…" stays text and "8,0" is not turned into a number.
        range.numberFormat = [["@"]];
        range.values = [[cell.text]];
        range.format.font.bold = style.bold;
        range.format.font.italic = style.italic;
        range.format.font.size = style.size;
        range.format.font.color = style.color;
        if (style.fill) range.format.fill.color = style.fill;
        range.format.horizontalAlignment =
          style.hAlign === "left" ? "Left" : style.hAlign === "right" ? "Right" : "Center";
        range.format.verticalAlignment =
          style.vAlign === "top" ? "Top" : style.vAlign === "bottom" ? "Bottom" : "Center";
        range.format.wrapText = style.wrap;
        if (style.border) {
          for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
            const border = range.format.borders.getItem(edge);
            border.style = "Continuous";
            border.color = LAYOUT_THEME.color.border;
          }
        }
      }
      sheet.activate();
      await context.sync();
      return name;
    });
  } catch (e) {
    throw toGatewayError(e, [baseName]);
  }
}
