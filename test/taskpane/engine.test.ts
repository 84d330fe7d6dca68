import { analyseWorkbook } from "../../src/core/analyse";
import { buildLayout, planLayoutSheet } from "../../src/core/layout";
import type { LayoutOptions } from "../../src/core/layout/types";
import type { Analysis } from "../../src/core/model/types";
import { GatewayError } from "../../src/core/gateway";
import { EMPTY_REVIEW, type ReviewState } from "../../src/core/review";
import type { WorkbookData } from "../../src/core/workbook";
import { createEngine, syncEngine } from "../../src/taskpane/engine/createEngine";
import { runJob } from "../../src/taskpane/engine/job";
import { renderDocx } from "../../src/export/renderDocx";
import { renderHtml } from "../../src/export/renderHtml";
import { docxContent } from "../export/extract";
import type { EngineJob, EngineProgress } from "../../src/taskpane/engine/types";
import { budgetWorkbook } from "../../bench/generate";
import { runCheck, type CheckStep } from "../../src/taskpane/state/runCheck";
import { createFakeGateway } from "./fakeGateway";
import { clone, FakeWorker } from "./fakeWorker";
import { sampleWorkbook } from "./sampleWorkbook";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
});

const job = (options: EngineJob["options"] = {}): EngineJob => ({ options, marks: { lang: "nl" } });

describe("engine off the main thread", () => {
  test("an Analysis survives structured cloning unchanged", () => {
    const analysis = analyseWorkbook(workbook);
    expect(clone(analysis)).toStrictEqual(analysis);
  });

  test("runs the analysis on the worker, one worker for many requests", async () => {
    const worker = new FakeWorker();
    const start = jest.fn(async () => worker as unknown as Worker);
    const engine = createEngine(start);
    const [a, b] = await Promise.all([
      engine.analyse(workbook, job()),
      engine.analyse(workbook, job({ budgetYear: 2024 })),
    ]);
    expect(a).toEqual(runJob(workbook, job()));
    expect(a.analysis).toEqual(analyseWorkbook(workbook));
    expect(b.analysis).toEqual(analyseWorkbook(workbook, { budgetYear: 2024 }));
    expect(a.marks.length).toBeGreaterThan(0);
    expect(start).toHaveBeenCalledTimes(1);
    expect([...new Set(worker.requests.map((r) => r.id))]).toEqual([1, 2]);
    engine.dispose();
    await Promise.resolve();
    expect(worker.terminated).toBe(true);
  });

  test("a large workbook goes to the worker, and its result comes back, in parts", async () => {
    const large = budgetWorkbook(1, 600, 8);
    const worker = new FakeWorker();
    const engine = createEngine(async () => worker as unknown as Worker);
    const progress: EngineProgress[] = [];
    const output = await engine.analyse(large, job(), (p) => progress.push(p));
    expect(output).toEqual(runJob(large, job()));
    expect(worker.requests.filter((r) => r.type === "rows").length).toBeGreaterThan(1);
    const findingParts = worker.responses.filter((r) => r.type === "part" && r.part === "findings");
    expect(findingParts.length).toBeGreaterThan(1);
    expect(progress.map((p) => (p.kind === "phase" ? p.phase : p.kind))).toEqual(
      expect.arrayContaining(["sending", "detect", "parse", "validate", "marks", "receiving"])
    );
    expect(progress.at(-1)).toEqual({
      kind: "receiving",
      part: "marks",
      done: output.marks.length,
      total: output.marks.length,
    });
  });

  test("falls back to the main thread when the worker cannot start or load", async () => {
    const unstartable = createEngine(async () => {
      throw new Error("blocked by CSP");
    });
    expect((await unstartable.analyse(workbook, job())).analysis.findings).toHaveLength(19);

    const crashing = new FakeWorker("crash");
    const start = jest.fn(async () => crashing as unknown as Worker);
    const engine = createEngine(start);
    expect((await engine.analyse(workbook, job())).analysis.findings).toHaveLength(19);
    expect(crashing.terminated).toBe(true);
    const sent = crashing.requests.length;
    expect((await engine.analyse(workbook, job())).analysis.findings).toHaveLength(19);
    expect(crashing.requests).toHaveLength(sent); // the broken worker is not used again
  });

  test("an error inside the engine is the check's error, not a reason to fall back", async () => {
    const engine = createEngine(async () => new FakeWorker("fail") as unknown as Worker);
    await expect(engine.analyse(workbook, job())).rejects.toThrow("engine broke");
  });

  test("without Worker (jest, old hosts) it runs synchronously", async () => {
    expect(typeof Worker).toBe("undefined");
    expect((await createEngine().analyse(workbook, job())).analysis.findings).toHaveLength(19);
    expect((await syncEngine().analyse(workbook, job())).analysis.findings).toHaveLength(19);
  });
});

