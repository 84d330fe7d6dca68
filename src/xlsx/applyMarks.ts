import type ExcelJS from "exceljs";
import { MARK_RULE_FORMULA, MARK_STYLES, type Mark, type MarkKind } from "../core/marks";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * Puts the add-in's marks on an exceljs workbook the way the add-in does in Excel: conditional
 * formats (the cells' own fills and fonts stay as they are) and a note per marked cell. A cell
 * that already has a note of the user's keeps it; the explanation is added below it.
 */
export function applyMarksToWorkbook(
  workbook: ExcelJS.Workbook,
  marks: readonly Mark[]
): { sheets: number; cells: number } {
  const bySheet = new Map<string, Mark[]>();
  for (const m of marks) bySheet.set(m.sheet, [...(bySheet.get(m.sheet) ?? []), m]);
  let cells = 0;
  for (const [sheetName, sheetMarks] of bySheet) {
    const ws = workbook.getWorksheet(sheetName);
    if (!ws) continue;
    const byKind = new Map<MarkKind, string[]>();
    for (const m of sheetMarks) {
      byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m.cell]);
      const cell = ws.getCell(m.cell);
      const existing =
        typeof cell.note === "string"
          ? cell.note
          : cell.note
            ? (cell.note.texts ?? []).map((t) => t.text).join("")
            : "";
      cell.note = existing ? `${existing}\n\n${m.note}` : m.note;
      cells++;
    }
    let priority = 1;
    for (const [kind, refs] of byKind) {
      const style = MARK_STYLES[kind];
      ws.addConditionalFormatting({
        ref: refs.join(" "),
        rules: [
          {
            type: "expression",
            priority: priority++,
            formulae: [MARK_RULE_FORMULA.replace(/^=/, "")],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) } },
              font: { color: { argb: argb(style.font) } },
            },
          },
        ],
      });
    }
  }
  return { sheets: bySheet.size, cells };
}
