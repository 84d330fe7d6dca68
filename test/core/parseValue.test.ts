import { parseValue } from "../../src/core/values/parseValue";
import type { CellValue } from "../../src/core/workbook";

const text = (value: string) => parseValue({ value, text: value, format: "General" });
const typed = (value: CellValue, format: string, shown = "") => parseValue({ value, text: shown, format });

describe("parseValue: notations found in Dutch budgets", () => {
  it.each([
    ["8,3", 8.3, "number", "decimal-comma"],
    ["7,0", 7, "number", "decimal-comma"],
    ["43.000", 43000, "number", "integer"],
    ["1.459", 1459, "number", "integer"],
    ["1.234,56", 1234.56, "number", "decimal-comma"],
    ["14 050", 14050, "number", "integer"],
    ["8.3", 8.3, "number", "decimal-point"],
    ["-3", -3, "number", "integer"],
    ["75%", 75, "percent", "percent-text"],
    ["84,4 %", 84.4, "percent", "percent-text"],
    ["2:17", 137 / 60, "minutes", "clock"],
    ["1:02:03", 62 + 3 / 60, "minutes", "clock"],
    ["8 min", 8, "minutes", "minutes-word"],
    ["8 minuten", 8, "minutes", "minutes-word"],
    ["28 dagen", 28, "days", "days-word"],
    ["28 dagen gemiddeld", 28, "days", "days-word"],
    ["5 werkdagen", 5, "days", "days-word"],
    ["350 meldingen", 350, "number", "integer"],
  ])("%s → %d (%s, %s)", (input, amount, unit, notation) => {
    const v = text(input);
    expect(v).toMatchObject({ kind: "quantity", unit, notation, raw: input });
    expect(v.kind === "quantity" && v.amount).toBeCloseTo(amount, 6);
  });

  it.each([
    ["Maximaal 5 min", "<=", 5, "minutes"],
    ["maximaal 15 min", "<=", 15, "minutes"],
    ["minimaal 80%", ">=", 80, "percent"],
    ["Minimaal 7,5", ">=", 7.5, "number"],
    ["< 350", "<", 350, "number"],
    [">43", ">", 43, "number"],
    ["≥ 80%", ">=", 80, "percent"],
    ["≤ 5 min", "<=", 5, "minutes"],
    [">= 1.000", ">=", 1000, "number"],
  ])("bound %s → %s %d %s", (input, op, amount, unit) => {
    expect(text(input)).toMatchObject({ kind: "bound", op, amount, unit });
  });

  it.each([
    ["65 tot 70 %", 65, 70, "percent"],
    ["65-70%", 65, 70, "percent"],
    ["7 tot 8", 7, 8, "number"],
  ])("range %s → %d..%d %s", (input, min, max, unit) => {
    expect(text(input)).toMatchObject({ kind: "range", min, max, unit });
  });

  it.each([
    ["-", true],
    ["*", true],
    ["n.b.", false],
    ["nb", false],
    ["n.n.b.", false],
    ["n.v.t.", false],
    ["gnb", false],
    ["nog niet bekend", false],
    ["PM", false],
    ["", false],
    [" \u00a0\u200b ", false],
  ])("missing marker %j (needs a legend: %s)", (input, needsLegend) => {
    expect(text(input)).toMatchObject({ kind: "missing", needsLegend });
  });

  it("reads an empty cell as missing with an empty marker", () => {
    expect(typed(null, "General")).toEqual({ kind: "missing", marker: "", needsLegend: false, raw: "" });
  });

  it.each([
    ["5,9 (*)", 5.9, "*"],
    ["4,6% 3)", 4.6, "3"],
    ["14 050*", 14050, "*"],
    ["7,2¹", 7.2, "1"],
  ])("footnote marker on %s", (input, amount, footnote) => {
    expect(text(input)).toMatchObject({ kind: "quantity", amount, footnote });
  });

  it("keeps a year annotation: '7 (2013)'", () => {
    expect(text("7 (2013)")).toMatchObject({ kind: "quantity", amount: 7, year: 2013 });
  });

  it.each([
    ["toename", "higher"],
    ["Daling", "lower"],
  ])("direction word %s", (input, direction) => {
    expect(text(input)).toEqual({ kind: "direction", direction, raw: input });
  });

  describe("typed Excel cells", () => {
    it("a percentage number with a % format is percentage points", () => {
      expect(typed(0.75, "0%", "75%")).toMatchObject({ kind: "quantity", amount: 75, unit: "percent", notation: "percent-format" });
      expect(typed(0.844, "0.0%", "84,4%")).toMatchObject({ amount: 84.4 });
    });
    it("a time serial in mm:ss is an exact duration in minutes", () => {
      const v = typed(137 / 86400, "mm:ss", "02:17");
      expect(v).toMatchObject({ kind: "quantity", unit: "minutes", notation: "clock" });
      expect(v.kind === "quantity" && v.amount).toBeCloseTo(2.2833, 4);
    });
    it("a two-part clock in h:mm is read as the budget's m:ss", () => {
      const v = typed((2 * 60 + 17) / 1440, "h:mm", "2:17");
      expect(v.kind === "quantity" && v.amount).toBeCloseTo(2.2833, 4);
    });
    it("a Date from a time-formatted cell (as exceljs gives it) is a duration", () => {
      const v = typed(new Date(Date.UTC(1899, 11, 30, 0, 6, 36)), "mm:ss");
      expect(v).toMatchObject({ kind: "quantity", unit: "minutes", raw: "6:36" });
      expect(v.kind === "quantity" && v.amount).toBeCloseTo(6.6, 6);
    });
    it("a Date in the 1904 date system still reads as a time", () => {
      const v = parseValue({ value: new Date(Date.UTC(1904, 0, 1, 0, 2, 17)), text: "", format: "mm:ss" }, { date1904: true });
      expect(v.kind === "quantity" && v.amount).toBeCloseTo(2.2833, 4);
    });
    it("a real date where a number belongs is unparseable, not a number", () => {
      expect(typed(new Date(Date.UTC(2024, 0, 5)), "d-m-yyyy")).toMatchObject({ kind: "unparseable", reason: "date" });
      expect(typed(45296, "dd-mm-yyyy", "05-01-2024")).toMatchObject({ kind: "unparseable", reason: "date" });
    });
    it("a number with the General format keeps its display notation", () => {
      expect(typed(8, "0.0", "8,0")).toMatchObject({ amount: 8, notation: "decimal-comma" });
      expect(typed(8, "0", "8")).toMatchObject({ amount: 8, notation: "integer" });
    });
    it.each([
      [{ error: "#N/A" }, "error-value"],
      [{ error: "#DIV/0!" }, "error-value"],
      [true, "boolean"],
    ])("%j is unparseable (%s)", (value, reason) => {
      expect(typed(value as CellValue, "General")).toMatchObject({ kind: "unparseable", reason });
    });
    it("NaN and Infinity never pass as numbers", () => {
      expect(typed(Number.NaN, "General")).toMatchObject({ kind: "unparseable" });
      expect(typed(Number.POSITIVE_INFINITY, "General")).toMatchObject({ kind: "unparseable" });
    });
  });

  it.each(["abc", "5 tot", "8,3,4", "1.23.4", "Maximaal veel"])("%s is unparseable text", (input) => {
    expect(text(input)).toMatchObject({ kind: "unparseable", reason: "text", raw: input });
  });
});
