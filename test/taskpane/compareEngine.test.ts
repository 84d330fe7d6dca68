/**
 * 'Vergelijken met…' in the engine: the reference file is read and analysed where the check's
 * analysis is (the worker), compared with it there, and only the comparison and the marks come
 * back. A file that cannot be compared with says why. The comparison itself is the compare engine's
 * (src/core/compare): here it is a stand-in, so these tests pin what the pane's engine does around it.
 */
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../../src/core/analyse";
import { compareAnalyses } from "../../src/core/compare";
import type * as StandIn from "./compareStandIn";
import { drift, reportDrift } from "./compareStandIn";
import type { WorkbookData } from "../../src/core/workbook";
import { CompareError } from "../../src/taskpane/engine/compareError";
import { ReferenceCache, referenceOptions, type ReferenceFile } from "../../src/taskpane/engine/compareJob";
import { createEngine, syncEngine } from "../../src/taskpane/engine/createEngine";
import type { EngineJob } from "../../src/taskpane/engine/types";
import { FakeWorker } from "./fakeWorker";
import { SAMPLE, sampleWorkbook } from "./sampleWorkbook";

jest.mock("../../src/core/compare", () =>
  (jest.requireActual("./compareStandIn") as typeof StandIn).standInModule()
);
const compare = compareAnalyses as jest.MockedFunction<typeof compareAnalyses>;

const job: EngineJob = { options: {}, marks: { lang: "nl" } };
const bytesOf = (data: Uint8Array): ArrayBuffer => Uint8Array.from(data).buffer;
const file = (name: string, bytes: ArrayBuffer): ReferenceFile => ({
  name,
  lastModified: 1_730_000_000_000,
  bytes,
});

let workbook: WorkbookData;
let sampleBytes: ArrayBuffer;
beforeAll(async () => {
  workbook = await sampleWorkbook();
  sampleBytes = bytesOf(fs.readFileSync(SAMPLE));
});
beforeEach(() => reportDrift(compare));

async function checkedOnWorker() {
  const worker = new FakeWorker();
  const engine = createEngine(async () => worker as unknown as Worker);
  const { analysis } = await engine.analyse(workbook, job);
  return { worker, engine, analysis, sent: worker.requests.length };
}

/** A workbook a finance employee might pick by mistake: a sheet of text, no indicator table. */
async function notesWorkbook(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Notities");
  ws.addRow(["Afspraken overleg 12 maart"]);
  ws.addRow(["Begroting bespreken met de controller"]);
  return bytesOf(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("comparing on the worker", () => {
  test("reads and analyses the reference there, and sends back only the comparison and the marks", async () => {
    const { worker, engine, analysis, sent } = await checkedOnWorker();
    const output = await engine.compare(analysis, file("begroting-2025.xlsx", sampleBytes), job);

    expect(worker.requests.slice(sent).map((r) => r.type)).toEqual(["compare"]);
    expect(worker.responses.slice(-1).map((r) => r.type)).toEqual(["compared"]);
    // Compared with the analysis the worker kept, and the reference analysed with the same options.
    expect(compare).toHaveBeenCalledTimes(1);
    const [current, reference, ref] = compare.mock.calls[0]!;
    expect(current).toEqual(analysis);
    expect(reference).toEqual(analyseWorkbook(workbook));
    // Named as the CLI names it: the document and year its file name gives.
    expect(ref).toEqual({ name: "begroting-2025.xlsx", label: "begroting 2025" });
    expect(output.comparison).toEqual({ reference: ref, pairs: [], findings: [drift] });
    // The marks are the check's and the comparison's together.
    const marked = output.marks.find((m) => m.findingIds.includes(drift.id));
    expect(marked).toMatchObject({ sheet: "Indicatoren", cell: "A1", kind: "warning" });
    const checkOnly = await syncEngine().analyse(workbook, job);
    expect(output.marks.length).toBe(checkOnly.marks.length + 1);
  });

  test("a check that replaced the analysis leaves the comparison to this thread, with the same answer", async () => {
    const { worker, engine, analysis } = await checkedOnWorker();
    await engine.analyse(workbook, { ...job, options: { budgetYear: 2024 } });
    const output = await engine.compare(analysis, file("begroting-2025.xlsx", sampleBytes), job);
    expect(worker.responses.at(-1)?.type).toBe("gone");
    expect(output.comparison.findings).toEqual([drift]);
    expect(compare.mock.calls[0]![0]).toBe(analysis);
  });

  test.each([
    ["not an .xlsx", () => bytesOf(new TextEncoder().encode("Indicator;2024\nWachttijd;8 min")), "not-xlsx"],
    ["an empty file", () => new ArrayBuffer(0), "empty"],
    ["a workbook without an indicator table", notesWorkbook, "no-indicators"],
  ] as const)(
    "%s: rejects with the reason and the file's name, and compares nothing",
    async (_, bytes, code) => {
      const { engine, analysis } = await checkedOnWorker();
      const failed = engine.compare(analysis, file("verkeerd.xlsx", await bytes()), job);
      await expect(failed).rejects.toBeInstanceOf(CompareError);
      await expect(failed).rejects.toMatchObject({ code, file: "verkeerd.xlsx" });
      expect(compare).not.toHaveBeenCalled();
    }
  );
});

describe("the reference's analysis", () => {
  test("is made once while the same file is compared with the same options", async () => {
    const cache = new ReferenceCache();
    const reference = file("begroting-2025.xlsx", sampleBytes);
    const first = cache.analysis(reference, {});
    expect(cache.analysis({ ...reference }, {})).toBe(first);
    expect(cache.analysis(reference, { indicators: { x: { direction: "lower" } } })).not.toBe(first);
    expect(cache.analysis({ ...reference, lastModified: 1 }, {})).not.toBe(first);
    await expect(first).resolves.toEqual(analyseWorkbook(workbook));
  });

  test("is not kept when the file could not be read", async () => {
    const cache = new ReferenceCache();
    const broken = file("kapot.xlsx", new ArrayBuffer(0));
    const first = cache.analysis(broken, {});
    await expect(first).rejects.toMatchObject({ code: "empty" });
    expect(cache.analysis(broken, {})).not.toBe(first);
  });

  test("uses the check's settings per indicator, not its hand-chosen tables or budget year", () => {
    const tables = [{ kind: "indicators", sheet: "Indicatoren", range: "A3:F14" }] as const;
    const indicators = { wachttijd: { direction: "lower" } } as const;
    expect(referenceOptions({ tables, indicators, budgetYear: 2026 })).toEqual({ indicators });
  });
});
