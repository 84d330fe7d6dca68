import type { CellAddress } from "../../src/core/address";
import { GatewayError } from "../../src/core/gateway";
import { MARK_STYLES, type Mark, type MarkKind } from "../../src/core/marks";
import { createExcelGateway } from "../../src/excel/excelGateway";
import { markerFormula } from "../../src/excel/markPlan";
import { REGISTRY_SETTING } from "../../src/excel/markRegistry";
import { budgetWorkbook } from "./budgetWorkbook";
import { FIVE_MB, installExcelDouble, maxPayload, snapshot, type ExcelDouble } from "./excelDouble";

const mark = (
  cell: string,
  kind: MarkKind,
  note = `Indicator Check:\n• ${kind} in ${cell}`,
  sheet = "Indicatoren"
): Mark => ({
  sheet,
  cell: cell as CellAddress,
  kind,
  note,
  findingIds: [`f:${cell}`],
});

/** Marks as planMarks gives them for a budget table: breaches in the 2024 column, warnings beside. */
function marksFor(rows: number): Mark[] {
  const marks: Mark[] = [];
  for (let r = 4; r < 4 + rows; r += 3) marks.push(mark(`E${r}`, "error"));
  for (let r = 5; r < 4 + rows; r += 7) marks.push(mark(`G${r}`, "warning"));
  marks.push(mark("C5", "error")); // the cell with the user's note
  marks.push(mark("C4", "met"));
  marks.push(mark("C3", "warning", "Indicator Check:\n• Kop", "Toelichting 2026"));
  return marks;
}

/** The snapshot without the ids Excel gives new conditional formats. */
const withoutNewIds = (d: ExcelDouble) =>
  JSON.parse(JSON.stringify(snapshot(d.model)).replace(/"\{cf-\d+\}"/g, '"new"')) as unknown;

const cellsOf = (d: ExcelDouble) =>
  d.model.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula, c.numberFormat]));

let double: ExcelDouble;
afterEach(() => double.uninstall());

