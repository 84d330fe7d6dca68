/**
 * The findings workbook for reviewers (`--report bevindingen.xlsx`): a sheet with a row per finding
 * (cell as a hyperlink into the checked or highlighted workbook, autofilter, frozen header row,
 * severity in the marks' colours) and a sheet that counts findings by programme and code.
 */
import ExcelJS from "exceljs";
import { MARK_STYLES } from "../core/marks";
import type { Lang } from "../core/messages";
import {
  countColumns,
  countFindings,
  findingColumns,
  findingSheetNames,
  fitWidth,
  type FindingRow,
} from "../core/report/findingRows";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Where a row's cell link points: "gemarkeerd.xlsx#'Indicatoren'!D11", or null for no link. */
export type LinkTarget = (row: FindingRow) => string | null;

export function buildFindingsWorkbook(
  rows: readonly FindingRow[],
  lang: Lang,
  link: LinkTarget
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const names = findingSheetNames(lang);

  const columns = findingColumns(rows, lang);
  const sheet = addTable(
    workbook,
    names.findings,
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.value(r))),
    columns.map((c) => c.maxWidth)
  );
  const cellColumn = columns.findIndex((c) => c.key === "cell") + 1;
  const severityColumn = columns.findIndex((c) => c.key === "severity") + 1;
  const messageColumn = columns.findIndex((c) => c.key === "message") + 1;
  rows.forEach((r, i) => {
    const row = sheet.getRow(i + 2);
    const target = r.cell ? link(r) : null;
    if (target) {
      const cell = row.getCell(cellColumn);
      cell.value = { text: r.cell, hyperlink: target };
      cell.font = { color: { argb: "FF0563C1" }, underline: true };
    }
    const style = r.severity === "info" ? null : MARK_STYLES[r.severity];
    if (style) {
      const cell = row.getCell(severityColumn);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
      cell.font = { color: { argb: argb(style.font) } };
    }
    row.getCell(messageColumn).alignment = { wrapText: true, vertical: "top" };
  });

  const counts = countFindings(rows);
  const countCols = countColumns(counts, lang);
  addTable(
    workbook,
    names.counts,
    countCols.map((c) => c.header),
    counts.map((c) => countCols.map((col) => col.value(c))),
    countCols.map(() => 40)
  );
  return workbook;
}

/** A sheet with a bold, frozen, filtered header row over the values, columns as wide as they need. */
function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  values: readonly (string | number | null)[][],
  maxWidths: readonly number[]
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of values) sheet.addRow(row.map((v) => v ?? ""));
  header.forEach((h, i) => {
    sheet.getColumn(i + 1).width = fitWidth([h, ...values.map((row) => row[i] ?? null)], maxWidths[i]!);
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, values.length + 1), column: header.length },
  };
  return sheet;
}
