import { formatText } from "../../src/xlsx/formatText";
import type { CellValue } from "../../src/core/workbook";

const time = (h: number, m: number, s: number): number => (h * 3600 + m * 60 + s) / 86400;

describe("formatText: numbers as a Dutch Excel shows them", () => {
  const cases: [CellValue, string, string][] = [
    // General
    [8.3, "General", "8,3"],
    [8, "General", "8"],
    [-8.25, "General", "-8,25"],
    [0.1 + 0.2, "General", "0,3"],
    [1 / 3, "General", "0,3333333333"],
    [1234567, "General", "1234567"],
    [12345678901, "General", "12345678901"],
    [123456789012, "General", "1,23457E+11"],
    [1e-12, "General", "1E-12"],
    [0, "General", "0"],
    [8.3, "", "8,3"],
    // fixed decimals
    [8, "0", "8"],
    [8.5, "0", "9"],
    [-8.5, "0", "-9"],
    [8, "0.0", "8,0"],
    [8.3, "0.0", "8,3"],
    [7.25, "0.0", "7,3"],
    [1.005, "0.00", "1,01"],
    [-3.5, "0.0", "-3,5"],
    [0.004, "0.00", "0,00"],
    // grouping and scaling
    [1234567.891, "#,##0", "1.234.568"],
    [1234567.891, "#,##0.00", "1.234.567,89"],
    [-1234.5, "#,##0.00", "-1.234,50"],
    [999, "#,##0", "999"],
    [1500000, "#,##0,", "1.500"],
    [0.25, "#.##", ",25"],
    [0.5, "0.0#", "0,5"],
    [0.125, "0.0#", "0,13"],
    // percentages
    [0.75, "0%", "75%"],
    [0.705, "0%", "71%"],
    [0.8, "0%", "80%"],
    [0.705, "0.0%", "70,5%"],
    [1.2, "0%", "120%"],
    [-0.05, "0%", "-5%"],
    // sections, literals, currency, scientific
    [-3.5, "0.0;(0.0)", "(3,5)"],
    [0, '0;-0;"-"', "-"],
    [12, '0" min"', "12 min"],
    [12, "0\\ \\m\\i\\n", "12 min"],
    [1234.5, "[$€-413] #,##0.00", "€ 1.234,50"],
    [-1234.5, "[$€-413] #,##0.00", "-€ 1.234,50"],
    [5, "[Red]0.0", "5,0"],
    [12345, "0.00E+00", "1,23E+04"],
    // unknown layouts fall back to General
    [0.5, "# ?/?", "0,5"],
    [8.3, "@", "8,3"],
  ];
  test.each(cases)("%p with %p → %p", (value, format, expected) => {
    expect(formatText(value, format)).toBe(expected);
  });
});

describe("formatText: times and dates", () => {
  const cases: [CellValue, string, string][] = [
    [time(0, 2, 17), "mm:ss", "02:17"],
    [time(0, 2, 17), "m:ss", "2:17"],
    [time(0, 6, 36), "mm:ss", "06:36"],
    [time(0, 2, 16.6), "mm:ss", "02:17"],
    [time(2, 17, 0), "h:mm", "2:17"],
    [time(14, 5, 9), "h:mm:ss", "14:05:09"],
    [time(0, 2, 17), "[h]:mm:ss", "0:02:17"],
    [1.5, "[h]:mm", "36:00"],
    [time(1, 2, 3), "[mm]:ss", "62:03"],
    [time(0, 0, 1.5), "ss.00", "01,50"],
    [time(14, 0, 0), "h:mm AM/PM", "2:00 PM"],
    [45980, "d-m-yyyy", "19-11-2025"],
    [45980.67, "dd-mm-yyyy h:mm", "19-11-2025 16:04"],
    [45980, "dd/mm/yyyy", "19-11-2025"],
    [45980, "dd\\/mm\\/yyyy", "19/11/2025"],
    [45980, "mm-dd-yy", "19-11-2025"], // built-in short date (numFmtId 14) follows nl-NL
    [45980, "dddd d mmmm yyyy", "woensdag 19 november 2025"],
    [45980, "ddd d mmm yy", "wo 19 nov 25"],
    [45721, "d mmm yyyy", "5 mrt 2025"],
    [60, "d-m-yyyy", "29-2-1900"],
    [61, "d-m-yyyy", "1-3-1900"],
    [-1, "d-m-yyyy", "#####"],
    // Dates (as exceljs returns date/time cells) render the same as their serials
    [new Date(Date.UTC(1899, 11, 30, 0, 2, 17)), "mm:ss", "02:17"],
    [new Date(Date.UTC(1899, 11, 30, 0, 2, 17)), "m:ss", "2:17"],
    [new Date(Date.UTC(2025, 10, 19, 16, 6, 0)), "d-m-yyyy h:mm:ss", "19-11-2025 16:06:00"],
    [new Date(Date.UTC(2025, 10, 19)), "General", "45980"],
  ];
  test.each(cases)("%p with %p → %p", (value, format, expected) => {
    expect(formatText(value, format)).toBe(expected);
  });

  test("a Date from a 1904 workbook maps back to its 1904 serial", () => {
    // exceljs reads serial 0.0015856... in a 1904 workbook as 1904-01-01 00:02:17.
    const d = new Date(Date.UTC(1904, 0, 1, 0, 2, 17));
    expect(formatText(d, "[h]:mm:ss", { date1904: true })).toBe("0:02:17");
    expect(formatText(d, "d-m-yyyy", { date1904: true })).toBe("1-1-1904");
    expect(formatText(0, "d-m-yyyy", { date1904: true })).toBe("1-1-1904");
  });
});

describe("formatText: other values", () => {
  const cases: [CellValue, string, string][] = [
    [null, "General", ""],
    [null, "0%", ""],
    ["82%", "General", "82%"],
    ["6:36", "General", "6:36"],
    ["Maximaal 5 min", "0.0", "Maximaal 5 min"],
    ["*", "@", "*"],
    [true, "General", "WAAR"],
    [false, "General", "ONWAAR"],
    [{ error: "#N/A" }, "General", "#N/B"],
    [{ error: "#DIV/0!" }, "0%", "#DEEL/0!"],
    [{ error: "#VALUE!" }, "General", "#WAARDE!"],
    [{ error: "#REF!" }, "General", "#VERW!"],
    [{ error: "#SPILL!" }, "General", "#SPILL!"],
  ];
  test.each(cases)("%p with %p → %p", (value, format, expected) => {
    expect(formatText(value, format)).toBe(expected);
  });
});
