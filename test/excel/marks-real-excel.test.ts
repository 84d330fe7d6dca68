/**
 * Marking and clearing against what real Excel does and the strict double did not: sheet ids that
 * change between sessions (office-js-docs #297, office-js #1390), conditional formats Excel cannot
 * read (office-js #6827, #6835, #5222), notes and comments that come back with other line endings
 * or a name before them, and requests Excel refuses as too large. Each behaviour is the double's
 * (see test/excel/double); each test failed before the add-in survived it.
 */
import type { CellAddress } from "../../src/core/address";
import type { Mark, MarkKind } from "../../src/core/marks";
import { createExcelGateway } from "../../src/excel/excelGateway";
import { budgetWorkbook } from "./budgetWorkbook";
import type { ConditionalFormatModel } from "./double/model";
import { FIVE_MB, installExcelDouble, snapshot, type ExcelDouble } from "./excelDouble";

const mark = (cell: string, kind: MarkKind, sheet = "Indicatoren", note?: string): Mark => ({
  sheet,
  cell: cell as CellAddress,
  kind,
  note: note ?? `Indicator Check:\n• ${kind} in ${cell}\n• Norm: maximaal 5 min (€ 12,50 per aanvraag)`,
  findingIds: [`f:${cell}`],
});

/** The workbook as the user sees it, without the ids Excel gives sheets and new formats. */
const asSeen = (d: ExcelDouble): unknown =>
  JSON.parse(
    JSON.stringify(snapshot(d.model))
      .replace(/"\{(sheet-\d+|00000000-[0-9-]+)\}"/g, '"sheet"')
      .replace(/"\{cf-\d+\}"/g, '"cf"')
  ) as unknown;

const notesOf = (d: ExcelDouble, sheet = 0): string[] => [...d.model.sheets[sheet]!.notes.keys()].sort();
const oursOn = (d: ExcelDouble, sheet = 0): ConditionalFormatModel[] =>
  d.model.sheets[sheet]!.conditionalFormats.filter((cf) => cf.formula.includes("IndicatorCheck"));

let double: ExcelDouble;
afterEach(() => double.uninstall());

describe("sheet ids that change between sessions (office-js-docs #297, office-js #1390)", () => {
  it("replaces its notes after the file was reopened with new sheet ids, and clears them after another reopening", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const before = asSeen(double);
    await createExcelGateway().applyMarks([
      mark("E4", "error"),
      mark("E7", "error"),
      mark("C3", "warning", "Toelichting 2026"),
    ]);

    double.reopenWithNewSheetIds();
    double.resetStats();
    const report = await createExcelGateway().applyMarksDetailed([
      mark("E4", "error"),
      mark("E8", "warning"),
    ]);
    // The first read fails on the old id (1 sync), the sheets are listed (1), then the usual 2.
    expect([double.runs(), double.syncs.length]).toEqual([3, 4]);
    expect(report.paneOnly).toEqual([]); // E4's note is ours, not the user's
    expect(notesOf(double)).toEqual(["3,4", "4,2", "7,4"]); // E7's old note gone, the user's C5 stays
    expect(notesOf(double, 1)).toEqual([]);
    expect(oursOn(double)).toHaveLength(2);
    expect(oursOn(double, 1)).toHaveLength(0);

    double.reopenWithNewSheetIds();
    await createExcelGateway().clearMarks();
    expect(asSeen(double)).toEqual(before);
  });

  it("clears a sheet that was renamed before the file was reopened: by our texts, never the user's note", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const userNote = { ...double.model.sheets[0]!.notes.get("4,2")! };
    await createExcelGateway().applyMarks([mark("E4", "error"), mark("E7", "error")]);
    double.model.sheets[0]!.name = "Indicatoren 2026";
    double.reopenWithNewSheetIds();
    await createExcelGateway().clearMarks();
    expect([...double.model.sheets[0]!.notes.values()]).toEqual([userNote]);
    expect(oursOn(double)).toEqual([]);
  });

  it("clears when every marked sheet was renamed before reopening, each note once", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    await createExcelGateway().applyMarks([mark("E4", "error"), mark("E4", "warning", "Toelichting 2026")]);
    double.model.sheets[0]!.name = "Indicatoren 2026";
    double.model.sheets[1]!.name = "Toelichting";
    double.reopenWithNewSheetIds();
    await createExcelGateway().clearMarks(); // both entries are guessed onto both sheets: E4 twice each
    expect(notesOf(double)).toEqual(["4,2"]);
    expect(notesOf(double, 1)).toEqual([]);
  });

  it("finds its sheets by name when reopening gave a marked sheet's id to another sheet", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const before = asSeen(double);
    double.reopenWithNewSheetIds(); // ids by position: {…-0000-…} is Indicatoren
    await createExcelGateway().applyMarks([
      mark("E4", "error"),
      mark("E7", "error"),
      mark("C3", "warning", "Toelichting 2026"),
    ]);
    double.model.sheets.reverse(); // the user moves Toelichting 2026 to the front
    double.reopenWithNewSheetIds(); // now {…-0000-…} is Toelichting 2026

    double.resetStats();
    const report = await createExcelGateway().applyMarksDetailed([mark("E4", "error")]);
    expect([double.runs(), double.syncs.length]).toEqual([2, 3]); // a read finds the ids moved, writes nothing
    expect(report.paneOnly).toEqual([]);
    const indicators = double.model.sheets.findIndex((s) => s.name === "Indicatoren");
    expect(notesOf(double, indicators)).toEqual(["3,4", "4,2"]); // E7's note gone
    expect(notesOf(double, 1 - indicators)).toEqual([]);

    await createExcelGateway().clearMarks();
    double.model.sheets.reverse();
    expect(asSeen(double)).toEqual(before);
  });
});

