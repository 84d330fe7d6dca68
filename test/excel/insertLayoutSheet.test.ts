/**
 * insertLayoutSheet on the strict Excel double: the SheetPlan of the sample budget becomes a new
 * worksheet, every text stored as text, in one Excel.run (two syncs for the sample, each under
 * 5 MB for a big table), next to the user's sheets and never over one of them.
 */
import path from "node:path";
import fc from "fast-check";
import { parseRange, type RangeRef } from "../../src/core/address";
import { analyseWorkbook } from "../../src/core/analyse";
import { GatewayError } from "../../src/core/gateway";
import {
  LAYOUT_THEME,
  buildLayout,
  planLayoutSheet,
  type CellStyle,
  type PlannedCell,
  type SheetPlan,
} from "../../src/core/layout";
import { createExcelGateway } from "../../src/excel/excelGateway";
import { rectanglesByStyle } from "../../src/excel/insertLayoutSheet";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { budgetWorkbook } from "./budgetWorkbook";
import { cellKey, type CellModel, type SheetModel } from "./double/model";
import {
  FIVE_MB,
  buildModel,
  installExcelDouble,
  maxPayload,
  snapshot,
  type ExcelDouble,
} from "./excelDouble";

const SAMPLE = path.resolve(__dirname, "../../examples/begroting-2026-dienstverlening.xlsx");
const BASE = "Begrotingstabellen";

let plan: SheetPlan;
beforeAll(async () => {
  plan = planLayoutSheet(buildLayout(analyseWorkbook(await readWorkbookFile(SAMPLE))));
});

let double: ExcelDouble;
afterEach(() => double.uninstall());

const sheetNamed = (name: string): SheetModel => double.model.sheets.find((s) => s.name === name)!;
const cellOf = (sheet: SheetModel, row: number, col: number): CellModel | undefined =>
  sheet.cells.get(cellKey(row, col));
const rects = (areas: readonly RangeRef[]) =>
  areas.map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));

