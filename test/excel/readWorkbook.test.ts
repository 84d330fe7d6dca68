import type { CellData, SheetData, WorkbookData } from "../../src/core/workbook";
import { GatewayError } from "../../src/core/gateway";
import { createExcelGateway } from "../../src/excel/excelGateway";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { READ_LIMITS } from "../../src/excel/readPlan";
import { checkRequirements } from "../../src/excel/requirements";
import { budgetWorkbook } from "./budgetWorkbook";
import { cellKey, usedRect, displayText, valueTypeOf, type WorkbookModel } from "./double/model";
import { FIVE_MB, buildModel, installExcelDouble, maxPayload, type ExcelDouble } from "./excelDouble";

/** What readWorkbook must return, computed straight from the model (no windows, no chunks). */
function expected(model: WorkbookModel, merges = true): WorkbookData {
  return {
    sheets: model.sheets.map((s): SheetData => {
      const used = usedRect(s, true);
      const flags = {
        ...(s.visibility !== "Visible" && { hidden: true }),
        ...(s.protected && { protected: true }),
      };
      if (!used) return { name: s.name, startRow: 0, startCol: 0, cells: [], ...flags };
      const cells: CellData[][] = [];
      for (let r = used.top; r <= used.bottom; r++) {
        const row: CellData[] = [];
        for (let c = used.left; c <= used.right; c++) {
          const m = s.cells.get(cellKey(r, c));
          const v = m?.value ?? null;
          const value = v === "" ? null : valueTypeOf(m) === "Error" ? { error: v as string } : v;
          const merge = merges
            ? s.merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right)
            : undefined;
          row.push({
            value,
            text: displayText(m),
            format: m?.numberFormat ?? "General",
            ...(merge && {
              merge: `${String.fromCharCode(65 + merge.left)}${merge.top + 1}:${String.fromCharCode(65 + merge.right)}${merge.bottom + 1}`,
            }),
          });
        }
        cells.push(row);
      }
      return { name: s.name, startRow: used.top, startCol: used.left, cells, ...flags };
    }),
  };
}

/** Plain data only: no proxies, no class instances, nothing a closed Excel.run could invalidate. */
function isPlain(value: unknown): boolean {
  if (value === null || typeof value !== "object") return typeof value !== "function";
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  return Object.values(value).every(isPlain);
}

let double: ExcelDouble;
afterEach(() => double.uninstall());

