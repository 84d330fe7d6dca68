import type { SheetPlan } from "../../core/layout/sheetPlan";
import type { LayoutOptions } from "../../core/layout/types";
import type { Mark } from "../../core/marks";
import type { Finding } from "../../core/findings/types";
import type { Analysis, Indicator, ResultEntry } from "../../core/model/types";
import type { WorkbookData } from "../../core/workbook";
import { yieldToUi } from "../state/slices";
import { ChunkSizer } from "./chunks";
import { joinPlan, type PlanPart } from "./planParts";
import type { EngineRequest, EngineResponse } from "./protocol";
import type { ExportFormat, RenderedExport } from "./renderExport";
import { CompareError } from "./compareError";
import type { CompareOutput, ReferenceCache, ReferenceFile } from "./compareJob";
import type { EngineJob, EngineOutput, EngineProgress, ResultPart } from "./types";

export type { EngineJob, EngineOutput, EngineProgress } from "./types";
export type { ExportFormat, RenderedExport } from "./renderExport";
export type { CompareOutput, ReferenceFile } from "./compareJob";

export interface Engine {
  analyse(
    workbook: WorkbookData,
    job: EngineJob,
    onProgress?: (p: EngineProgress) => void
  ): Promise<EngineOutput>;
  /**
   * The sheet 'Tabellen invoegen' adds, planned from the budget layout of an analysis this engine
   * made. The worker lays it out and plans it from the analysis it kept; an analysis it no longer
   * holds, or one made on this thread, is planned on this thread.
   */
  sheetPlan(analysis: Analysis, options: LayoutOptions): Promise<SheetPlan>;
  /**
   * The budget tables of an analysis this engine made, as a file or as HTML to copy. The worker
   * lays them out and renders them, and sends only the finished file; an analysis it no longer
   * holds, or one made on this thread, is rendered on this thread.
   */
  render<F extends ExportFormat>(
    analysis: Analysis,
    options: LayoutOptions,
    format: F
  ): Promise<RenderedExport<F>>;
  /**
   * Compares an analysis this engine made with a reference .xlsx, read and analysed with the job's
   * options where the analysis is (on the worker), so that only the comparison comes back. Rejects
   * with a CompareError when the file is not a usable .xlsx or has no indicator table.
   */
  compare(analysis: Analysis, reference: ReferenceFile, job: EngineJob): Promise<CompareOutput>;
  dispose(): void;
}

/**
 * Runs the engine on the calling thread: where Worker is missing (jest, old hosts) or failed to
 * start. Loaded on first use, so the pane's start-up code does not carry the engine twice. It tells
 * no progress: the thread it runs on could not show it anyway.
 */
export function syncEngine(): Engine {
  let references: ReferenceCache | null = null;
  return {
    analyse: async (workbook, job) => {
      const { runJob } = await import("./job");
      return runJob(workbook, job);
    },
    sheetPlan: async (analysis, options) => {
      const { buildLayouts, planLayoutSheet } = await import("../../core/layout");
      return planLayoutSheet(buildLayouts(analysis, options));
    },
    render: async (analysis, options, format) => {
      const [{ buildLayouts }, { renderExport }] = await Promise.all([
        import("../../core/layout"),
        import("./renderExport"),
      ]);
      return renderExport(buildLayouts(analysis, options), format);
    },
    compare: async (analysis, reference, job) => {
      const { ReferenceCache, compareJob } = await import("./compareJob");
      references ??= new ReferenceCache();
      const referenceAnalysis = await references.analysis(reference, job.options);
      return compareJob(analysis, referenceAnalysis, reference.name, job.marks);
    },
    dispose: () => undefined,
  };
}

/** The worker could not start (blocked by policy, missing file): not the workbook's fault. */
class WorkerUnavailable extends Error {}

/** The worker no longer holds the analysis a sheet plan or a file was asked of. */
class AnalysisGone extends Error {}