describe("conditional formats Excel cannot read (office-js #6827, #6835, #5222)", () => {
  /** A second CellValue rule on the range of the user's CellValue rule in column J. */
  const twoCellValueRules = (d: ExcelDouble) => {
    const sheet = d.model.sheets[0]!;
    const j = sheet.conditionalFormats.find((cf) => cf.id === "{user-cf-2}")!;
    sheet.conditionalFormats.push({
      ...j,
      id: "{user-cf-3}",
      areas: j.areas.map((a) => ({ ...a })),
      fill: "#C00000",
    });
  };

  it("marks, re-marks and clears a sheet with two CellValue rules on one range, leaving them alone", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    twoCellValueRules(double);
    const before = asSeen(double);
    const gateway = createExcelGateway();
    const report = await gateway.applyMarksDetailed([mark("E4", "error"), mark("E7", "warning")]);
    expect(report).toMatchObject({ formats: 2, notes: 2, unreadFormats: [] });
    // The read fails; the rest again; the sheet's formats alone fail (nothing of ours to read
    // instead); the writes.
    expect(double.syncs.map((s) => s.failed ?? "ok")).toEqual([
      "GeneralException",
      "ok",
      "GeneralException",
      "ok",
    ]);
    const again = await gateway.applyMarksDetailed([mark("E4", "error")]);
    expect(again.unreadFormats).toEqual([]); // read on the cells we marked: our old formats were found
    expect(oursOn(double).map((cf) => cf.areas)).toEqual([[{ top: 3, left: 4, bottom: 3, right: 4 }]]);
    await gateway.clearMarks();
    expect(asSeen(double)).toEqual(before);
  });

  it("still marks where a duplicated rule covers the marked cells, says so, and clears once the rule is gone", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const sheet = double.model.sheets[0]!;
    const custom = sheet.conditionalFormats.find((cf) => cf.id === "{user-cf}")!;
    sheet.conditionalFormats.push({
      ...custom,
      id: "{user-cf-dup}",
      areas: custom.areas.map((a) => ({ ...a })),
    });
    const users = structuredClone(sheet.conditionalFormats);
    const gateway = createExcelGateway();

    await gateway.applyMarks([mark("E4", "error")]);
    const report = await gateway.applyMarksDetailed([mark("E7", "warning")]);
    expect(report.unreadFormats).toEqual(["Indicatoren"]);
    expect(oursOn(double).map((cf) => cf.areas[0])).toEqual([
      { top: 6, left: 4, bottom: 6, right: 4 },
      { top: 3, left: 4, bottom: 3, right: 4 }, // could not be read, so could not be removed
    ]);
    await gateway.clearMarks();
    expect(sheet.conditionalFormats.filter((cf) => cf.id.startsWith("{user"))).toEqual(users);
    expect(oursOn(double)).toHaveLength(2);

    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.id !== "{user-cf-dup}");
    await gateway.clearMarks();
    expect(oursOn(double)).toEqual([]);
    expect(notesOf(double)).toEqual(["4,2"]);
  });

  it("checking again on such a sheet adds no second copy of a rule of ours, so it is readable and cleared once the user's duplicate is gone", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const sheet = double.model.sheets[0]!;
    const custom = sheet.conditionalFormats.find((cf) => cf.id === "{user-cf}")!;
    const gateway = createExcelGateway();
    const marks = [mark("E4", "error"), mark("E7", "error")];
    await gateway.applyMarks(marks);
    sheet.conditionalFormats.push({
      ...custom,
      id: "{user-cf-dup}",
      areas: custom.areas.map((a) => ({ ...a })),
    });

    // The same findings twice more: the rule of ours for E4,E7 is still there and is not added again.
    for (let i = 0; i < 2; i++)
      expect((await gateway.applyMarksDetailed(marks)).unreadFormats).toEqual(["Indicatoren"]);
    expect(oursOn(double)).toHaveLength(1);
    // A new finding gets its rule; the old one stays recorded for the next clear.
    await gateway.applyMarksDetailed([...marks, mark("E8", "warning")]);
    expect(oursOn(double)).toHaveLength(2);

    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.id !== "{user-cf-dup}");
    expect(await gateway.clearMarks()).toEqual({ unreadFormats: [] });
    expect(oursOn(double)).toEqual([]);
  });

  it("the double: getItemAt(0).delete() fails with ItemNotFound where two CellValue rules share a cell (#5222)", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    twoCellValueRules(double);
    const run = (globalThis as unknown as { Excel: { run: typeof Excel.run } }).Excel.run;
    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Indicatoren");
        sheet.getRange("J4").conditionalFormats.getItemAt(0).delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      run(async (context) => {
        const formats = context.workbook.worksheets.getItem("Indicatoren").getRange().conditionalFormats;
        formats.load("items/type");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
  });
});