describe("readWorkbook", () => {
  it("maps Excel's values: empty → null, error text → error, numbers, text and number formats, merges, flags", async () => {
    const model = buildModel([
      {
        name: "Blad 1",
        start: "B3",
        rows: [
          ["Indicator", { value: 0.75, numberFormat: "0%", text: "75%" }, true, ""],
          [
            { value: "#DIV/0!", text: "#DEEL/0!" },
            { value: 2.2833, numberFormat: "[m]:ss", text: "2:17" },
            undefined,
            "Maximaal 5 min",
          ],
        ],
        merges: ["B3:C3"],
      },
      { name: "Leeg" },
      { name: "Verborgen", visibility: "Hidden", protected: true, rows: [[1]] },
    ]);
    double = installExcelDouble(model);
    const data = await createExcelGateway().readWorkbook();
    expect(data).toEqual({
      sheets: [
        {
          name: "Blad 1",
          startRow: 2,
          startCol: 1,
          cells: [
            [
              { value: "Indicator", text: "Indicator", format: "General", merge: "B3:C3" },
              { value: 0.75, text: "75%", format: "0%", merge: "B3:C3" },
              { value: true, text: "WAAR", format: "General" },
              { value: null, text: "", format: "General" },
            ],
            [
              { value: { error: "#DIV/0!" }, text: "#DEEL/0!", format: "General" },
              { value: 2.2833, text: "2:17", format: "[m]:ss" },
              { value: null, text: "", format: "General" },
              { value: "Maximaal 5 min", text: "Maximaal 5 min", format: "General" },
            ],
          ],
        },
        { name: "Leeg", startRow: 0, startCol: 0, cells: [] },
        {
          name: "Verborgen",
          startRow: 0,
          startCol: 0,
          cells: [[{ value: 1, text: "1", format: "General" }]],
          hidden: true,
          protected: true,
        },
      ],
    });
    expect(isPlain(data)).toBe(true);
  });

  it.each([
    [200, true, 2],
    [20_000, false, 4], // 3 before valueTypes: the rest, 5.5 MB with them, needs a second sync
    [20_000, true, 4],
  ])(
    "reads %d indicator rows (second sheet: %p) in %d syncs, every sync under 5 MB, exactly as the workbook holds them",
    async (rows, explanations, syncs) => {
      const model = budgetWorkbook(rows, { explanations });
      double = installExcelDouble(model);
      const progress: [number, number][] = [];
      const data = await createExcelGateway().readWorkbook((done, total) => progress.push([done, total]));
      expect(double.runs()).toBe(1);
      expect(double.syncs).toHaveLength(syncs);
      expect(maxPayload(double.syncs)).toBeLessThan(FIVE_MB);
      expect(data).toEqual(expected(model));
      const total = (rows + 3) * 10 + (explanations ? 3 * 2 : 0);
      expect(progress.at(-1)).toEqual([total, total]);
      expect(progress.every(([d], i) => i === 0 || d > progress[i - 1]![0])).toBe(true);
    }
  );

  it("re-estimates when Excel refuses a sync: long texts below a light window", async () => {
    const long = "Toelichting: ".padEnd(200, "x");
    const rows = Array.from({ length: 12_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => (r < 10_000 ? r + c : `${long}${r}${c}`))
    );
    const model = buildModel([{ name: "Zwaar", rows }]);
    double = installExcelDouble(model);
    const data = await createExcelGateway().readWorkbook();
    expect(data).toEqual(expected(model));
    const refused = double.syncs.filter((s) => s.responseBytes > FIVE_MB);
    expect(refused.length).toBeGreaterThan(0); // the plan, made on the light window, was too optimistic
    expect(refused.length).toBeLessThanOrEqual(3); // the estimate learns fast: ×4, or the density that must be
    // 2,000 rows × 10 cells of ~430 bytes: 8.6 MB, 3 syncs at the measured estimate, plus the
    // refusals, and the light rows below the window (4 MB with valueTypes).
    expect(double.syncs.length - refused.length).toBeLessThanOrEqual(2 + 5);
    expect(maxPayload(double.syncs.filter((s) => s.responseBytes <= FIVE_MB))).toBeLessThan(FIVE_MB);
  });

  it("reads again without windows when Excel refuses the windows themselves", async () => {
    const long = "Toelichting: ".padEnd(400, "x");
    const rows = Array.from({ length: 1_500 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `${long}${r}${c}`)
    );
    const model = buildModel([{ name: "Zwaar", rows }]);
    double = installExcelDouble(model);
    expect(await createExcelGateway().readWorkbook()).toEqual(expected(model));
    expect(double.syncs[1]!.responseBytes).toBeGreaterThan(FIVE_MB);
    expect(maxPayload(double.syncs.filter((s) => s.responseBytes <= FIVE_MB))).toBeLessThan(FIVE_MB);
  });

  it("reads a sheet wider and longer than its window: the right strip and the rows below are stitched in", async () => {
    const rows = Array.from({ length: 30_000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => ((r * 7 + c) % 11 === 0 ? undefined : r * 100 + c))
    );
    const model = buildModel([{ name: "Breed", start: "C5", rows }]);
    double = installExcelDouble(model);
    const data = await createExcelGateway().readWorkbook();
    expect(data).toEqual(expected(model));
    // Window: rows 1–7,692 × A:M, so rows 5–7,692 of C:M. Rest: N:V of those rows (9 × 7,688) and
    // C:V below (20 × 22,312): 515,432 cells of ~36 bytes (9 of them valueTypes), 18.6 MB: 5 syncs of 4.5 MB.
    expect(double.syncs.length).toBeGreaterThanOrEqual(2 + 4);
    expect(double.syncs.length).toBeLessThanOrEqual(2 + 5);
    expect(maxPayload(double.syncs)).toBeLessThan(FIVE_MB);
  });

  it("skips merged areas where Excel lacks ExcelApi 1.13, and reads the rest", async () => {
    const model = budgetWorkbook(20, { apiVersion: 12 });
    double = installExcelDouble(model);
    expect(checkRequirements().mergedAreas).toBe(false);
    expect(await createExcelGateway().readWorkbook()).toEqual(expected(model, false));
  });

  it("reads a protected sheet", async () => {
    double = installExcelDouble(budgetWorkbook(20, { protectedSheet: true }));
    const data = await createExcelGateway().readWorkbook();
    expect(data.sheets[0]).toMatchObject({ name: "Indicatoren", protected: true });
  });

  it("refuses with api-unsupported below ExcelApi 1.9, before touching the workbook", async () => {
    double = installExcelDouble(budgetWorkbook(20, { apiVersion: 8 }));
    const error = await createExcelGateway()
      .readWorkbook()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({
      code: "api-unsupported",
      message: expect.stringContaining("ExcelApi 1.9"),
    });
    expect(double.runs()).toBe(0);
  });

  it("stops with too-large before requesting cell data beyond the cell limit", async () => {
    double = installExcelDouble(budgetWorkbook(200));
    const error = await readWorkbook(checkRequirements(), undefined, {
      ...READ_LIMITS,
      maxCells: 1000,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "too-large" });
    expect(double.syncs).toHaveLength(2);
  });

  it("turns Excel's payload refusal into too-large", async () => {
    double = installExcelDouble(budgetWorkbook(2000));
    double.payloadLimit = 300; // not even one row fits
    await expect(createExcelGateway().readWorkbook()).rejects.toMatchObject({ code: "too-large" });
  });
});
