/**
 * The Office.js half of the diagnosis: what Office says about where the add-in runs, the syncs
 * counted in runExcel, and errors recorded as codes without their text.
 */
import path from "node:path";
import type { CellAddress } from "../../src/core/address";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildLayout, planLayoutSheet } from "../../src/core/layout";
import { GatewayError } from "../../src/core/gateway";
import type { Mark } from "../../src/core/marks";
import { EXCEL_API_VERSIONS, readOfficeEnvironment, syncCount } from "../../src/excel/diagnostics";
import { createExcelGateway } from "../../src/excel/excelGateway";
import { createDiagnosticsLog, errorRecord, KEPT_ERRORS } from "../../src/taskpane/diagnostics/log";
import { recordingGateway } from "../../src/taskpane/diagnostics/recordingGateway";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { budgetWorkbook } from "./budgetWorkbook";
import { FakeContext } from "./double/runtime";
import { OfficeError, installExcelDouble, type ExcelDouble } from "./excelDouble";

let double: ExcelDouble | null = null;
afterEach(() => {
  double?.uninstall();
  double = null;
  jest.restoreAllMocks();
});

type OfficeGlobal = { context: Record<string, unknown> };
const office = () => (globalThis as unknown as { Office: OfficeGlobal }).Office;

/** Office.context as Excel on the web fills it in (Office.context.diagnostics, displayLanguage). */
function asExcelOnTheWeb(): void {
  office().context["diagnostics"] = { host: "Excel", platform: "OfficeOnline", version: "16.0.19822.20000" };
  office().context["displayLanguage"] = "nl-NL";
}

/** What Excel rejects a sync with: its message may quote a cell (here the text of one). */
function excelError(code: string, location: string, quoted: string): OfficeError {
  const error = new OfficeError(code, `The argument '${quoted}' is invalid or missing.`);
  Object.assign(error.debugInfo, { errorLocation: location, statement: `range.values = [['${quoted}']];` });
  return error;
}

const marks: Mark[] = [4, 7, 10].map((r) => ({
  sheet: "Indicatoren",
  cell: `E${r}` as CellAddress,
  kind: "error",
  note: `Indicator Check:\n• E${r}`,
  findingIds: [`f:E${r}`],
}));

describe("readOfficeEnvironment", () => {
  it("reports host, platform, version, language and the ExcelApi versions isSetSupported admits", () => {
    double = installExcelDouble(budgetWorkbook(5, { apiVersion: 13 }));
    asExcelOnTheWeb();
    expect(readOfficeEnvironment()).toEqual({
      host: "Excel",
      platform: "OfficeOnline",
      version: "16.0.19822.20000",
      displayLanguage: "nl-NL",
      excelApi: EXCEL_API_VERSIONS.slice(0, 13),
    });
  });

  it("says unknown where Office gives nothing or throws, and lists no sets outside Office", () => {
    double = installExcelDouble(budgetWorkbook(5));
    Object.defineProperty(office().context, "displayLanguage", {
      get: () => {
        throw new Error("not in a document");
      },
    });
    const env = readOfficeEnvironment();
    expect(env).toMatchObject({ host: "unknown", platform: "unknown", version: "unknown" });
    expect(env.displayLanguage).toBe("unknown");
    double.uninstall();
    double = null;
    expect(readOfficeEnvironment()).toEqual({
      host: "unknown",
      platform: "unknown",
      version: "unknown",
      displayLanguage: "unknown",
      excelApi: [],
    });
  });
});

