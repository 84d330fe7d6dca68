import type { IndicatorTable } from "./types";

/**
 * The widest text of each indicator-table column, in characters: header words (label and year go
 * on two lines), values, status marks. Renderers size the value columns from it, so
 * "Maximaal 15 min" fits on one line and "8,0" columns stay narrow.
 */
export function columnChars(table: IndicatorTable): number[] {
  const longest = (texts: readonly string[]) =>
    Math.max(0, ...texts.flatMap((t) => t.split("\n")).map((line) => line.length));
  return table.columns.map((column, i) => {
    const header =
      column.role === "value"
        ? [column.label, column.year === null ? "" : String(column.year)]
        : column.text.split(" ");
    const body = table.rows.flatMap((r) => {
      if (r.type === "group") return [];
      if (column.role === "name") return [r.name];
      if (column.role === "status") return [r.status?.text ?? ""];
      return [r.values[i - 1]?.text ?? ""];
    });
    return longest([...header, ...body]);
  });
}