type Pending =
  | {
      readonly kind: "analyse";
      readonly resolve: (output: EngineOutput) => void;
      readonly reject: (error: unknown) => void;
      readonly onProgress: (p: EngineProgress) => void;
      readonly parts: Record<ResultPart, unknown[]>;
    }
  | {
      readonly kind: "sheet-plan";
      readonly resolve: (plan: SheetPlan) => void;
      readonly reject: (error: unknown) => void;
      readonly lists: Record<PlanPart, unknown[]>;
    }
  | {
      readonly kind: "render";
      readonly resolve: (rendered: RenderedExport) => void;
      readonly reject: (error: unknown) => void;
    }
  | {
      readonly kind: "compare";
      readonly resolve: (output: CompareOutput) => void;
      readonly reject: (error: unknown) => void;
    };

/** Hands the workbook to the worker in parts, yielding between them; stops when `live` says so. */
async function sendWorkbook(
  w: Worker,
  id: number,
  workbook: WorkbookData,
  job: EngineJob,
  onProgress: (p: EngineProgress) => void,
  live: () => boolean
): Promise<void> {
  const post = (request: EngineRequest) => w.postMessage(request);
  const sheets = workbook.sheets.map(({ cells: _cells, ...shape }) => shape);
  post({
    id,
    type: "begin",
    job,
    sheets,
    ...(workbook.date1904 !== undefined ? { date1904: workbook.date1904 } : {}),
  });
  const total = workbook.sheets.reduce((n, s) => n + s.cells.length, 0);
  const sizer = new ChunkSizer();
  let done = 0;
  for (const [index, sheet] of workbook.sheets.entries()) {
    for (let at = 0; at < sheet.cells.length;) {
      if (!live()) return;
      const rows = sheet.cells.slice(at, at + sizer.next);
      const started = performance.now();
      post({ id, type: "rows", sheet: index, rows });
      sizer.record(rows.length, performance.now() - started);
      at += rows.length;
      done += rows.length;
      onProgress({ kind: "sending", done, total });
      await yieldToUi();
    }
  }
  if (live()) post({ id, type: "run" });
}

/**
 * The engine off the main thread when the browser has Web Workers, else on it. If the worker
 * cannot start, this request and every later one run synchronously instead; an error inside the
 * engine is an error of the check and is passed on as such.
 */