describe("syncs counted in runExcel", () => {
  it("counts exactly the syncs Excel saw, per operation", async () => {
    double = installExcelDouble(budgetWorkbook(40));
    const log = createDiagnosticsLog();
    const gateway = recordingGateway(createExcelGateway(), log);
    log.beginCheck();
    const start = syncCount();
    double.resetStats();
    await gateway.readWorkbook();
    const readSyncs = double.syncs.length;
    await gateway.applyMarks(marks);
    const markSyncs = double.syncs.length - readSyncs;
    await gateway.loadReview();
    log.endCheck();

    expect(readSyncs).toBeGreaterThanOrEqual(2);
    expect(markSyncs).toBeGreaterThanOrEqual(2);
    expect(syncCount() - start).toBe(double.syncs.length);
    expect(log.lastCheck()?.operations.map((o) => [o.operation, o.syncs, o.ok])).toEqual([
      ["read", readSyncs, true],
      ["mark", markSyncs, true],
      ["review-load", double.syncs.length - readSyncs - markSyncs, true],
    ]);
  });

  it("says it does not know the syncs of inserting the tables, which run outside runExcel, rather than 0", async () => {
    const sample = path.resolve(__dirname, "../../examples/begroting-2026-dienstverlening.xlsx");
    const plan = planLayoutSheet(buildLayout(analyseWorkbook(await readWorkbookFile(sample))));
    double = installExcelDouble(budgetWorkbook(5));
    const log = createDiagnosticsLog();
    const gateway = recordingGateway(createExcelGateway(), log);
    log.beginCheck();
    double.resetStats();
    await gateway.insertLayoutSheet(plan, "Begrotingstabellen");
    await gateway.selectCell("Indicatoren", "D5");
    log.endCheck();
    expect(double.syncs.length).toBeGreaterThan(1);
    expect(log.lastCheck()?.operations.map((o) => [o.operation, o.syncs])).toEqual([
      ["insert-tables", null],
      ["select-cell", 1],
    ]);
  });

  it("passes through what it does not time, so the pane still finds the detailed variants", async () => {
    double = installExcelDouble(budgetWorkbook(5, { apiVersion: 10 }));
    const gateway = recordingGateway(createExcelGateway(), createDiagnosticsLog());
    expect(gateway.capabilities()).toMatchObject({ minimum: true, annotations: "comments" });
    await expect(gateway.loadReviewDetailed()).resolves.toMatchObject({ warning: null });
    expect(gateway.applyMarks).toBe(gateway.applyMarks);
  });
});

describe("errors as codes", () => {
  it("keeps the operation, the gateway code, Office's code and errorLocation, never the message", async () => {
    const marker = "ZZ-MARKER-51c2";
    double = installExcelDouble(budgetWorkbook(5));
    const log = createDiagnosticsLog(() => Date.parse("2026-12-07T10:00:00Z"));
    const gateway = recordingGateway(createExcelGateway(), log);
    jest
      .spyOn(FakeContext.prototype, "sync")
      .mockRejectedValueOnce(excelError("InvalidArgument", "Range.values", marker));
    const failure = await gateway.clearMarks().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GatewayError);
    expect(String((failure as Error).message)).toContain(marker); // the pane's error bar may say it

    expect(log.errors()).toEqual([
      {
        at: "2026-12-07T10:00:00.000Z",
        operation: "clear",
        code: "failed",
        officeCode: "InvalidArgument",
        errorLocation: "Range.values",
      },
    ]);
    expect(JSON.stringify(log.errors())).not.toContain(marker);
  });

  it("records an error that is not Office's by its name, and one without a cause without Office codes", () => {
    const at = new Date("2026-12-07T10:00:00Z");
    expect(errorRecord("check", new TypeError("cannot read 'Wachttijd'"), at)).toEqual({
      at: at.toISOString(),
      operation: "check",
      code: "TypeError",
      officeCode: null,
      errorLocation: null,
    });
    expect(
      errorRecord("mark", new GatewayError("sheet-protected", "Sheet 'Geheim' is protected"), at)
    ).toEqual({
      at: at.toISOString(),
      operation: "mark",
      code: "sheet-protected",
      officeCode: null,
      errorLocation: null,
    });
    expect(errorRecord("read", "oops", at).code).toBe("string");
  });

  it("keeps only the last errors", async () => {
    const log = createDiagnosticsLog();
    for (let i = 0; i < KEPT_ERRORS + 3; i++) {
      const error = new GatewayError(i % 2 ? "not-found" : "too-large", `error ${i}`);
      await log.operation(i < 3 ? "read" : "mark", () => Promise.reject(error)).catch(() => undefined);
    }
    expect(log.errors()).toHaveLength(KEPT_ERRORS);
    expect(log.errors().every((e) => e.operation === "mark")).toBe(true);
  });
});

describe("the last check's steps", () => {
  it("times each step until the next, and records a failure outside the operations once", async () => {
    let t = 0;
    const log = createDiagnosticsLog(() => t);
    log.beginCheck();
    log.checkStep("reading");
    t = 40;
    await log.operation(
      "read",
      async () => (t = 120),
      () => t
    );
    log.checkStep("detect");
    log.checkStep("detect"); // progress within a step does not start it again
    t = 150;
    log.checkStep("marking");
    t = 160;
    const failure = new RangeError("engine");
    log.endCheck(failure);
    expect(log.lastCheck()).toEqual({
      at: new Date(0).toISOString(),
      ms: 160,
      ok: false,
      steps: [
        { step: "reading", ms: 120 },
        { step: "detect", ms: 30 },
        { step: "marking", ms: 10 },
      ],
      operations: [{ operation: "read", ms: 80, syncs: 80, ok: true }],
    });
    expect(log.errors().map((e) => [e.operation, e.code])).toEqual([["check", "RangeError"]]);
  });
});
