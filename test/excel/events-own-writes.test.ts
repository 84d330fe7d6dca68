/**
 * The add-in's own writes never start a re-check. Excel fires onChanged for data that add-in code
 * changes, and can deliver it late (office-js #1502, #1786): the double delivers it after 2 s here,
 * past the pane's one-second gate. The gateway turns its events off while it writes
 * (Runtime.enableEvents, ExcelApi 1.8), passes over an event Excel says this add-in caused
 * (triggerSource, ExcelApi 1.14), and keeps a record of what it wrote for an Excel that delivers
 * the event anyway without saying so (office-js #1786). The user's own edits are still heard at once.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildLayout, planLayoutSheet, type SheetPlan } from "../../src/core/layout";
import { createExcelGateway } from "../../src/excel/excelGateway";
import { OWN_WRITE_MS } from "../../src/excel/ownWrites";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { budgetWorkbook } from "./budgetWorkbook";
import { installExcelDouble, type ExcelDouble } from "./excelDouble";

const SAMPLE = path.resolve(__dirname, "../../examples/begroting-2026-dienstverlening.xlsx");
const LATE_MS = 2_000;

let plan: SheetPlan;
beforeAll(async () => {
  plan = planLayoutSheet(buildLayout(analyseWorkbook(await readWorkbookFile(SAMPLE))));
});

let double: ExcelDouble;
beforeEach(() => jest.useFakeTimers({ doNotFake: ["nextTick", "queueMicrotask", "setImmediate"] }));
afterEach(() => {
  jest.useRealTimers();
  double.uninstall();
});

/** A gateway listening for changes, over the budget workbook, with Excel's change events `LATE_MS` late. */
async function listening(ignoreEnableEvents: boolean, apiVersion = 18) {
  double = installExcelDouble(budgetWorkbook(20, { apiVersion }));
  double.model.ownChangeEvents = { delayMs: LATE_MS, ignoreEnableEvents };
  const gateway = createExcelGateway();
  const heard: number[] = [];
  await gateway.onChanged(() => heard.push(Date.now()));
  return { gateway, heard };
}

describe("the add-in's own writes and the change event", () => {
  it.each([
    ["turns Excel's events off while it inserts the tables sheet", false],
    [
      "passes over the late echo of the tables sheet when Excel sends it with events off (office-js #1786)",
      true,
    ],
  ])("%s: no change is heard, the user's next edit is", async (_, ignoreEnableEvents) => {
    const { gateway, heard } = await listening(ignoreEnableEvents);
    await expect(gateway.insertLayoutSheet(plan, "Begrotingstabellen")).resolves.toBe("Begrotingstabellen");
    await jest.advanceTimersByTimeAsync(LATE_MS + 500);
    expect(heard).toEqual([]);
    expect(double.model.eventsEnabled).toBe(true);

    await double.edit("Indicatoren", "E5", 0.91);
    expect(heard).toHaveLength(1);
  });

  it("hears an edit on the inserted sheet once the record of the write has lapsed", async () => {
    const { gateway, heard } = await listening(true);
    await gateway.insertLayoutSheet(plan, "Begrotingstabellen");
    await jest.advanceTimersByTimeAsync(LATE_MS + 500);
    await double.edit("Begrotingstabellen", "B3", "Nieuw");
    expect(heard).toEqual([]); // within the record: taken for our own echo
    await jest.advanceTimersByTimeAsync(OWN_WRITE_MS);
    await double.edit("Begrotingstabellen", "B3", "Nieuwer");
    expect(heard).toHaveLength(1);
  });

  it("hears the user's edit beside the tables sheet while its echo is still on its way", async () => {
    const { gateway, heard } = await listening(true);
    await gateway.insertLayoutSheet(plan, "Begrotingstabellen");
    await double.edit("Toelichting 2026", "C3", "Nieuw");
    await double.edit("Begrotingstabellen", "Z900", "buiten de tabellen");
    expect(heard).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(LATE_MS + 500);
    expect(heard).toHaveLength(2);
  });

  it.each([
    [18, 0],
    [13, 1],
  ])(
    "ExcelApi 1.%d: an echo later than the record passes over only where Excel names its source (1.14+)",
    async (apiVersion, echoes) => {
      const { gateway, heard } = await listening(true, apiVersion);
      double.model.ownChangeEvents.delayMs = OWN_WRITE_MS + 5_000;
      await gateway.insertLayoutSheet(plan, "Begrotingstabellen");
      await jest.advanceTimersByTimeAsync(OWN_WRITE_MS + 6_000);
      // Its echo is one event per block of texts written: all passed over, or (before 1.14) all heard.
      expect(heard.length > 0 ? 1 : 0).toBe(echoes);
      const before = heard.length;
      await double.edit("Indicatoren", "E5", 0.91); // the user's: triggerSource "Unknown"
      expect(heard).toHaveLength(before + 1);
    }
  );

  it("turns the events on again when the write fails", async () => {
    const { gateway } = await listening(false);
    double.payloadLimit = 2_000; // the sheet's texts cannot be sent
    await expect(gateway.insertLayoutSheet(plan, "Begrotingstabellen")).rejects.toMatchObject({
      code: "too-large",
    });
    expect(double.model.eventsEnabled).toBe(true);
  });

  it("costs two syncs more than the insert itself: events off before, on after", async () => {
    await listening(false);
    double.resetStats();
    await createExcelGateway().insertLayoutSheet(plan, "Begrotingstabellen");
    expect(double.runs()).toBe(1 + 2);
    expect(double.syncs).toHaveLength(2 + 2);
  });
});
