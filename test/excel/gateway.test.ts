import type { CellAddress } from "../../src/core/address";
import { makeFinding } from "../../src/core/findings/makeFinding";
import type { IndicatorId } from "../../src/core/findings/types";
import { EMPTY_REVIEW, REVIEW_NAMESPACE, setReview } from "../../src/core/review";
import { createExcelGateway } from "../../src/excel/excelGateway";
import { budgetWorkbook } from "./budgetWorkbook";
import { buildModel, installExcelDouble, type ExcelDouble } from "./excelDouble";

let double: ExcelDouble;
afterEach(() => double.uninstall());

const finding = makeFinding(
  "norm/breach",
  {
    sheet: "Indicatoren",
    cell: "E5" as CellAddress,
    indicatorId: "wachttijd-balie" as IndicatorId,
    year: 2024,
  },
  {
    value: 7,
    raw: "7 min",
    norm: { op: "<=", amount: 5, unit: "minutes", raw: "Maximaal 5 min" },
    source: "name",
  }
);

describe("review in the workbook", () => {
  it("round-trips through a custom XML part: save, close, open, load", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const result = setReview(
      EMPTY_REVIEW,
      finding,
      "akkoord",
      { reason: "Verbouwing publiekshal", reviewer: "J. de Vries" },
      new Date("2026-03-02T09:30:00Z")
    );
    if (!result.ok) throw new Error("setup");
    await createExcelGateway().saveReview(result.state);
    expect(double.syncs).toHaveLength(2);
    double.reopen();
    double.resetStats();
    const loaded = await createExcelGateway().loadReview();
    expect(loaded).toEqual(result.state);
    expect(double.syncs).toHaveLength(2);
    expect(double.model.customXmlParts.map((p) => p.namespace)).toEqual([REVIEW_NAMESPACE]);
  });

  it("overwrites its one part and removes stray copies", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const gateway = createExcelGateway();
    double.model.customXmlParts.push({
      id: "{copy}",
      namespace: REVIEW_NAMESPACE,
      xml: `<review xmlns="${REVIEW_NAMESPACE}"/>`,
    });
    double.model.customXmlParts.push({
      id: "{other}",
      namespace: "urn:someone-else",
      xml: `<x xmlns="urn:someone-else"/>`,
    });
    await gateway.saveReview(EMPTY_REVIEW);
    await gateway.saveReview(EMPTY_REVIEW);
    expect(double.model.customXmlParts.map((p) => p.id)).toEqual(["{copy}", "{other}"]);
    expect(await gateway.loadReview()).toEqual(EMPTY_REVIEW);
  });

  it("loads an empty review from a workbook without one, and an unreadable one with a warning", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const gateway = createExcelGateway();
    await expect(gateway.loadReviewDetailed()).resolves.toEqual({ state: EMPTY_REVIEW, warning: null });
    expect(double.syncs).toHaveLength(1);
    double.model.customXmlParts.push({
      id: "{bad}",
      namespace: REVIEW_NAMESPACE,
      xml: `<review xmlns="${REVIEW_NAMESPACE}"><![CDATA[{oops]]></review>`,
    });
    await expect(gateway.loadReviewDetailed()).resolves.toEqual({
      state: EMPTY_REVIEW,
      warning: "unreadable",
    });
  });
});

describe("selection", () => {
  it("activates the sheet first, then selects the cell, in one sync", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    await createExcelGateway().selectCell("Toelichting 2026", "C3");
    expect(double.model.log).toEqual(["activate:Toelichting 2026", "select:'Toelichting 2026'!C3"]);
    expect(double.syncs).toHaveLength(1);
  });

  it("gives the selection as sheet and range, quoted names unquoted", async () => {
    double = installExcelDouble(buildModel([{ name: "Blad1" }, { name: "It's 2026" }]));
    const gateway = createExcelGateway();
    await gateway.selectCell("It's 2026", "B3:D4");
    await expect(gateway.getSelection()).resolves.toEqual({ sheet: "It's 2026", range: "B3:D4" });
  });

  it("reports a sheet that is gone as not-found", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    await expect(createExcelGateway().selectCell("Weg", "A1")).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("onChanged", () => {
  it("hears edits on any sheet until unsubscribed", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const heard: number[] = [];
    const unsubscribe = await createExcelGateway().onChanged(() => heard.push(1));
    await double.edit("Indicatoren", "E5", 0.91);
    await double.edit("Toelichting 2026", "C3", "Nieuw");
    expect(heard).toHaveLength(2);
    await unsubscribe();
    await double.edit("Indicatoren", "E5", 0.92);
    expect(heard).toHaveLength(2);
  });
});

describe("onSelectionChanged", () => {
  /** Selection events arrive after the sync that moved the selection, and take a sync of their own. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

  it("tells the top-left cell of the user's selection, with the sheet's current name", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const heard: { sheet: string; cell: string }[] = [];
    const unsubscribe = await createExcelGateway().onSelectionChanged((s) => heard.push(s));
    double.select("Indicatoren", "E5");
    await settle();
    double.select("Toelichting 2026", "C3:D9");
    await settle();
    double.model.sheets.find((s) => s.name === "Indicatoren")!.name = "Indicatoren 2026";
    double.select("Indicatoren 2026", "B7");
    await settle();
    expect(heard).toEqual([
      { sheet: "Indicatoren", cell: "E5" },
      { sheet: "Toelichting 2026", cell: "C3" },
      { sheet: "Indicatoren 2026", cell: "B7" },
    ]);
    await unsubscribe();
    double.select("Indicatoren 2026", "E6");
    await settle();
    expect(heard).toHaveLength(3);
  });

  it("starts a whole column or row at its first cell, and several areas at the first area", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const heard: string[] = [];
    await createExcelGateway().onSelectionChanged((s) => heard.push(s.cell));
    for (const address of ["B:B", "3:3", "$D$4:$E$9", "F2:F3, A1"]) {
      double.select("Indicatoren", address);
      await settle();
    }
    expect(heard).toEqual(["B1", "A3", "D4", "F2"]);
  });

  it("hears the pane's own selectCell too, and passes over a sheet deleted meanwhile", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const gateway = createExcelGateway();
    const heard: { sheet: string; cell: string }[] = [];
    await gateway.onSelectionChanged((s) => heard.push(s));
    await gateway.selectCell("Indicatoren", "E5");
    await settle();
    expect(heard).toEqual([{ sheet: "Indicatoren", cell: "E5" }]);

    double.select("Toelichting 2026", "A1");
    double.model.sheets.splice(
      double.model.sheets.findIndex((s) => s.name === "Toelichting 2026"),
      1
    );
    await settle();
    expect(heard).toHaveLength(1);
  });

  it("costs one sync to subscribe and one per selection", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    await createExcelGateway().onSelectionChanged(() => undefined);
    expect(double.syncs).toHaveLength(1);
    double.select("Indicatoren", "E5");
    await settle();
    expect(double.syncs).toHaveLength(2);
  });

  it("is refused on an Excel without ExcelApi 1.9, as every operation", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    double.apiVersion = 8;
    await expect(createExcelGateway().onSelectionChanged(() => undefined)).rejects.toMatchObject({
      code: "api-unsupported",
    });
  });
});
