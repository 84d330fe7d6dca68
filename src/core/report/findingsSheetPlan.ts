/**
 * "Bevindingen naar nieuw blad": the findings as a sheet plan, so the pane writes them through the
 * same sheet writer as the budget tables (a new sheet, never an existing one overwritten). The
 * header in the tables' theme, the severity in the marks' colours, columns as wide as they need.
 */
import { rowHeight, type CellStyle, type PlannedCell, type SheetPlan } from "../layout/sheetPlan";
import { LAYOUT_THEME } from "../layout/theme";
import { MARK_STYLES } from "../marks";
import type { Lang } from "../messages";
import { findingColumns, fitWidth, type FindingRow } from "./findingRows";

const base: CellStyle = {
  role: "text",
  bold: false,
  italic: false,
  size: LAYOUT_THEME.size.body,
  color: LAYOUT_THEME.color.text,
  fill: null,
  hAlign: "left",
  vAlign: "top",
  wrap: true,
  border: true,
  numberFormat: "@",
};
const HEADER: CellStyle = {
  ...base,
  role: "header",
  bold: true,
  color: LAYOUT_THEME.color.headerText,
  fill: LAYOUT_THEME.color.headerFill,
};
const SEVERITY: Readonly<Record<FindingRow["severity"], CellStyle>> = {
  error: { ...base, role: "status", color: MARK_STYLES.error.font, fill: MARK_STYLES.error.fill },
  warning: { ...base, role: "status", color: MARK_STYLES.warning.font, fill: MARK_STYLES.warning.fill },
  info: { ...base, role: "status" },
};

export function planFindingsSheet(rows: readonly FindingRow[], lang: Lang): SheetPlan {
  const columns = findingColumns(rows, lang);
  const texts = rows.map((r) => columns.map((c) => String(c.value(r) ?? "")));
  const widths = columns.map((c, i) => fitWidth([c.header, ...texts.map((t) => t[i]!)], c.maxWidth));
  const cells: PlannedCell[] = [];
  const heights: number[] = [];
  const put = (row: number, values: readonly string[], styleOf: (col: number) => CellStyle) => {
    let height = 0;
    values.forEach((text, col) => {
      const style = styleOf(col);
      cells.push({ row, col, text, style });
      height = Math.max(height, rowHeight(text, widths[col]!, style));
    });
    heights[row] = Math.round(height * 4) / 4;
  };
  put(
    0,
    columns.map((c) => c.header),
    () => HEADER
  );
  const severityCol = columns.findIndex((c) => c.key === "severity");
  texts.forEach((values, i) =>
    put(i + 1, values, (col) => (col === severityCol ? SEVERITY[rows[i]!.severity] : base))
  );
  return {
    columns: widths.map((w) => ({ widthChars: w, widthPoints: Math.round((w * 7 + 5) * 0.75 * 100) / 100 })),
    rowHeights: heights,
    cells,
    merges: [],
    pageSetup: { orientation: "portrait", paperSize: "A4", fitToWidth: 1 },
  };
}