export function createEngine(
  startWorker: (() => Promise<Worker>) | null = typeof Worker === "undefined" ? null : loadWorkerFactory
): Engine {
  const fallback = syncEngine();
  if (!startWorker) return fallback;

  let worker: Promise<Worker | null> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: unknown) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  // The analyses the worker made, by the id of the request that made them (the worker keeps the last).
  const madeBy = new WeakMap<Analysis, number>();

  const receive = (response: EngineResponse) => {
    const p = pending.get(response.id);
    if (!p) return;
    if (response.type === "error" || response.type === "gone") {
      pending.delete(response.id);
      p.reject(response.type === "gone" ? new AnalysisGone() : errorOf(response));
    } else if (p.kind === "analyse") receiveOutput(response, p);
    else if (p.kind === "sheet-plan") receivePlan(response, p);
    else if (p.kind === "render" && response.type === "rendered") {
      pending.delete(response.id);
      p.resolve({ title: response.title, data: response.data });
    } else if (p.kind === "compare" && response.type === "compared") {
      pending.delete(response.id);
      p.resolve({ comparison: response.comparison, marks: response.marks });
    }
  };

  const receiveOutput = (response: EngineResponse, p: Extract<Pending, { kind: "analyse" }>) => {
    switch (response.type) {
      case "phase":
        p.onProgress({ kind: "phase", phase: response.phase });
        return;
      case "part": {
        const list = p.parts[response.part];
        for (const item of response.items) list.push(item);
        p.onProgress({ kind: "receiving", part: response.part, done: list.length, total: response.total });
        return;
      }
      case "done": {
        pending.delete(response.id);
        const { analysis, summary } = response;
        const whole: Analysis = {
          ...analysis,
          findings: p.parts.findings as Finding[],
          programme: {
            ...analysis.programme,
            indicators: p.parts.indicators as Indicator[],
            results: p.parts.results as ResultEntry[],
          },
        };
        madeBy.set(whole, response.id);
        p.resolve({ analysis: whole, marks: p.parts.marks as Mark[], summary });
      }
    }
  };

  const receivePlan = (response: EngineResponse, p: Extract<Pending, { kind: "sheet-plan" }>) => {
    switch (response.type) {
      case "plan-part": {
        const list = p.lists[response.part];
        for (const item of response.items) list.push(item);
        return;
      }
      case "plan":
        pending.delete(response.id);
        p.resolve(joinPlan(response.plan, p.lists));
    }
  };

  const getWorker = (): Promise<Worker | null> => {
    worker ??= startWorker().then(
      (w) => {
        w.onmessage = (event: MessageEvent<EngineResponse>) => receive(event.data);
        w.onerror = (event) => {
          event.preventDefault();
          // A script that fails to load or run never answers: give up on the worker for good.
          worker = Promise.resolve(null);
          w.terminate();
          failAll(new WorkerUnavailable(event.message));
        };
        return w;
      },
      () => null
    );
    return worker;
  };

  const onWorker = async (
    workbook: WorkbookData,
    job: EngineJob,
    onProgress: (p: EngineProgress) => void
  ): Promise<EngineOutput | null> => {
    const w = await getWorker();
    if (!w) return null;
    const id = nextId++;
    return new Promise<EngineOutput>((resolve, reject) => {
      pending.set(id, {
        kind: "analyse",
        resolve,
        reject,
        onProgress,
        parts: { findings: [], indicators: [], results: [], marks: [] },
      });
      sendWorkbook(w, id, workbook, job, onProgress, () => pending.has(id)).catch((error: unknown) => {
        pending.delete(id);
        reject(error);
      });
    });
  };

  /**
   * Asks the worker something about an analysis it made. Null where it cannot answer (no worker,
   * an analysis made on this thread or no longer held there): the caller then works on this thread.
   */
  const askAbout = async <T>(
    analysis: Analysis,
    waiting: (resolve: (value: T) => void, reject: (error: unknown) => void) => Pending,
    request: (id: number, of: number) => EngineRequest
  ): Promise<{ readonly value: T } | null> => {
    const of = madeBy.get(analysis);
    const w = of === undefined ? null : await getWorker();
    if (!w || of === undefined) return null;
    try {
      const id = nextId++;
      const value = await new Promise<T>((resolve, reject) => {
        pending.set(id, waiting(resolve, reject));
        w.postMessage(request(id, of));
      });
      return { value };
    } catch (error) {
      if (error instanceof WorkerUnavailable || error instanceof AnalysisGone) return null;
      throw error;
    }
  };

  return {
    async analyse(workbook, job, onProgress = () => undefined) {
      try {
        const output = await onWorker(workbook, job, onProgress);
        if (output) return output;
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
      return fallback.analyse(workbook, job, onProgress);
    },
    async sheetPlan(analysis, options) {
      const answer = await askAbout<SheetPlan>(
        analysis,
        (resolve, reject) => ({
          kind: "sheet-plan",
          resolve,
          reject,
          lists: { cells: [], rowHeights: [], merges: [] },
        }),
        (id, of) => ({ id, type: "sheet-plan", of, options })
      );
      return answer ? answer.value : fallback.sheetPlan(analysis, options);
    },
    async render(analysis, options, format) {
      const answer = await askAbout<RenderedExport<typeof format>>(
        analysis,
        (resolve, reject) => ({ kind: "render", resolve, reject }),
        (id, of) => ({ id, type: "render", of, options, format })
      );
      return answer ? answer.value : fallback.render(analysis, options, format);
    },
    async compare(analysis, reference, job) {
      const answer = await askAbout<CompareOutput>(
        analysis,
        (resolve, reject) => ({ kind: "compare", resolve, reject }),
        (id, of) => ({ id, type: "compare", of, job, reference })
      );
      return answer ? answer.value : fallback.compare(analysis, reference, job);
    },
    dispose() {
      failAll(new Error("engine disposed"));
      void worker?.then((w) => w?.terminate());
      worker = null;
    },
  };
}

/** The worker's error as the pane's: a reference that cannot be compared with keeps its reason. */
function errorOf(response: Extract<EngineResponse, { type: "error" }>): Error {
  return response.compare
    ? new CompareError(response.compare.code, response.compare.file, response.message)
    : new Error(response.message);
}

/** Kept behind import() so the module with import.meta is never evaluated where Worker is missing. */
async function loadWorkerFactory(): Promise<Worker> {
  const { startEngineWorker } = await import(/* webpackMode: "eager" */ "./workerFactory");
  return startEngineWorker();
}
