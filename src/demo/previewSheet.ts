/**
 * What the read-only preview needs of a worksheet beyond the engine's SheetData: column widths,
 * row heights and the cells' own look (bold, fill, alignment, wrapping), read from exceljs.
 */
import type ExcelJS from "exceljs";
import type { SheetData } from "../core/workbook";

export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** "#RRGGBB" */
  readonly color?: string;
  readonly fill?: string;
  readonly hAlign?: "left" | "center" | "right";
  readonly vAlign?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
}

export interface PreviewSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly data: SheetData;
  /** Pixels per 0-based column, where the workbook sets a width. */
  readonly columnWidths: ReadonlyMap<number, number>;
  /** Pixels per 0-based row, where the workbook sets a height. */
  readonly rowHeights: ReadonlyMap<number, number>;
  /** Keyed by lookKey(row, col), 0-based. */
  readonly looks: ReadonlyMap<string, CellLook>;
}

/** Excel's default column (8.43 characters) and row (15 pt) in pixels. */
export const DEFAULT_COLUMN_PX = 64;
export const DEFAULT_ROW_PX = 20;

export const lookKey = (row: number, col: number): string => `${row},${col}`;

/** Excel's character-unit width → pixels at 100 % (Calibri 11: 7 px a digit plus 5 px padding). */
const widthPx = (chars: number): number => Math.round(chars * 7 + 5);
const heightPx = (points: number): number => Math.round((points * 4) / 3);

/** "FF9C0006" → "#9C0006"; theme and indexed colours are left out (the preview has no theme). */
function rgb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  return typeof argb === "string" && /^[0-9a-f]{8}$/i.test(argb)
    ? `#${argb.slice(2).toUpperCase()}`
    : undefined;
}

const H_ALIGN: Readonly<Record<string, CellLook["hAlign"]>> = {
  left: "left",
  center: "center",
  centerContinuous: "center",
  right: "right",
};
const V_ALIGN: Readonly<Record<string, CellLook["vAlign"]>> = {
  top: "top",
  middle: "middle",
  bottom: "bottom",
};

function lookOf(cell: ExcelJS.Cell): CellLook | null {
  const { font, fill, alignment } = cell;
  const solid = fill?.type === "pattern" && fill.pattern === "solid" ? rgb(fill.fgColor) : undefined;
  const look: CellLook = {
    ...(font?.bold ? { bold: true } : {}),
    ...(font?.italic ? { italic: true } : {}),
    ...(rgb(font?.color) ? { color: rgb(font?.color) } : {}),
    ...(solid ? { fill: solid } : {}),
    ...(alignment?.horizontal && H_ALIGN[alignment.horizontal]
      ? { hAlign: H_ALIGN[alignment.horizontal] }
      : {}),
    ...(alignment?.vertical && V_ALIGN[alignment.vertical] ? { vAlign: V_ALIGN[alignment.vertical] } : {}),
    ...(alignment?.wrapText ? { wrap: true } : {}),
  };
  return Object.keys(look).length > 0 ? look : null;
}

/**
 * The preview of one worksheet; `data` is the engine's view of the same sheet. Cells that look the
 * same share one CellLook: a sheet has a handful of looks over up to hundreds of thousands of
 * cells, and a shared object is copied once per message to the page, not once per cell.
 */
export function previewSheet(ws: ExcelJS.Worksheet, data: SheetData): PreviewSheet {
  const columnWidths = new Map<number, number>();
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (typeof width === "number" && width > 0) columnWidths.set(c - 1, widthPx(width));
  }
  const rowHeights = new Map<number, number>();
  const looks = new Map<string, CellLook>();
  const shared = new Map<string, CellLook>();
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (typeof row.height === "number" && row.height > 0) rowHeights.set(rowNumber - 1, heightPx(row.height));
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const look = lookOf(cell);
      if (!look) return;
      const key = JSON.stringify(look);
      if (!shared.has(key)) shared.set(key, look);
      looks.set(lookKey(rowNumber - 1, colNumber - 1), shared.get(key)!);
    });
  });
  return {
    name: ws.name,
    hidden: ws.state === "hidden" || ws.state === "veryHidden",
    data,
    columnWidths,
    rowHeights,
    looks,
  };
}
