/**
 * Error cells against texts that read like errors. Range.values gives an error cell's value as its
 * English error text ("#N/A"), and a text cell that holds "#N/A" gives exactly the same string;
 * only Range.valueTypes (ExcelApi 1.1) says "Error" or "String". A municipality that writes "#N/A"
 * as text (under "@", or as '#N/A) must not be told that its cell holds an error.
 */
import { createExcelGateway } from "../../src/excel/excelGateway";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { READ_LIMITS } from "../../src/excel/readPlan";
import { checkRequirements } from "../../src/excel/requirements";
import { budgetWorkbook } from "./budgetWorkbook";
import { enterValue } from "./double/model";
import { buildModel, installExcelDouble, maxPayload, type ExcelDouble } from "./excelDouble";

let double: ExcelDouble;
afterEach(() => double.uninstall());

const ERROR_NA = { value: "#N/A", text: "#N/B" } as const; // an error cell in a Dutch Excel
const TEXT_NA = { value: "#N/A", literalText: true, numberFormat: "@", text: "#N/A" } as const;

describe("error cells and texts that read like errors", () => {
  it("keeps a text '#N/A' as text and an error #N/A as the error, in the windows", async () => {
    double = installExcelDouble(
      buildModel([
        {
          name: "Indicatoren",
          rows: [["Wachttijd", ERROR_NA, TEXT_NA, { value: "#DIV/0!", literalText: true }]],
        },
      ])
    );
    const data = await createExcelGateway().readWorkbook();
    expect(data.sheets[0]!.cells[0]).toEqual([
      { value: "Wachttijd", text: "Wachttijd", format: "General" },
      { value: { error: "#N/A" }, text: "#N/B", format: "General" },
      { value: "#N/A", text: "#N/A", format: "@" },
      { value: "#DIV/0!", text: "#DIV/0!", format: "General" },
    ]);
  });

  it("does the same in the bands read after the windows", async () => {
    const rows = Array.from({ length: 400 }, (_, r) => [`Indicator ${r}`, r % 2 ? ERROR_NA : TEXT_NA]);
    double = installExcelDouble(buildModel([{ name: "Indicatoren", rows }]));
    // Windows of 10 rows: the other 390 rows come in bands.
    const data = await readWorkbook(checkRequirements(), undefined, {
      ...READ_LIMITS,
      syncBudgetBytes: 10 * 13 * 45,
    });
    expect(double.syncs.length).toBeGreaterThan(2);
    const column = data.sheets[0]!.cells.map((row) => row[1]!.value);
    expect(column.filter((v) => v === "#N/A")).toHaveLength(200);
    expect(column.filter((v) => typeof v === "object" && v !== null && "error" in v)).toHaveLength(200);
    expect(column[399]).toEqual({ error: "#N/A" });
    expect(column[398]).toBe("#N/A");
  });

  it("is as the double's Excel stores what is typed: bare #N/A is the error, '#N/A and #N/A under @ are text", () => {
    expect(enterValue(undefined, "#N/A")).toEqual({ value: "#N/A" });
    expect(enterValue(undefined, "'#N/A")).toEqual({ value: "#N/A", literalText: true });
    expect(enterValue({ value: null, numberFormat: "@" }, "#N/A")).toEqual({
      value: "#N/A",
      numberFormat: "@",
      literalText: true,
    });
  });

  it("adds no sync to a budget workbook: 2 syncs, ~25% more bytes", async () => {
    double = installExcelDouble(budgetWorkbook(200));
    await createExcelGateway().readWorkbook();
    expect(double.syncs).toHaveLength(2);
    // values, text and numberFormat were 73 kB for these 2,036 cells; valueTypes adds ~9 bytes a cell.
    expect(maxPayload(double.syncs)).toBeGreaterThan(73_000);
    expect(maxPayload(double.syncs)).toBeLessThan(73_000 + 2_036 * 10);
  });
});