describe("the sheet plan on the worker", () => {
  const options = { lang: "en", statusColumn: true } as const;
  const planOf = (analysis: Analysis, o: LayoutOptions = options) =>
    planLayoutSheet(buildLayout(analysis, o));

  test("is laid out and planned from the analysis the worker kept, and comes back in parts", async () => {
    const large = budgetWorkbook(1, 600, 8);
    const worker = new FakeWorker();
    const engine = createEngine(async () => worker as unknown as Worker);
    const { analysis } = await engine.analyse(large, job());
    const sent = worker.requests.length;

    const plan = await engine.sheetPlan(analysis, options);
    expect(plan).toEqual(planOf(analyseWorkbook(large)));
    expect(plan.rowHeights.length).toBeGreaterThan(600);
    // One small request: the analysis does not travel back to the worker.
    expect(worker.requests.slice(sent)).toEqual([{ id: 2, type: "sheet-plan", of: 1, options }]);
    const parts = worker.responses.filter((r) => r.type === "plan-part");
    expect(parts.filter((r) => r.part === "cells").length).toBeGreaterThan(1);
    expect(new Set(parts.map((r) => r.part))).toEqual(new Set(["cells", "rowHeights", "merges"]));
    expect(worker.responses.some((r) => r.type === "rendered")).toBe(false);
    const rest = worker.responses.find((r) => r.type === "plan");
    expect(rest?.type === "plan" && [rest.plan.cells, rest.plan.rowHeights, rest.plan.merges]).toEqual([
      [],
      [],
      [],
    ]);
    expect(rest?.type === "plan" && rest.plan.columns).toEqual(plan.columns);
  });

  test("an analysis the worker no longer holds is planned on this thread", async () => {
    const worker = new FakeWorker();
    const engine = createEngine(async () => worker as unknown as Worker);
    const first = await engine.analyse(workbook, job());
    await engine.analyse(workbook, job({ budgetYear: 2024 }));
    const plan = await engine.sheetPlan(first.analysis, options);
    expect(worker.responses.map((r) => r.type)).toContain("gone");
    expect(plan).toEqual(planOf(first.analysis));
  });

  test("without a worker, or for an analysis made on this thread, it is planned on this thread", async () => {
    const analysis = analyseWorkbook(workbook);
    expect(await syncEngine().sheetPlan(analysis, options)).toEqual(planOf(analysis));
    expect(await createEngine().sheetPlan(analysis, {})).toEqual(planOf(analysis, {}));

    const worker = new FakeWorker();
    const engine = createEngine(async () => worker as unknown as Worker);
    expect(await engine.sheetPlan(analysis, options)).toEqual(planOf(analysis));
    expect(worker.requests).toEqual([]);

    const unstartable = createEngine(async () => {
      throw new Error("blocked by CSP");
    });
    const made = await unstartable.analyse(workbook, job());
    expect(await unstartable.sheetPlan(made.analysis, options)).toEqual(planOf(made.analysis));
  });

  test("an error while planning is the export's error", async () => {
    const worker = new FakeWorker();
    const engine = createEngine(async () => worker as unknown as Worker);
    const { analysis } = await engine.analyse(workbook, job());
    const bad = { lang: "xx" } as unknown as typeof options;
    await expect(engine.sheetPlan(analysis, bad)).rejects.toThrow();
    expect(worker.responses.at(-1)?.type).toBe("error");
  });
});

