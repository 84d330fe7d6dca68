import type ExcelJS from "exceljs";
import { cellAt } from "../../src/core/workbook";
import type { SheetData, WorkbookData } from "../../src/core/workbook";
import { readWorkbookBuffer, workbookDataFromExcelJs } from "../../src/xlsx/readWorkbook";
import { workbookBytes } from "./fixtures";

async function read(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<WorkbookData> {
  return readWorkbookBuffer(await workbookBytes(build));
}

function only(wb: WorkbookData): SheetData {
  expect(wb.sheets).toHaveLength(1);
  return wb.sheets[0]!;
}

/** The cell at an A1 address. */
function at(sheet: SheetData, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return cellAt(sheet, Number(m[2]) - 1, col);
}

describe("readWorkbookBuffer: used range", () => {
  test("starts at the first cell with a value and ignores styled empty cells", async () => {
    const s = only(
      await read((wb) => {
        const ws = wb.addWorksheet("Blad1");
        ws.getCell("A1").border = { top: { style: "thin" } };
        ws.getCell("Z40").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
        ws.getCell("C5").value = "Indicator";
        ws.getCell("E7").value = 1;
      }),
    );
    expect(s.startRow).toBe(4);
    expect(s.startCol).toBe(2);
    expect(s.cells).toHaveLength(3);
    expect(s.cells.every((row) => row.length === 3)).toBe(true);
    expect(s.cells[0]![0]!.value).toBe("Indicator");
    expect(s.cells[2]![2]!.value).toBe(1);
    expect(s.cells[1]![1]).toMatchObject({ value: null, text: "", format: "General" });
  });

  test("an empty sheet has an empty grid", async () => {
    const s = only(await read((wb) => void wb.addWorksheet("Leeg")));
    expect(s).toMatchObject({ name: "Leeg", startRow: 0, startCol: 0, cells: [] });
  });

  test("a merge extends the used range", async () => {
    const s = only(
      await read((wb) => {
        const ws = wb.addWorksheet("Blad1");
        ws.getCell("B2").value = "Titel";
        ws.mergeCells("B2:E3");
      }),
    );
    expect([s.startRow, s.startCol, s.cells.length, s.cells[0]!.length]).toEqual([1, 1, 2, 4]);
  });
});

describe("readWorkbookBuffer: values", () => {
  let s: SheetData;
  beforeAll(async () => {
    s = only(
      await read((wb) => {
        const ws = wb.addWorksheet("Waarden");
        ws.getCell("A1").value = 8.3;
        ws.getCell("A1").numFmt = "0.0";
        ws.getCell("A2").value = "tekst";
        ws.getCell("A3").value = true;
        ws.getCell("A4").value = { error: "#N/A" };
        ws.getCell("A5").value = { error: "#DIV/0!" };
        ws.getCell("A6").value = { richText: [{ text: "Klant" }, { text: "tevredenheid", font: { bold: true } }] };
        ws.getCell("A7").value = { text: "Website", hyperlink: "https://gemeente.groningen.nl" };
        ws.getCell("A8").value = 1234567.5;
        ws.getCell("A8").numFmt = "#,##0.00";
        ws.getCell("A9").value = new Date(Date.UTC(2025, 10, 19));
        ws.getCell("A9").numFmt = "d-m-yyyy";
        ws.getCell("A10").value = 0.705;
        ws.getCell("A10").numFmt = "0.0%";
      }),
    );
  });

  test.each([
    ["A1", 8.3, "8,3", "0.0"],
    ["A2", "tekst", "tekst", "General"],
    ["A3", true, "WAAR", "General"],
    ["A4", { error: "#N/A" }, "#N/B", "General"],
    ["A5", { error: "#DIV/0!" }, "#DEEL/0!", "General"],
    ["A6", "Klanttevredenheid", "Klanttevredenheid", "General"],
    ["A7", "Website", "Website", "General"],
    ["A8", 1234567.5, "1.234.567,50", "#,##0.00"],
    ["A10", 0.705, "70,5%", "0.0%"],
  ])("%s", (address, value, text, format) => {
    expect(at(s, address)).toEqual({ value, text, format });
  });

  test("a date cell is a Date with its Dutch text", () => {
    const cell = at(s, "A9");
    expect(cell.value).toEqual(new Date(Date.UTC(2025, 10, 19)));
    expect(cell.text).toBe("19-11-2025");
  });

  test("a Date without a number format gets exceljs's default short date, shown Dutch", async () => {
    const cell = at(
      only(await read((wb) => void (wb.addWorksheet("D").getCell("A1").value = new Date(Date.UTC(2026, 0, 2))))),
      "A1",
    );
    expect(cell.format).toBe("mm-dd-yy");
    expect(cell.text).toBe("2-1-2026");
  });
});

describe("readWorkbookBuffer: formulas", () => {
  let s: SheetData;
  beforeAll(async () => {
    s = only(
      await read((wb) => {
        const ws = wb.addWorksheet("Formules");
        ws.getCell("A1").value = 0.75;
        ws.getCell("A2").value = 0.7;
        ws.getCell("A3").value = { formula: "AVERAGE(A1:A2)", result: 0.725 };
        ws.getCell("A3").numFmt = "0%";
        ws.fillFormula("B1:B2", "A1*100", [75, 70]); // one shared formula for B1:B2
        ws.getCell("C1").value = { formula: "A1/0", result: { error: "#DIV/0!" } };
        ws.getCell("C2").value = { formula: 'VLOOKUP("x",A1:A2,1,FALSE)', result: { error: "#N/A" } };
        ws.getCell("C3").value = { formula: 'IF(A1>0.5,"ja","nee")', result: "ja" };
        ws.getCell("C4").value = { formula: 'HYPERLINK("https://groningen.nl","site")', result: "site" };
        ws.getCell("D1").value = { formula: "A1+A2" };
        ws.getCell("D2").value = { formula: "TIME(0,2,17)", result: 137 / 86400 };
        ws.getCell("D2").numFmt = "m:ss";
      }),
    );
  });

  test("the cached result is the value and the formula is kept with '='", () => {
    expect(at(s, "A3")).toEqual({ value: 0.725, text: "73%", format: "0%", formula: "=AVERAGE(A1:A2)" });
    expect(at(s, "C3")).toMatchObject({ value: "ja", text: "ja", formula: '=IF(A1>0.5,"ja","nee")' });
  });

  test("a HYPERLINK formula gives its result", () => {
    expect(at(s, "C4")).toMatchObject({ value: "site", formula: '=HYPERLINK("https://groningen.nl","site")' });
  });

  test("shared formulas are expanded for every cell", () => {
    expect(at(s, "B1")).toMatchObject({ value: 75, formula: "=A1*100" });
    expect(at(s, "B2")).toMatchObject({ value: 70, formula: "=A2*100" });
  });

  test("error results are error values", () => {
    expect(at(s, "C1")).toMatchObject({ value: { error: "#DIV/0!" }, text: "#DEEL/0!", formula: "=A1/0" });
    expect(at(s, "C2")).toMatchObject({ value: { error: "#N/A" }, text: "#N/B" });
  });

  test("a formula without a cached result is null", () => {
    expect(at(s, "D1")).toMatchObject({ value: null, text: "", formula: "=A1+A2" });
  });

  test("a time-formatted formula result becomes a Date like a typed time", () => {
    const cell = at(s, "D2");
    expect(cell.value).toEqual(new Date(Date.UTC(1899, 11, 30, 0, 2, 17)));
    expect(cell.text).toBe("2:17");
  });
});

describe("readWorkbookBuffer: merged cells", () => {
  test("every cell of a merge carries the range; only the top-left keeps the value", async () => {
    const s = only(
      await read((wb) => {
        const ws = wb.addWorksheet("Samengevoegd");
        ws.getCell("A1").value = "kop";
        ws.getCell("B3").value = "Behaald";
        ws.mergeCells("B3:D3");
        ws.getCell("A4").value = "Beleidsveld";
        ws.mergeCells("A4:A6");
        ws.getCell("D6").value = 1;
      }),
    );
    expect(at(s, "B3")).toMatchObject({ value: "Behaald", text: "Behaald", merge: "B3:D3" });
    expect(at(s, "C3")).toMatchObject({ value: null, text: "", merge: "B3:D3" });
    expect(at(s, "D3")).toMatchObject({ value: null, merge: "B3:D3" });
    expect(at(s, "A4").merge).toBe("A4:A6");
    expect(at(s, "A6")).toMatchObject({ value: null, merge: "A4:A6" });
    expect(at(s, "B4").merge).toBeUndefined();
    expect(at(s, "A1").merge).toBeUndefined();
  });
});

describe("readWorkbookBuffer: workbook and sheet flags", () => {
  test("1904 date system: flag set and dates shown correctly", async () => {
    const wb = await read((w) => {
      w.properties.date1904 = true;
      const ws = w.addWorksheet("1904");
      ws.getCell("A1").value = new Date(Date.UTC(2025, 10, 19));
      ws.getCell("A1").numFmt = "d-m-yyyy";
      ws.getCell("A2").value = 137 / 86400;
      ws.getCell("A2").numFmt = "[h]:mm:ss";
    });
    expect(wb.date1904).toBe(true);
    const s = only(wb);
    expect(at(s, "A1").value).toEqual(new Date(Date.UTC(2025, 10, 19)));
    expect(at(s, "A1").text).toBe("19-11-2025");
    expect(at(s, "A2").value).toEqual(new Date(Date.UTC(1904, 0, 1, 0, 2, 17)));
    expect(at(s, "A2").text).toBe("0:02:17");
  });

  test("hidden, very hidden and protected sheets", async () => {
    const wb = await read(async (w) => {
      w.addWorksheet("Zichtbaar").getCell("A1").value = 1;
      w.addWorksheet("Verborgen", { state: "hidden" }).getCell("A1").value = 2;
      w.addWorksheet("Heel verborgen", { state: "veryHidden" }).getCell("A1").value = 3;
      const locked = w.addWorksheet("Beveiligd");
      locked.getCell("A1").value = 4;
      await locked.protect("geheim", {});
    });
    const flags = wb.sheets.map((s) => [s.name, s.hidden ?? false, s.protected ?? false]);
    expect(flags).toEqual([
      ["Zichtbaar", false, false],
      ["Verborgen", true, false],
      ["Heel verborgen", true, false],
      ["Beveiligd", false, true],
    ]);
  });

  test("workbookDataFromExcelJs converts an in-memory workbook without writing it", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Direct");
    ws.getCell("B2").value = 0.8;
    ws.getCell("B2").numFmt = "0%";
    const data = workbookDataFromExcelJs(wb);
    expect(data.sheets[0]).toMatchObject({ name: "Direct", startRow: 1, startCol: 1 });
    expect(data.sheets[0]!.cells[0]![0]).toEqual({ value: 0.8, text: "80%", format: "0%" });
  });
});
