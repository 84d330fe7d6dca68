import type { CellData, SheetData } from "../../src/core/workbook";
import { EMPTY_CELL } from "../../src/core/workbook";
import { renderedRows, rowOffsets, sheetMerges, spanOf } from "../../src/demo/gridGeometry";

/** A sheet of `rows` × 4 cells from A1, with B2:C3 merged and, far down, A{n}:D{n+1}. */
function sheet(rows: number, farMerge: number): { data: SheetData; rowsRead: () => number } {
  const cells: CellData[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: CellData[] = [];
    for (let c = 0; c < 4; c++) {
      const merge =
        r >= 1 && r <= 2 && c >= 1 && c <= 2
          ? "B2:C3"
          : r >= farMerge && r <= farMerge + 1
            ? `A${farMerge + 1}:D${farMerge + 2}`
            : undefined;
      line.push(merge ? { ...EMPTY_CELL, merge } : EMPTY_CELL);
    }
    cells.push(line);
  }
  let read = 0;
  const watched = new Proxy(cells, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) read = Math.max(read, Number(key) + 1);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { data: { name: "S", startRow: 0, startCol: 0, cells: watched }, rowsRead: () => read };
}

describe("sheetMerges", () => {
  test("reads the sheet's cells only as far down as it is asked about", () => {
    const { data, rowsRead } = sheet(20_000, 15_000);
    const merges = sheetMerges(data);
    expect(merges.areaOf(2, 2)).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(merges.areaOf(0, 0)).toBeUndefined();
    expect(rowsRead()).toBe(3);
    expect(merges.areaOf(15_001, 3)).toEqual({ top: 15_000, left: 0, bottom: 15_001, right: 3 });
    expect(rowsRead()).toBe(15_002);
  });

  test("a selection or the rendered rows take in every merged area they touch", () => {
    const { data } = sheet(100, 40);
    const merges = sheetMerges(data);
    expect(spanOf({ row: 0, col: 1 }, { row: 1, col: 1 }, merges)).toEqual({
      top: 0,
      left: 1,
      bottom: 2,
      right: 2,
    });
    expect(spanOf({ row: 38, col: 3 }, { row: 40, col: 3 }, merges)).toEqual({
      top: 38,
      left: 0,
      bottom: 41,
      right: 3,
    });
    const offsets = rowOffsets(100, () => 20);
    expect(renderedRows(offsets, 2 * 20, 40 * 20, merges)).toEqual({ first: 1, last: 41 });
  });
});