describe("the double behaves as real Excel", () => {
  const excel = () => (globalThis as unknown as { Excel: { run: typeof Excel.run } }).Excel;

  it("gives every sheet a new id by position on reopening, keeping comments on their sheets", () => {
    const model = budgetWorkbook(20);
    model.comments.push({
      id: "{c}",
      sheetId: model.sheets[1]!.id,
      row: 1,
      col: 1,
      content: "x",
      author: "A",
    });
    double = installExcelDouble(model);
    double.reopenWithNewSheetIds();
    expect(model.sheets.map((s) => s.id)).toEqual([
      "{00000000-0001-0000-0000-000000000000}",
      "{00000000-0001-0000-0001-000000000000}",
    ]);
    expect(model.comments[0]!.sheetId).toBe(model.sheets[1]!.id);
    expect(model.activeSheetId).toBe(model.sheets[0]!.id);
  });

  it("returns a note with CRLF line endings, and weighs a command as Office's request with escapes", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const text = await excel().run(async (context) => {
      const notes = context.workbook.worksheets.getItem("Indicatoren").notes;
      notes.add("E4", "Indicator Check:\n• één");
      await context.sync();
      const note = notes.getItemOrNullObject("E4");
      note.load("content");
      await context.sync();
      return note.content;
    });
    expect(text).toBe("Indicator Check:\r\n• één");
    // 200 for the action; "E4" as 4; the text: quotes 2, "Indicator Check:" 16, \n as 2, the space
    // and the n 2, and •, é, é as 6 each.
    expect(double.syncs[0]!.requestBytes).toBe(200 + 4 + (2 + 16 + 2 + 2 + 3 * 6));
  });
});

