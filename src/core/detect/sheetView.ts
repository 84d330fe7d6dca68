import { parseRange, type RangeRef } from "../address";
import { cleanText } from "../values/text";
import { cellAt, EMPTY_CELL, isCellError, type CellData, type SheetData } from "../workbook";

/**
 * Read access to one sheet for detection: merged cells resolved to their top-left cell,
 * text cleaned, absolute 0-based coordinates.
 */
export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly merges = new Map<string, RangeRef | null>();
  /** Cleaned texts per row, filled on first use: detection and reading ask for each cell many times. */
  private readonly texts: (string[] | undefined)[] = [];
  private readonly bodyTexts: (string[] | undefined)[] = [];

  constructor(readonly sheet: SheetData) {
    this.name = sheet.name;
    this.top = sheet.startRow;
    this.left = sheet.startCol;
    this.bottom = sheet.startRow + sheet.cells.length - 1;
    let width = 0;
    for (const row of sheet.cells) if (row.length > width) width = row.length;
    this.right = sheet.startCol + width - 1;
  }

  /** The cell itself, without merge resolution. */
  raw(row: number, col: number): CellData {
    return cellAt(this.sheet, row, col);
  }

  mergeOf(row: number, col: number): RangeRef | null {
    const { merge } = this.raw(row, col);
    if (!merge) return null;
    let ref = this.merges.get(merge);
    if (ref === undefined) {
      ref = parseRange(merge);
      this.merges.set(merge, ref);
    }
    return ref;
  }

  /** The cell, or the top-left cell of the merge it belongs to. */
  cell(row: number, col: number): CellData {
    const merge = this.mergeOf(row, col);
    if (merge && (merge.top !== row || merge.left !== col))
      return this.raw(merge.top, merge.left) ?? EMPTY_CELL;
    return this.raw(row, col);
  }

  /**
   * A body cell: a vertical merge resolves to its top cell, but a cell covered by a merge that
   * starts in a column to its left is empty (a legend merged across the table is one cell, not six).
   */
  bodyCell(row: number, col: number): CellData {
    const merge = this.mergeOf(row, col);
    if (merge && merge.left !== col) return EMPTY_CELL;
    return this.cell(row, col);
  }

  bodyText(row: number, col: number): string {
    if (col < this.left || col > this.right || row < this.top || row > this.bottom)
      return cellText(this.bodyCell(row, col));
    return (this.bodyTexts[row - this.top] ??= this.rowTexts(row, (c) => this.bodyCell(row, c)))[
      col - this.left
    ]!;
  }

  /** Cleaned text of a cell (line breaks kept), "" when empty. */
  text(row: number, col: number): string {
    if (col < this.left || col > this.right || row < this.top || row > this.bottom)
      return cellText(this.cell(row, col));
    return (this.texts[row - this.top] ??= this.rowTexts(row, (c) => this.cell(row, c)))[col - this.left]!;
  }

  private rowTexts(row: number, cellOf: (col: number) => CellData): string[] {
    const out: string[] = [];
    for (let c = this.left; c <= this.right; c++) out.push(cellText(cellOf(c)));
    return out;
  }

  isBlankRow(row: number, left = this.left, right = this.right): boolean {
    for (let c = left; c <= right; c++) if (this.text(row, c) !== "") return false;
    return true;
  }

  /** Non-empty columns of a row within [left, right]. */
  filledColumns(row: number, left = this.left, right = this.right): number[] {
    const out: number[] = [];
    for (let c = left; c <= right; c++) if (this.text(row, c) !== "") out.push(c);
    return out;
  }
}

/** The cell's cleaned text. */
export function cellText(cell: CellData): string {
  const { value } = cell;
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return cleanText(value);
  if (cell.text) return cleanText(cell.text);
  if (isCellError(value)) return value.error;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  return String(value);
}
