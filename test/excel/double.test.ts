/** The double must be at least as strict as Excel, or the gateway tests prove nothing. */
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
