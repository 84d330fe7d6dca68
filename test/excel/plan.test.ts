import { MARK_STYLES } from "../../src/core/marks";
import type { CellAddress } from "../../src/core/address";
import { quoteSheetName, splitAreas, splitSheetAddress } from "../../src/excel/addresses";
import { toCellValue } from "../../src/excel/cellData";
import { markerFormula, markerKind, planMarkFormats } from "../../src/excel/markPlan";
import {
  READ_LIMITS,
  cellCount,
  cellsPerSync,
  outsideWindow,
  planSyncs,
  windowSize,
  withMeasuredCells,
} from "../../src/excel/readPlan";

describe("addresses", () => {
  it.each([
    ["Blad1!B3:C4", { sheet: "Blad1", range: "B3:C4" }],
    ["'Begroting 2026'!A1", { sheet: "Begroting 2026", range: "A1" }],
    ["'It''s, ok'!D4", { sheet: "It's, ok", range: "D4" }],
    ["B2", { sheet: "", range: "B2" }],
  ])("splits %s", (address, expected) => {
    expect(splitSheetAddress(address)).toEqual(expected);
  });

  it("splits area lists on commas outside quoted names", () => {
    expect(splitAreas("'A, B'!A1:B2, 'A, B'!D4,Blad1!C1")).toEqual(["'A, B'!A1:B2", "'A, B'!D4", "Blad1!C1"]);
  });

  it.each([
    ["Blad1", "Blad1"],
    ["Begroting 2026", "'Begroting 2026'"],
    ["AB12", "'AB12'"],
    ["It's", "'It''s'"],
  ])("quotes %s as %s", (name, quoted) => expect(quoteSheetName(name)).toBe(quoted));
});

describe("cell values", () => {
  it.each([
    ["", null],
    ["#N/A", { error: "#N/A" }],
    ["#DIV/0!", { error: "#DIV/0!" }],
    ["#NB", "#NB"],
    [0.75, 0.75],
    [false, false],
    [undefined, null],
  ])("%p → %p", (raw, value) => expect(toCellValue(raw)).toEqual(value));
});

describe("read plan", () => {
  it("sizes the windows to share one sync", () => {
    // 4.5 MB at 45 bytes a cell (values, text, numberFormat, valueTypes): 100,000 cells over 13 columns.
    expect(windowSize(1)).toEqual({ rows: 7_692, cols: 13 });
    expect(windowSize(2)).toEqual({ rows: 3_846, cols: 13 });
    expect(windowSize(2).rows * 13 * 2).toBeLessThanOrEqual(cellsPerSync());
  });

  it("leaves at most a right strip and a part below", () => {
    expect(outsideWindow({ top: 2, left: 1, bottom: 50, right: 8 }, { rows: 100, cols: 13 })).toEqual([]);
    expect(outsideWindow({ top: 2, left: 1, bottom: 150, right: 20 }, { rows: 100, cols: 13 })).toEqual([
      { top: 2, bottom: 99, left: 13, right: 20 },
      { top: 100, bottom: 150, left: 1, right: 20 },
    ]);
    expect(outsideWindow({ top: 200, left: 15, bottom: 210, right: 20 }, { rows: 100, cols: 13 })).toEqual([
      { top: 200, bottom: 210, left: 15, right: 20 },
    ]);
  });

  it("estimates later syncs with the bytes per cell measured on the windows, never below an empty cell", () => {
    expect(withMeasuredCells(READ_LIMITS, 30_000, 1_000).bytesPerCell).toBeCloseTo(30 * 1.15);
    expect(withMeasuredCells(READ_LIMITS, 5_000, 1_000).bytesPerCell).toBe(24);
    expect(withMeasuredCells(READ_LIMITS, 0, 0)).toBe(READ_LIMITS);
  });

  it("puts one row in a sync at least, however heavy the estimate", () => {
    const syncs = planSyncs([{ sheet: 0, rects: [{ top: 0, bottom: 2, left: 0, right: 9 }] }], {
      ...READ_LIMITS,
      bytesPerCell: 1e9,
    });
    expect(syncs.map((s) => s.map((c) => [c.rect.top, c.rect.bottom]))).toEqual([
      [[0, 0]],
      [[1, 1]],
      [[2, 2]],
    ]);
  });

  it("fills every sync to the budget and covers every cell once", () => {
    const rects = [
      { top: 100, bottom: 30_099, left: 0, right: 9 },
      { top: 0, bottom: 99, left: 13, right: 40 },
    ];
    const syncs = planSyncs([{ sheet: 0, rects }]);
    const total = rects.reduce((n, r) => n + cellCount(r), 0);
    expect(syncs).toHaveLength(Math.ceil(total / cellsPerSync()));
    for (const s of syncs)
      expect(s.reduce((n, c) => n + cellCount(c.rect), 0)).toBeLessThanOrEqual(cellsPerSync());
    for (const c of syncs.flat()) expect(cellCount(c.rect)).toBeLessThanOrEqual(READ_LIMITS.chunkCells);
    expect(syncs.flat().reduce((n, c) => n + cellCount(c.rect), 0)).toBe(total);
  });
});

describe("mark plan", () => {
  const m = (cell: string, kind: "error" | "warning" | "met", sheet = "Indicatoren") => ({
    sheet,
    cell: cell as CellAddress,
    kind,
    note: "n",
    findingIds: [],
  });

  it("groups a sheet's cells per kind, with runs in a column as one area", () => {
    expect(
      planMarkFormats([
        m("E4", "error"),
        m("E5", "error"),
        m("E6", "error"),
        m("E9", "error"),
        m("B4", "error"),
        m("G5", "warning"),
        m("A1", "met", "Andere"),
      ])
    ).toEqual([
      {
        sheet: "Indicatoren",
        formats: [
          { kind: "error", ranges: "B4,E4:E6,E9" },
          { kind: "warning", ranges: "G5" },
        ],
        marks: expect.any(Array),
      },
      { sheet: "Andere", formats: [{ kind: "met", ranges: "A1" }], marks: expect.any(Array) },
    ]);
  });

  it("keeps each format's address list short, splitting into more formats", () => {
    const many = Array.from({ length: 2000 }, (_, i) => m(`${i % 2 ? "C" : "E"}${i * 2 + 1}`, "error"));
    const formats = planMarkFormats(many)[0]!.formats;
    expect(formats.length).toBeGreaterThan(1);
    expect(formats.every((f) => f.ranges.length <= 1500)).toBe(true);
    expect(formats.flatMap((f) => f.ranges.split(","))).toHaveLength(2000);
  });

  it("recognises its own formats by formula and colours only", () => {
    expect(markerKind(markerFormula("warning"), MARK_STYLES.warning.fill, MARK_STYLES.warning.font)).toBe(
      "warning"
    );
    expect(markerKind('=and(true, "IndicatorCheck:error" <> "")', "#ffc7ce", "#9c0006")).toBe("error");
    expect(markerKind(markerFormula("error"), "#FF0000", MARK_STYLES.error.font)).toBeNull();
    expect(markerKind("=C4<0.8", MARK_STYLES.error.fill, MARK_STYLES.error.font)).toBeNull();
  });
});
