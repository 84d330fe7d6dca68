/** The double must be at least as strict as Excel, or the gateway tests prove nothing. */
import { cellKey } from "./double/model";
import { buildModel, installExcelDouble, type ExcelDouble } from "./excelDouble";

let double: ExcelDouble;
beforeEach(() => {
  double = installExcelDouble(buildModel([{ name: "Blad1", rows: [[1, 2]] }], 12));
});
afterEach(() => double.uninstall());

type Run = (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
const run: Run = (batch) => (globalThis as unknown as { Excel: { run: Run } }).Excel.run(batch);

describe("Excel double", () => {
  it("throws on a property read before load and sync", async () => {
    await expect(
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
        range.load("values");
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the mistake under test
        return range.values; // no sync yet
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    await expect(
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
        range.load("address");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake under test
        return range.values; // not loaded
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("reads loaded values after sync, counts the sync and weighs it", async () => {
    await expect(
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
        range.load("values");
        await context.sync();
        return range.values;
      })
    ).resolves.toEqual([[1, 2]]);
    expect(double.syncs).toEqual([
      {
        requestBytes: expect.any(Number),
        responseBytes: JSON.stringify({ values: [[1, 2]] }).length,
        commands: 1,
      },
    ]);
  });

  it("refuses a batch that ends with commands never synced", async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").activate();
      })
    ).rejects.toThrow(/never synced/);
  });

  it("fails at sync with ApiNotFound for an API newer than this Excel", async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").notes.add("A1", "x");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("fails with ItemNotFound for a missing sheet", async () => {
    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Nope");
        sheet.load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("Excel double: writing", () => {
  const sheet = () => double.model.sheets[0]!;
  /** One Excel.run: queue the change, sync. */
  const write = (change: (ws: Excel.Worksheet, context: Excel.RequestContext) => void) =>
    run(async (context) => {
      change(context.workbook.worksheets.getItem("Blad1"), context);
      await context.sync();
    });

  it("adds a sheet at the end at sync, refusing a name in use (any case) or one Excel forbids", async () => {
    await run(async (context) => {
      context.workbook.worksheets.add("Nieuw");
      expect(double.model.sheets.map((s) => s.name)).toEqual(["Blad1"]); // queued, not yet run
      await context.sync();
    });
    expect(double.model.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ["Blad1", "Visible", false],
      ["Nieuw", "Visible", false],
    ]);
    expect(double.model.activeSheetId).toBe(sheet().id); // add does not activate
    for (const [name, code] of [
      ["blad1", "ItemAlreadyExists"],
      ["a:b", "InvalidArgument"],
      ["x".repeat(32), "InvalidArgument"],
      ["'quoted'", "InvalidArgument"],
      ["History", "InvalidArgument"],
    ] as const) {
      await expect(write((_, context) => context.workbook.worksheets.add(name))).rejects.toMatchObject({
        code,
      });
    }
    expect(double.model.sheets).toHaveLength(2);
  });

  it("reads a string as typed unless the cell is formatted as text first", async () => {
    const entries = [
      "=1+1",
      "+5",
      "-5",
      "8,0",
      "8.5",
      "12,5%",
      "2:17",
      "2025-01-01",
      "TRUE",
      "'007",
      "-",
      "tekst",
    ];
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Blad1");
      ws.getRange("A3:L3").values = [entries];
      const text = ws.getRange("A4:L4");
      text.numberFormat = [entries.map(() => "@")];
      text.values = [entries];
      const late = ws.getRange("A5");
      late.values = [["8,0"]];
      late.numberFormat = [["@"]]; // too late: the number stays a number
      await context.sync();
    });
    const row = (r: number) =>
      entries.map((_, c) => {
        const cell = sheet().cells.get(cellKey(r, c))!;
        return cell.formula ?? cell.value;
      });
    expect(row(2)).toEqual([
      "=1+1",
      5,
      -5,
      8,
      8.5,
      0.125,
      (2 * 60 + 17) / 1440,
      45658,
      true,
      "007",
      "-",
      "tekst",
    ]);
    expect(row(3)).toEqual(entries);
    expect(sheet().cells.get(cellKey(4, 0))).toMatchObject({ value: 8, numberFormat: "@" });
  });

  it("records merges, formats, column widths and row heights, each set a command of the request", async () => {
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Blad1");
      ws.getRange("A1:C1").merge();
      ws.getRange("A2:B3").merge(true);
      ws.getRange("B:B").format.columnWidth = 80;
      ws.getRange("2:3").format.rowHeight = 30;
      const r = ws.getRange("A5:B6");
      r.format.font.bold = true;
      r.format.font.color = "#1f3864";
      r.format.fill.color = "#D9E2F3";
      r.format.horizontalAlignment = "Right";
      r.format.wrapText = true;
      r.format.borders.getItem("EdgeTop").style = "Continuous";
      r.format.borders.getItem("InsideVertical").style = "Dot";
      await context.sync();
    });
    expect(double.syncs[0]!.commands).toBe(11);
    expect(double.syncs[0]!.requestBytes).toBeGreaterThan(11 * 30);
    const s = sheet();
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 0, bottom: 2, right: 1 },
    ]);
    expect(s.cells.get(cellKey(0, 0))!.value).toBe(1); // the top-left keeps its value
    expect(s.cells.get(cellKey(0, 1))!.value).toBeNull(); // the others lose theirs, as in Excel
    expect([...s.columnWidths]).toEqual([[1, 80]]);
    expect([...s.rowHeights]).toEqual([
      [1, 30],
      [2, 30],
    ]);
    expect(s.cells.get(cellKey(4, 0))).toEqual({
      value: null,
      bold: true,
      fontColor: "#1F3864",
      fill: "#D9E2F3",
      horizontalAlignment: "Right",
      wrapText: true,
      borders: { EdgeTop: { style: "Continuous" }, EdgeRight: { style: "Dot" } },
    });
    expect(s.cells.get(cellKey(5, 1))!.borders).toEqual({ EdgeLeft: { style: "Dot" } });
  });

  it("refuses bad input at sync as Excel does: wrong array size, unknown alignment, bad colour", async () => {
    await expect(write((ws) => (ws.getRange("A1:B1").values = [["x"]]))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(
      write((ws) => (ws.getRange("A1").format.horizontalAlignment = "Middle" as "Center"))
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write((ws) => (ws.getRange("A1").format.fill.color = "#12345"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(write((ws) => ws.getRange("A1").format.load("wrapText"))).rejects.toThrow(/not modelled/);
  });

  it("refuses every write to a protected sheet with AccessDenied", async () => {
    double.uninstall();
    double = installExcelDouble(buildModel([{ name: "Blad1", rows: [[1, 2]], protected: true }], 12));
    const writes: ((ws: Excel.Worksheet) => void)[] = [
      (ws) => (ws.getRange("A1").values = [["x"]]),
      (ws) => (ws.getRange("A1").numberFormat = [["@"]]),
      (ws) => ws.getRange("A1:B1").merge(),
      (ws) => (ws.getRange("A1").format.font.bold = true),
      (ws) => (ws.getRange("A1").format.fill.color = "#FFFF00"),
      (ws) => (ws.getRange("A:A").format.columnWidth = 10),
      (ws) => (ws.getRange("A1").format.borders.getItem("EdgeTop").style = "Continuous"),
    ];
    for (const change of writes) await expect(write(change)).rejects.toMatchObject({ code: "AccessDenied" });
    expect([...sheet().cells.values()]).toEqual([{ value: 1 }, { value: 2 }]);
    expect(sheet().merges).toEqual([]);
  });
});