/** The plan with `rows` more indicator rows like its first one, their texts from `text`. */
function grown(rows: number, text: (row: number, col: number) => string): SheetPlan {
  const first = plan.cells.find((c) => c.style.role === "value")!.row;
  const like = plan.cells.filter((c) => c.row === first);
  const base = plan.rowHeights.length;
  const extra: PlannedCell[] = [];
  for (let i = 0; i < rows; i++)
    for (const c of like) extra.push({ ...c, row: base + i, text: text(i, c.col) });
  return {
    ...plan,
    rowHeights: [...plan.rowHeights, ...Array<number>(rows).fill(15)],
    cells: [...plan.cells, ...extra],
  };
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

describe("insertLayoutSheet", () => {
  it("writes the plan as a new sheet: every text as text under '@', the merges, styles, widths and heights", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    await expect(createExcelGateway().insertLayoutSheet(plan, BASE)).resolves.toBe(BASE);

    expect(double.model.sheets.map((s) => s.name)).toEqual(["Indicatoren", "Toelichting 2026", BASE]);
    const sheet = sheetNamed(BASE);
    expect(double.model.activeSheetId).toBe(sheet.id);
    expect(double.model.log).toEqual([`activate:${BASE}`]);

    // Texts: each planned text, as a string, in a text-formatted cell; nothing else holds a value.
    for (const c of plan.cells) {
      const cell = cellOf(sheet, c.row, c.col);
      expect({ at: [c.row, c.col], value: cell?.value ?? "", numberFormat: cell?.numberFormat }).toEqual({
        at: [c.row, c.col],
        value: c.text,
        numberFormat: "@",
      });
      expect(cell?.formula).toBeUndefined();
    }
    const withValues = [...sheet.cells].filter(([, c]) => c.value !== null && c.value !== "");
    expect(withValues.map(([k]) => k).sort()).toEqual(
      plan.cells
        .filter((c) => c.text !== "")
        .map((c) => cellKey(c.row, c.col))
        .sort()
    );
    // Texts Excel would otherwise read as numbers, percentages or times stay what the plan says.
    const texts = new Set(withValues.map(([, c]) => c.value));
    for (const text of ["8,0", "7,5", "75%", "2:17", "-", "8 min"]) expect(texts).toContain(text);

    // Merges, column widths (points), row heights.
    expect(rects(sheet.merges)).toEqual(rects(plan.merges));
    expect([...sheet.columnWidths].sort(([a], [b]) => a - b)).toEqual(
      plan.columns.map((c, i) => [i, c.widthPoints])
    );
    expect([...sheet.rowHeights].sort(([a], [b]) => a - b)).toEqual(plan.rowHeights.map((h, i) => [i, h]));

    // Each planned cell looks as its style says. The border of a merged area is its outline, which
    // the merged-area test below checks; here only the edges its top-left cell must have.
    const merged = new Map(plan.merges.map((m) => [cellKey(m.top, m.left), m]));
    const edge = { style: "Continuous", color: LAYOUT_THEME.color.border };
    for (const { row, col, style } of plan.cells) {
      const cell = cellOf(sheet, row, col)!;
      const m = merged.get(cellKey(row, col));
      expect({
        at: [row, col],
        bold: cell.bold,
        italic: cell.italic,
        size: cell.fontSize,
        color: cell.fontColor,
        fill: cell.fill ?? null,
        h: cell.horizontalAlignment,
        v: cell.verticalAlignment,
        wrap: cell.wrapText,
        bordered: cell.borders !== undefined,
      }).toEqual({
        at: [row, col],
        bold: style.bold,
        italic: style.italic,
        size: style.size,
        color: style.color,
        fill: style.fill,
        h: H_ALIGN[style.hAlign],
        v: V_ALIGN[style.vAlign],
        wrap: style.wrap,
        bordered: style.border,
      });
      if (!style.border) continue;
      const edges = m
        ? EDGES.filter((e) => e !== "EdgeRight" && (e !== "EdgeBottom" || m.bottom === m.top))
        : EDGES;
      expect({ at: [row, col], borders: cell.borders }).toMatchObject({
        at: [row, col],
        borders: Object.fromEntries(edges.map((e) => [e, edge])),
      });
    }
    const headers = plan.cells.filter((c) => c.style.role === "header" || c.style.role === "header-value");
    expect(headers.length).toBeGreaterThan(5);
    for (const h of headers)
      expect(cellOf(sheet, h.row, h.col)).toMatchObject({
        bold: true,
        fill: LAYOUT_THEME.color.headerFill,
        fontColor: LAYOUT_THEME.color.headerText,
      });
  });

  it("takes one Excel.run with exactly two syncs, none over 5 MB", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    await createExcelGateway().insertLayoutSheet(plan, BASE);
    expect(double.runs()).toBe(1);
    expect(double.syncs).toHaveLength(2);
    expect(double.syncs[0]!.commands).toBe(1); // the sheet names; the second sync writes the sheet
    expect(maxPayload(double.syncs)).toBeLessThan(FIVE_MB);
  });

  it("keeps every sync under 5 MB for a 20,000-row table", async () => {
    double = installExcelDouble(buildModel([{ name: "Blad1" }]));
    // About 7 MB of texts: more than one request can carry.
    const name = "Percentage inwoners dat tevreden is over de dienstverlening (één meting per jaar); ".repeat(
      4
    );
    const big = grown(20_000, (i, col) => (col === 0 ? `${i + 1}. ${name}` : `${i % 10},${col}`));
    await createExcelGateway().insertLayoutSheet(big, BASE);
    expect(double.syncs.length).toBeGreaterThan(2);
    expect(maxPayload(double.syncs)).toBeLessThan(FIVE_MB);
    const sheet = sheetNamed(BASE);
    const last = big.cells.at(-1)!;
    expect(cellOf(sheet, last.row, last.col)).toMatchObject({ value: last.text, numberFormat: "@" });
    expect(sheet.rowHeights.size).toBe(big.rowHeights.length);
  }, 60_000);

  it("keeps every sync under 5 MB when the texts take three bytes a character", async () => {
    double = installExcelDouble(buildModel([{ name: "Blad1" }]));
    const big = grown(2_000, (_, col) => (col === 0 ? "市民满意度调查结果".repeat(300) : "8,0"));
    await createExcelGateway().insertLayoutSheet(big, BASE);
    expect(maxPayload(double.syncs)).toBeLessThan(FIVE_MB);
  });

  it("sends the sheet again in smaller syncs when Excel refuses a request as too large, and writes it whole", async () => {
    double = installExcelDouble(buildModel([{ name: "Blad1" }]));
    double.payloadLimit = 600_000;
    const big = grown(4_000, (i, col) =>
      col === 0 ? `${i + 1}. ${"Wachttijd balie (één meting per jaar); ".repeat(3)}` : `${i % 10},${col}`
    );
    await expect(createExcelGateway().insertLayoutSheet(big, BASE)).resolves.toBe(BASE);
    expect(double.syncs.some((s) => s.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    const taken = double.syncs.filter((s) => s.failed === undefined);
    expect(Math.max(...taken.map((s) => s.requestBytes))).toBeLessThanOrEqual(600_000);
    expect(double.model.sheets.map((s) => s.name)).toEqual(["Blad1", BASE]); // added once
    const sheet = sheetNamed(BASE);
    for (const c of big.cells) expect(cellOf(sheet, c.row, c.col)?.value ?? "").toBe(c.text); // "" leaves a cell empty
    expect(sheet.rowHeights.size).toBe(big.rowHeights.length);
    expect(double.model.activeSheetId).toBe(sheet.id);
  });

  it("keeps texts that look like formulas, numbers, times, dates or booleans as text", async () => {
    double = installExcelDouble(buildModel([{ name: "Blad1", rows: [["x"]] }]));
    const tricky = [
      "=1+1",
      "+31 6 12345678",
      "-5",
      "-",
      "8,0",
      "12,5%",
      "2:17",
      "2025-01-01",
      "TRUE",
      "1.000",
    ];
    const values = plan.cells.filter((c) => c.style.role === "value");
    expect(values.length).toBeGreaterThanOrEqual(tricky.length);
    const edited: SheetPlan = {
      ...plan,
      cells: plan.cells.map((c) => {
        const i = values.indexOf(c);
        return i >= 0 && i < tricky.length ? { ...c, text: tricky[i]! } : c;
      }),
    };
    await createExcelGateway().insertLayoutSheet(edited, BASE);
    const sheet = sheetNamed(BASE);
    expect(values.slice(0, tricky.length).map((c) => cellOf(sheet, c.row, c.col))).toEqual(
      tricky.map((text) => expect.objectContaining({ value: text, numberFormat: "@" }))
    );
    expect([...sheet.cells.values()].filter((c) => c.formula !== undefined)).toEqual([]);
  });

  it("twice gives 'Begrotingstabellen' then 'Begrotingstabellen (2)' and leaves the user's sheets exactly as they were", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const before = snapshot(double.model) as { sheets: unknown[]; comments: unknown[] };
    const gateway = createExcelGateway();
    expect([
      await gateway.insertLayoutSheet(plan, BASE),
      await gateway.insertLayoutSheet(plan, BASE),
    ]).toEqual([BASE, `${BASE} (2)`]);
    const after = snapshot(double.model) as typeof before;
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.comments).toEqual(before.comments);
    expect(double.model.sheets.map((s) => s.name)).toEqual([
      "Indicatoren",
      "Toelichting 2026",
      BASE,
      `${BASE} (2)`,
    ]);
    // Both copies are the same sheet.
    const [first, second] = after.sheets.slice(-2) as { id: string; name: string }[];
    expect({ ...second, id: "", name: "" }).toEqual({ ...first, id: "", name: "" });
    expect(double.model.log).toEqual([`activate:${BASE}`, `activate:${BASE} (2)`]);
  });

  it("counts every sheet name, hidden ones and other casings too", async () => {
    double = installExcelDouble(
      buildModel([
        { name: "Blad1" },
        { name: "begrotingstabellen", visibility: "VeryHidden" },
        { name: `${BASE} (2)`, visibility: "Hidden" },
      ])
    );
    await expect(createExcelGateway().insertLayoutSheet(plan, BASE)).resolves.toBe(`${BASE} (3)`);
  });

  it("writes next to a protected sheet without touching it", async () => {
    double = installExcelDouble(budgetWorkbook(20, { protectedSheet: true }));
    const before = snapshot(double.model) as { sheets: unknown[] };
    await expect(createExcelGateway().insertLayoutSheet(plan, BASE)).resolves.toBe(BASE);
    expect((snapshot(double.model) as typeof before).sheets.slice(0, 2)).toEqual(before.sheets);
  });

  it("rejects with GatewayError 'api-unsupported' when ExcelApi 1.9 is missing, and adds nothing", async () => {
    double = installExcelDouble(budgetWorkbook(20, { apiVersion: 8 }));
    const before = snapshot(double.model);
    const error = await createExcelGateway()
      .insertLayoutSheet(plan, BASE)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: "api-unsupported" });
    expect(double.runs()).toBe(0);
    expect(snapshot(double.model)).toEqual(before);
  });

  // Known bug in src/excel/insertLayoutSheet.ts: only the top-left cell of a merged area is styled,
  // where SheetPlan says writers style the whole range like it (writeLayoutSheet does). The right
  // border of a merged bordered row and the fill of its other cells are missing. Turn this into
  // it(...) once fixed.
  it("styles every cell of a merged area like its top-left cell, as the plan says", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    await createExcelGateway().insertLayoutSheet(plan, BASE);
    const sheet = sheetNamed(BASE);
    const look = (c: CellModel | undefined) => ({ fill: c?.fill, bold: c?.bold, fontColor: c?.fontColor });
    const edge = { style: "Continuous", color: LAYOUT_THEME.color.border };
    let bordered = 0;
    for (const m of plan.merges) {
      const { style } = plan.cells.find((c) => c.row === m.top && c.col === m.left)!;
      if (style.border) bordered++;
      for (let row = m.top; row <= m.bottom; row++)
        for (let col = m.left; col <= m.right; col++) {
          const cell = cellOf(sheet, row, col);
          expect(look(cell)).toEqual(look(cellOf(sheet, m.top, m.left)));
          if (!style.border) continue;
          // The merged area's outline: what Excel draws around the merged cell.
          const outline = [
            row === m.top && "EdgeTop",
            row === m.bottom && "EdgeBottom",
            col === m.left && "EdgeLeft",
            col === m.right && "EdgeRight",
          ].filter((e): e is (typeof EDGES)[number] => e !== false);
          for (const e of outline)
            expect({ at: [row, col, e], border: cell?.borders?.[e] }).toEqual({
              at: [row, col, e],
              border: edge,
            });
        }
    }
    expect(bordered).toBeGreaterThan(0);
  });
});

