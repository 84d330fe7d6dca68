/**
 * The demo's file work off the page: the file worker's message handling (fileHost.ts) driven through
 * the page's client (fileClient.ts) over a stand-in worker that copies every message as postMessage
 * does. What arrives in chunks must be the very contents the page reads itself; a file that is no
 * workbook must fail with the same reason; a worker that cannot start leaves the work to the page.
 */
import ExcelJS from "exceljs";
import { budgetWorkbook } from "../../bench/generate";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildLayout, planLayoutSheet } from "../../src/core/layout";
import { toA1 } from "../../src/core/address";
import type { Mark } from "../../src/core/marks";
import { createFileWork, inPageFileWork } from "../../src/demo/fileClient";
import { createFileHost } from "../../src/demo/fileHost";
import { ContentsReceiver, splitContents } from "../../src/demo/fileParts";
import { SHEET_PARTS, type FileRequest, type FileResponse } from "../../src/demo/fileProtocol";
import { XlsxReadError } from "../../src/xlsx/errors";

const ROWS = 3_000;

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Indicatoren");
  ws.getColumn(1).width = 40;
  ws.getRow(1).height = 30;
  ws.getCell("A1").value = "Indicator";
  ws.getCell("A1").font = { bold: true };
  ws.getCell("B1").value = 2024;
  for (let r = 2; r <= ROWS; r++) {
    ws.getCell(r, 1).value = `Indicator ${r}`;
    ws.getCell(r, 2).value = r / 100;
    ws.getCell(r, 2).numFmt = "0%";
  }
  const other = wb.addWorksheet("Relaties", { state: "hidden" });
  other.getCell("C3").value = "R1";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface FakeWorker {
  readonly worker: Worker;
  readonly responses: FileResponse[];
  readonly requests: FileRequest[];
}

/** A stand-in worker that runs the file host on this thread, each message copied and delivered in a task of its own. */
function fakeWorker(): FakeWorker {
  const responses: FileResponse[] = [];
  const requests: FileRequest[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<FileResponse>) => void) | null,
    onerror: null,
    postMessage: (request: FileRequest) => {
      const copy = structuredClone(request);
      requests.push(copy);
      setTimeout(() => void host(copy), 0);
    },
    terminate: () => undefined,
  };
  const host = createFileHost((message) => {
    const copy = structuredClone(message);
    responses.push(copy);
    setTimeout(() => worker.onmessage?.({ data: copy } as MessageEvent<FileResponse>), 0);
  });
  return { worker: worker as unknown as Worker, responses, requests };
}

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await workbookBytes();
});

test("a file opened on the worker arrives in chunks as the very contents the page would read", async () => {
  const fake = fakeWorker();
  const progress: string[] = [];
  const opened = await createFileWork(async () => fake.worker).open(bytes, (p) =>
    progress.push(p.kind === "reading" ? "reading" : `${p.done}/${p.total}`)
  );
  expect(opened).toEqual(await inPageFileWork.open(bytes));
  expect(opened.sheets.map((s) => [s.name, s.hidden, s.data.cells.length])).toEqual([
    ["Indicatoren", false, ROWS],
    ["Relaties", true, 1],
  ]);
  expect(opened.sheets[0]!.looks.get("0,0")).toEqual({ bold: true });

  const rowParts = fake.responses.filter((r) => r.type === "part" && r.part === "rows");
  expect(rowParts.length).toBeGreaterThan(1);
  expect(Math.max(...rowParts.map((r) => (r.type === "part" ? r.items.length : 0)))).toBeLessThan(ROWS);
  const types = fake.responses.map((r) => r.type);
  expect([types[0], types[types.length - 1]]).toEqual(["begin", "opened"]);
  expect(new Set(types.slice(1, -1))).toEqual(new Set(["part"]));
  expect(progress[0]).toBe("reading");
  expect(progress[progress.length - 1]).toBe(`${ROWS + 1}/${ROWS + 1}`);
});

test.each([
  ["a text file named .xlsx", new TextEncoder().encode("Dit is geen werkmap.\n"), "not-xlsx"],
  ["an empty file", new Uint8Array(0), "empty"],
])("%s fails on the worker with the reason the page gives", async (_, file, code) => {
  const work = createFileWork(async () => fakeWorker().worker);
  await expect(work.open(file)).rejects.toBeInstanceOf(XlsxReadError);
  await expect(work.open(file)).rejects.toMatchObject({ code });
  await expect(inPageFileWork.open(file)).rejects.toMatchObject({ code });
});