describe("the tables rendered on the worker", () => {
  const options = { lang: "en", statusColumn: true } as const;

  async function checked() {
    const worker = new FakeWorker();
    const engine = createEngine(async () => worker as unknown as Worker);
    const { analysis } = await engine.analyse(workbook, job());
    return { worker, engine, analysis, sent: worker.requests.length };
  }

  test("a .docx comes back as the finished file, in a Blob, not the layout", async () => {
    const { worker, engine, analysis, sent } = await checked();
    const layout = buildLayout(analyseWorkbook(workbook), options);
    const rendered = await engine.render(analysis, options, "docx");
    expect(worker.requests.slice(sent)).toEqual([{ id: 2, type: "render", of: 1, options, format: "docx" }]);
    expect(worker.responses.slice(-1).map((r) => r.type)).toEqual(["rendered"]);
    expect(worker.responses.some((r) => r.type === "plan-part" || r.type === "plan")).toBe(false);
    expect(rendered.title).toBe(layout.title);
    expect(rendered.data).toBeInstanceOf(Blob);
    const made = await docxContent(new Uint8Array(await (rendered.data as Blob).arrayBuffer()));
    const expected = await docxContent(await renderDocx(layout));
    expect(made.paragraphs).toEqual(expected.paragraphs);
    expect(made.tables).toEqual(expected.tables);
  });

  test("an .html file comes back as a Blob of UTF-8, the HTML to copy as a text/html Blob", async () => {
    const { engine, analysis } = await checked();
    const layout = buildLayout(analyseWorkbook(workbook), options);
    const file = await engine.render(analysis, options, "html");
    expect(file.data).toBeInstanceOf(Blob);
    expect(await (file.data as Blob).text()).toBe(renderHtml(layout));

    const copy = await engine.render(analysis, options, "fragment");
    expect(copy.title).toBe(layout.title);
    expect(copy.data).toBeInstanceOf(Blob);
    expect((copy.data as Blob).type).toBe("text/html");
    expect(await (copy.data as Blob).text()).toBe(renderHtml(layout, { fragment: true }));
  });

  test("without a worker, for an analysis made on this thread or no longer held, it renders on this thread", async () => {
    const analysis = analyseWorkbook(workbook);
    const layout = buildLayout(analysis, options);
    const html = { title: layout.title, data: renderHtml(layout) };
    expect(await syncEngine().render(analysis, options, "html")).toEqual(html);
    expect(await createEngine().render(analysis, options, "html")).toEqual(html);

    const { worker, engine, analysis: first } = await checked();
    expect(await engine.render(analysis, options, "html")).toEqual(html);
    await engine.analyse(workbook, job({ budgetYear: 2024 }));
    const sent = worker.requests.length;
    expect(await engine.render(first, options, "fragment")).toEqual({
      title: layout.title,
      data: renderHtml(layout, { fragment: true }),
    });
    expect(worker.requests.slice(sent).map((r) => r.type)).toEqual(["render"]);
    expect(worker.responses.at(-1)?.type).toBe("gone");

    const unstartable = createEngine(async () => {
      throw new Error("blocked by CSP");
    });
    const made = await unstartable.analyse(workbook, job());
    const docx = await unstartable.render(made.analysis, options, "docx");
    expect(String.fromCharCode(...(docx.data as Uint8Array).slice(0, 2))).toBe("PK");
  });

  test("an error while rendering is the export's error", async () => {
    const { worker, engine, analysis } = await checked();
    const bad = { lang: "xx" } as unknown as typeof options;
    await expect(engine.render(analysis, bad, "docx")).rejects.toThrow();
    expect(worker.responses.at(-1)?.type).toBe("error");
  });
});