describe("note and comment text as Excel returns it", () => {
  it("recognises its notes read back with \\r\\n and a name line before them, and never takes the user's", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    double.model.sheets[0]!.notes.set("8,4", {
      row: 8,
      col: 4,
      content: "Indicator Check: klopt niet, zie mail van 3 maart (JdV)",
      author: "J. de Vries",
    });
    const before = asSeen(double);
    double.annotationText = { lineEnding: "\r\n", notePrefix: "J. de Vries:\n", commentPrefix: "" };
    const gateway = createExcelGateway();
    await gateway.applyMarks([mark("E4", "error"), mark("E7", "error")]);
    const report = await gateway.applyMarksDetailed([mark("E4", "error"), mark("E9", "error")]);
    expect(report.paneOnly).toEqual([{ sheet: "Indicatoren", cell: "E9", reason: "user-note" }]);
    expect(notesOf(double)).toEqual(["3,4", "4,2", "8,4"]);
    await gateway.clearMarks();
    expect(asSeen(double)).toEqual(before);
  });

  it("recognises its threaded comments read back with the author's name before them", async () => {
    double = installExcelDouble(budgetWorkbook(20, { apiVersion: 17 }));
    const before = asSeen(double);
    double.annotationText = { lineEnding: "\r\n", notePrefix: "", commentPrefix: "Indicator Check:\n" };
    const gateway = createExcelGateway();
    await gateway.applyMarks([mark("E4", "error"), mark("E7", "error")]);
    const report = await gateway.applyMarksDetailed([mark("E4", "error")]);
    expect(report).toMatchObject({ comments: 1, paneOnly: [] });
    expect(double.model.comments).toHaveLength(1);
    await gateway.clearMarks();
    expect(asSeen(double)).toEqual(before);
  });
});

describe("requests Excel refuses as too large", () => {
  const many = (n: number): Mark[] =>
    Array.from({ length: n }, (_, i) => mark(`E${i + 4}`, i % 3 ? "warning" : "error"));

  it("sends the notes again in smaller syncs when Excel refuses one, and each sync it took is under the limit", async () => {
    double = installExcelDouble(budgetWorkbook(20, { explanations: false }));
    double.payloadLimit = 200_000;
    const report = await createExcelGateway().applyMarksDetailed(many(2_000));
    expect(report.notes).toBe(2_000);
    expect(double.model.sheets[0]!.notes.size).toBe(2_001);
    const taken = double.syncs.filter((s) => s.failed === undefined);
    expect(double.syncs.some((s) => s.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(Math.max(...taken.map((s) => s.requestBytes))).toBeLessThanOrEqual(200_000);
  });

  it("names the sheet when Excel refuses even a single note", async () => {
    double = installExcelDouble(budgetWorkbook(20, { explanations: false }));
    double.payloadLimit = 3_000;
    await expect(
      createExcelGateway().applyMarks([
        mark("E4", "error", "Indicatoren", `Indicator Check:\n${"• te lang ".repeat(400)}`),
      ])
    ).rejects.toMatchObject({ code: "too-large", detail: { sheet: "Indicatoren" } });
  });

  it("checks 20,000 marked cells again at Excel on the web's 5 MB: our notes read back in bounded syncs", async () => {
    double = installExcelDouble(budgetWorkbook(20, { explanations: false }));
    const gateway = createExcelGateway();
    // Notes as long as the engine's (a finding's message and its norm: ~200 characters).
    const note = `Indicator Check:\nNorm niet gehaald in 2024: 8 min terwijl de norm ten hoogste 5 min is. ${"Zie de toelichting bij deze indicator. ".repeat(3)}`;
    const marks = many(20_000).map((m) => ({ ...m, note }));
    await gateway.applyMarks(marks);
    double.resetStats();
    await gateway.applyMarks(marks);
    expect(double.syncs.filter((s) => s.failed !== undefined)).toEqual([]);
    expect(Math.max(...double.syncs.map((s) => s.responseBytes))).toBeLessThan(FIVE_MB);
    // The notes read back in 3 syncs of ~3 MB (one was ~9 MB, refused); then our comments' check and
    // the deletions and new notes in 4 syncs of < 4 MB estimated request.
    expect(double.syncs).toHaveLength(8);
    expect(double.model.sheets[0]!.notes.size).toBe(20_001);
    await gateway.clearMarks();
    expect(double.model.sheets[0]!.notes.size).toBe(1);
  });

  it("marks 30,000 cells at Excel on the web's 5 MB without a refusal", async () => {
    double = installExcelDouble(budgetWorkbook(20, { explanations: false }));
    await createExcelGateway().applyMarks(many(30_000));
    expect(double.syncs.filter((s) => s.failed !== undefined)).toEqual([]);
    expect(double.syncs).toHaveLength(4); // the reads, then the notes in 3 syncs of < 4 MB estimated
    expect(Math.max(...double.syncs.map((s) => s.requestBytes))).toBeLessThan(FIVE_MB);
    expect(double.model.sheets[0]!.notes.size).toBe(30_001);
  });
});