describe("rectanglesByStyle", () => {
  const styleOf = (n: number): CellStyle => ({
    role: "value",
    bold: n === 1,
    italic: n === 2,
    size: 10,
    color: "#000000",
    fill: null,
    hAlign: "right",
    vAlign: "top",
    wrap: false,
    border: true,
    numberFormat: "@",
  });

  it("covers each style's cells (merged areas whole) exactly once, in any cell order", () => {
    const styles = [0, 1, 2].map(styleOf);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.nat(30), fc.nat(6), fc.nat(2)), {
          selector: ([r, c]) => `${r}:${c}`,
          maxLength: 120,
        }),
        fc.boolean(),
        (placed, withMerge) => {
          // One merge over a free block right of the grid, styled as its top-left cell.
          const merges = withMerge ? [{ top: 2, left: 8, bottom: 4, right: 10 }] : [];
          const cells = placed.map(([row, col, s]) => ({ row, col, text: "x", style: styles[s]! }));
          if (withMerge) cells.push({ row: 2, col: 8, text: "m", style: styles[1]! });
          const plan = {
            columns: [],
            rowHeights: [],
            cells,
            merges,
            pageSetup: { orientation: "portrait", paperSize: "A4", fitToWidth: 1 },
          } as SheetPlan;

          const expected = new Map<string, number>();
          for (const c of cells) expected.set(`${c.row}:${c.col}`, styles.indexOf(c.style));
          for (const m of merges)
            for (let r = m.top; r <= m.bottom; r++)
              for (let c = m.left; c <= m.right; c++) expected.set(`${r}:${c}`, 1);

          const covered = new Map<string, number>();
          for (const { style, addresses } of rectanglesByStyle(plan))
            for (const address of addresses) {
              const rect = parseRange(address)!;
              for (let r = rect.top; r <= rect.bottom; r++)
                for (let c = rect.left; c <= rect.right; c++) {
                  expect(covered.has(`${r}:${c}`)).toBe(false);
                  covered.set(`${r}:${c}`, styles.indexOf(style));
                }
            }
          expect(covered).toEqual(expected);
        }
      ),
      { numRuns: 300 }
    );
  });
});