describe("the check pipeline", () => {
  const analyse = syncEngine().analyse;
  const now = () => new Date("2026-03-02T12:00:00Z");

  test("reads, analyses, marks, reconciles and saves the review, telling each step", async () => {
    const gateway = createFakeGateway(workbook);
    const steps: CheckStep["kind"][] = [];
    const result = await runCheck(gateway, analyse, { analyse: {}, lang: "nl", showMet: false, now }, (s) =>
      steps.push(s.kind)
    );
    expect([...new Set(steps)]).toEqual(["reading", "analysing", "marking", "review"]);
    expect(result.analysis.findings).toHaveLength(19);
    expect(result.problems).toEqual([]);
    expect(result.reviewWritable).toBe(true);
    expect(gateway.applyMarks).toHaveBeenCalledTimes(1);
    expect(gateway.saveReview).not.toHaveBeenCalled(); // nothing to reconcile in an empty review
  });

  test("a failure to mark or to save is collected; the findings are still returned", async () => {
    const gone: ReviewState = {
      version: 1,
      entries: {
        old: {
          findingId: "old",
          status: "akkoord",
          reason: "r",
          at: "2026-01-01T00:00:00.000Z",
          fingerprint: "f",
          code: "norm/breach",
          sheet: "Indicatoren",
          cell: "B9",
          summary: "s",
        },
      },
    };
    const gateway = createFakeGateway(workbook, gone);
    const protectedSheet = new GatewayError("sheet-protected", "no", { sheet: "Indicatoren" });
    gateway.applyMarks.mockRejectedValueOnce(protectedSheet);
    gateway.saveReview.mockRejectedValueOnce(new Error("part locked"));
    const result = await runCheck(
      gateway,
      analyse,
      { analyse: {}, lang: "nl", showMet: true, now },
      () => undefined
    );
    expect(result.analysis.findings).toHaveLength(19);
    expect(result.problems).toEqual([protectedSheet, new Error("part locked")]);
    expect(result.review.entries.old?.resolvedAt).toBe("2026-03-02T12:00:00.000Z");
  });

  test("a review that cannot be loaded is not overwritten", async () => {
    const gateway = createFakeGateway(workbook);
    gateway.loadReview.mockRejectedValueOnce(new GatewayError("failed", "no part"));
    const result = await runCheck(
      gateway,
      analyse,
      { analyse: {}, lang: "nl", showMet: false, now },
      () => undefined
    );
    expect(result.reviewWritable).toBe(false);
    expect(result.review).toBe(EMPTY_REVIEW);
    expect(result.problems).toHaveLength(1);
  });

  test("a failed read rejects: there is nothing to show", async () => {
    const gateway = createFakeGateway(workbook);
    gateway.readWorkbook.mockRejectedValueOnce(new GatewayError("too-large", "payload"));
    await expect(
      runCheck(gateway, analyse, { analyse: {}, lang: "nl", showMet: false }, () => undefined)
    ).rejects.toMatchObject({ code: "too-large" });
    expect(gateway.applyMarks).not.toHaveBeenCalled();
  });

  test("passes the settings' options to the engine and marks in the pane's language", async () => {
    const gateway = createFakeGateway(workbook);
    const seen: unknown[] = [];
    await runCheck(
      gateway,
      async (wb, engineJob, onProgress) => {
        seen.push(engineJob.options);
        return syncEngine().analyse(wb, engineJob, onProgress);
      },
      {
        analyse: { tables: [{ kind: "indicators", sheet: "Indicatoren", range: "A3:F14" }] },
        lang: "en",
        showMet: false,
      },
      () => undefined
    );
    expect(seen).toEqual([{ tables: [{ kind: "indicators", sheet: "Indicatoren", range: "A3:F14" }] }]);
    expect(gateway.marks[0]?.note).toMatch(/^Indicator Check:\n• /);
    expect(gateway.marks.some((m) => /Norm not met|not met/.test(m.note))).toBe(true);
  });
});