test("a worker that cannot start leaves the work to the page", async () => {
  const broken = {
    onmessage: null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage() {
      setTimeout(
        () => broken.onerror?.({ message: "blocked", preventDefault: () => undefined } as ErrorEvent),
        0
      );
    },
    terminate: () => undefined,
  };
  const work = createFileWork(async () => broken as unknown as Worker);
  const opened = await work.open(bytes);
  expect(opened.sheets[0]!.data.cells).toHaveLength(ROWS);
  // And later requests do not try it again.
  expect((await work.open(bytes)).sheets).toHaveLength(2);
});

test("the highlighted copy is written on the worker from the bytes and the marks, sent in chunks", async () => {
  const fake = fakeWorker();
  const marks: Mark[] = Array.from({ length: 400 }, (_, i) => ({
    sheet: "Indicatoren",
    cell: toA1(i + 1, 1),
    kind: "error",
    note: `Norm niet gehaald (${i})`,
    findingIds: [`f${i}`],
  }));
  const written = await createFileWork(async () => fake.worker).write(bytes, [], marks, null);
  expect(fake.requests.filter((r) => r.type === "marks").length).toBeGreaterThan(1);
  expect(fake.requests.map((r) => r.type).slice(-1)).toEqual(["write"]);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(written as unknown as ArrayBuffer);
  const note = wb.getWorksheet("Indicatoren")!.getCell("B401").note;
  expect(typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("")).toContain(
    "Norm niet gehaald (399)"
  );
});

test("a sheet the pane inserts is built on the worker from its plan, sent and returned in chunks, as the page would build it", async () => {
  const analysis = analyseWorkbook(budgetWorkbook(1, 300, 4));
  const plan = planLayoutSheet(buildLayout(analysis, { statusColumn: true }));
  const taken = ["P1", "Begrotingstabellen"];
  const fake = fakeWorker();
  const sheet = await createFileWork(async () => fake.worker).plannedSheet(
    plan,
    "Begrotingstabellen",
    taken,
    false
  );
  expect(sheet).toEqual(await inPageFileWork.plannedSheet(plan, "Begrotingstabellen", taken, false));
  expect(sheet.name).toBe("Begrotingstabellen (2)");
  expect(sheet.data.cells.some((row) => row.some((c) => c.text === "Indicator P1 293"))).toBe(true);
  const sent = fake.requests.map((r) => r.type);
  expect(sent[0]).toBe("plan-begin");
  expect(sent.at(-1)).toBe("plan-sheet");
  expect(fake.requests.filter((r) => r.type === "plan-part" && r.part === "cells").length).toBeGreaterThan(1);
  expect(fake.responses.filter((r) => r.type === "part" && r.part === "rows").length).toBeGreaterThan(1);
  expect(fake.responses.at(-1)?.type).toBe("opened");
});

test("a sheet plan whose worker cannot start is built in the page", async () => {
  const plan = planLayoutSheet(buildLayout(analyseWorkbook(budgetWorkbook(1, 5, 2))));
  const work = createFileWork(async () => {
    throw new Error("blocked by CSP");
  });
  expect((await work.plannedSheet(plan, "Tabellen", [], false)).name).toBe("Tabellen");
});

test("contents put back together from parts in any order equal what was taken apart", async () => {
  const contents = await inPageFileWork.open(bytes);
  const { head, parts } = splitContents(contents);
  const receiver = new ContentsReceiver(structuredClone(head));
  const pieces = parts.flatMap((lists, sheet) =>
    SHEET_PARTS.flatMap((part) => {
      const list: readonly unknown[] = lists[part];
      return Array.from({ length: Math.ceil(list.length / 100) }, (_, k) => ({
        sheet,
        part,
        items: list.slice(k * 100, (k + 1) * 100),
      }));
    })
  );
  // Rows of one sheet must stay in order; the sheets and the other lists may interleave.
  const others = pieces.filter((p) => p.part !== "rows").reverse();
  for (const p of [...others, ...pieces.filter((p) => p.part === "rows")])
    receiver.add(p.sheet, p.part, p.items);
  expect(receiver.rows).toBe(head.rows);
  expect(receiver.contents()).toEqual(contents);
  expect(() => receiver.add(9, "rows", [])).toThrow(/no sheet 9/);
});