describe("applyMarks and clearMarks", () => {
  it("marks with conditional formats and notes, leaves values, formulas and the user's formatting alone, and clear restores the workbook exactly", async () => {
    double = installExcelDouble(budgetWorkbook(200));
    const before = snapshot(double.model);
    const values = cellsOf(double);
    const gateway = createExcelGateway();

    const report = await gateway.applyMarksDetailed(marksFor(200));
    const sheet = double.model.sheets[0]!;
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula.includes("IndicatorCheck"));
    expect(ours.map((cf) => [cf.formula, cf.fill, cf.font])).toEqual(
      expect.arrayContaining(
        (["error", "warning", "met"] as const).map((k) => [
          markerFormula(k),
          MARK_STYLES[k].fill,
          MARK_STYLES[k].font,
        ])
      )
    );
    expect(ours).toHaveLength(3); // one per kind: the cells of a kind share one multi-area format
    expect(ours.find((cf) => cf.formula === markerFormula("error"))!.areas).toContainEqual({
      top: 3,
      left: 4,
      bottom: 3,
      right: 4,
    });
    expect(sheet.conditionalFormats.filter((cf) => cf.id.startsWith("{user"))).toHaveLength(2);
    expect(sheet.notes.get("4,2")!.content).toMatch(/accountantscontrole/); // the user's note stays, not overwritten
    expect(sheet.notes.get("3,4")!.content).toBe("Indicator Check:\n• error in E4");
    expect(report).toMatchObject({
      annotations: "notes",
      formats: 4,
      comments: 0,
      paneOnly: [{ sheet: "Indicatoren", cell: "C5", reason: "user-note" }],
    });
    expect(report.notes).toBe(marksFor(200).length - 1);
    expect(cellsOf(double)).toEqual(values);

    await gateway.clearMarks();
    expect(snapshot(double.model)).toEqual(before);
    expect(double.model.settings[REGISTRY_SETTING]).toBeUndefined();
  });

  it("replaces its earlier marks instead of piling them up", async () => {
    double = installExcelDouble(budgetWorkbook(200));
    const gateway = createExcelGateway();
    await gateway.applyMarks(marksFor(200));
    const once = withoutNewIds(double);
    await gateway.applyMarks(marksFor(200));
    expect(withoutNewIds(double)).toEqual(once);
    await gateway.applyMarks([mark("E4", "warning")]);
    const sheet = double.model.sheets[0]!;
    expect(
      sheet.conditionalFormats.filter((cf) => cf.formula.includes("IndicatorCheck")).map((cf) => cf.formula)
    ).toEqual([markerFormula("warning")]);
    expect([...sheet.notes.keys()].sort()).toEqual(["3,4", "4,2"]);
    expect(double.model.sheets[1]!.notes.size).toBe(0);
  });

  it.each([200, 20_000])(
    "uses 2 syncs to mark and 3 to clear on %d rows, every sync under 5 MB",
    async (rows) => {
      double = installExcelDouble(budgetWorkbook(rows));
      const gateway = createExcelGateway();
      const marks = marksFor(200);
      const counted: number[] = [];
      let payload = 0;
      const measure = async (operation: () => Promise<unknown>) => {
        double.resetStats();
        await operation();
        counted.push(double.syncs.length);
        payload = Math.max(payload, maxPayload(double.syncs));
      };
      await measure(() => gateway.applyMarks(marks));
      await measure(() => gateway.applyMarks(marks)); // now with earlier marks to remove
      await measure(() => gateway.clearMarks());
      expect(counted).toEqual([2, 2, 3]);
      expect(payload).toBeLessThan(FIVE_MB);
    }
  );

  it("keeps a note of ours that the user edited: it has become theirs", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const gateway = createExcelGateway();
    await gateway.applyMarks([mark("E4", "error"), mark("E7", "error")]);
    double.model.sheets[0]!.notes.get("3,4")!.content += "\nKlopt, zie mail van 3 maart (JdV)";
    await gateway.clearMarks();
    expect([...double.model.sheets[0]!.notes.keys()].sort()).toEqual(["3,4", "4,2"]);
    expect(double.model.sheets[0]!.conditionalFormats).toHaveLength(2);
  });

  it("clears its conditional formats even when its registry was lost", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    await createExcelGateway().applyMarks([mark("E4", "error")]);
    double.model.settings = {};
    double.reopen();
    await createExcelGateway().clearMarks();
    expect(double.model.sheets[0]!.conditionalFormats.map((cf) => cf.id)).toEqual([
      "{user-cf}",
      "{user-cf-2}",
    ]);
  });

  it("still replaces its marks after a marked sheet was deleted", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const gateway = createExcelGateway();
    await gateway.applyMarks([mark("E4", "error"), mark("C3", "warning", "x", "Toelichting 2026")]);
    double.model.sheets.splice(1, 1);
    await gateway.applyMarks([mark("E5", "warning")]);
    expect(
      double.model.sheets[0]!.conditionalFormats.filter((cf) => cf.formula.includes("IndicatorCheck")).map(
        (cf) => cf.areas
      )
    ).toEqual([[{ top: 4, left: 4, bottom: 4, right: 4 }]]);
  });

  it("names the sheet when a mark's sheet no longer exists", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    await expect(
      createExcelGateway().applyMarks([mark("B2", "error", "x", "Programma 4")])
    ).rejects.toMatchObject({ code: "not-found", detail: { sheet: "Programma 4" } });
  });

  it("refuses to mark a protected sheet, names it, and writes nothing", async () => {
    double = installExcelDouble(budgetWorkbook(20, { protectedSheet: true }));
    const before = snapshot(double.model);
    const gateway = createExcelGateway();
    await expect(gateway.readWorkbook()).resolves.toBeDefined();
    const error = await gateway.applyMarks([mark("E4", "error")]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({
      code: "sheet-protected",
      detail: { sheet: "Indicatoren" },
      message: expect.stringContaining("'Indicatoren'"),
    });
    expect(snapshot(double.model)).toEqual(before);
  });

  it("maps Excel's AccessDenied to sheet-protected when protection comes between the check and the write", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const settings = (
      globalThis as unknown as {
        Office: { context: { document: { settings: { saveAsync: (cb: () => void) => void } } } };
      }
    ).Office.context.document.settings;
    const save = settings.saveAsync.bind(settings);
    settings.saveAsync = (cb) => {
      double.model.sheets[0]!.protected = true; // the user protects the sheet while the add-in works
      save(cb);
    };
    await expect(createExcelGateway().applyMarks([mark("E4", "error")])).rejects.toMatchObject({
      code: "sheet-protected",
      detail: { sheet: "Indicatoren" },
    });
  });

  it("falls back to threaded comments without notes (ExcelApi 1.10–1.17), skipping cells with a user's comment", async () => {
    const model = budgetWorkbook(20, { apiVersion: 17 });
    model.comments.push({
      id: "{user-comment}",
      sheetId: model.sheets[0]!.id,
      row: 6,
      col: 4,
      content: "Bron navragen",
      author: "A. Bakker",
    });
    double = installExcelDouble(model);
    const before = snapshot(double.model);
    const gateway = createExcelGateway();
    const report = await gateway.applyMarksDetailed([
      mark("E4", "error"),
      mark("E7", "error"),
      mark("C5", "warning"),
    ]);
    expect(double.syncs).toHaveLength(3);
    expect(report).toMatchObject({
      annotations: "comments",
      notes: 0,
      comments: 2,
      paneOnly: [{ sheet: "Indicatoren", cell: "E7", reason: "user-comment" }],
    });
    expect(double.model.comments.map((c) => c.content)).toEqual([
      "Bron navragen",
      "Indicator Check:\n• error in E4",
      "Indicator Check:\n• warning in C5",
    ]);
    await gateway.applyMarks([mark("E4", "error")]);
    expect(double.model.comments).toHaveLength(2);
    await gateway.clearMarks();
    expect(snapshot(double.model)).toEqual(before);
  });

  it("marks with colour only where Excel has neither notes nor comments (ExcelApi 1.9)", async () => {
    double = installExcelDouble(budgetWorkbook(20, { apiVersion: 9 }));
    const before = snapshot(double.model);
    const gateway = createExcelGateway();
    expect(gateway.capabilities()).toEqual({
      minimum: true,
      notes: false,
      comments: false,
      mergedAreas: false,
      triggerSource: false,
      annotations: "none",
    });
    const report = await gateway.applyMarksDetailed([mark("E4", "error")]);
    expect(report).toMatchObject({ annotations: "none", formats: 1, notes: 0, comments: 0 });
    expect(double.syncs).toHaveLength(2);
    await gateway.clearMarks();
    expect(snapshot(double.model)).toEqual(before);
  });

  it("reports a failed settings save instead of pretending the marks are recorded", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    double.failSettingsSave = true;
    await expect(createExcelGateway().applyMarks([mark("E4", "error")])).rejects.toMatchObject({
      code: "failed",
    });
  });
});
