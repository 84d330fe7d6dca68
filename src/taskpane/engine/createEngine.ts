import type { AnalyseOptions } from "../../core/analyse";
import type { Analysis } from "../../core/model/types";
import type { WorkbookData } from "../../core/workbook";
import type { EngineRequest, EngineResponse } from "./protocol";

export interface Engine {
  analyse(workbook: WorkbookData, options: AnalyseOptions): Promise<Analysis>;
  dispose(): void;
}

/**
 * Runs the engine on the calling thread: where Worker is missing (jest, old hosts) or failed to
 * start. Loaded on first use, so the pane's start-up code does not carry the engine twice.
 */
export function syncEngine(): Engine {
  return {
    analyse: async (workbook, options) => {
      const { analyseWorkbook } = await import("../../core/analyse");
      return analyseWorkbook(workbook, options);
    },
    dispose: () => undefined,
  };
}

/** The worker could not start (blocked by policy, missing file): not the workbook's fault. */
class WorkerUnavailable extends Error {}

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
  const pending = new Map<number, { resolve(a: Analysis): void; reject(e: unknown): void }>();

  const failAll = (error: unknown) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const getWorker = (): Promise<Worker | null> => {
    worker ??= startWorker().then(
      (w) => {
        w.onmessage = (event: MessageEvent<EngineResponse>) => {
          const response = event.data;
          const p = pending.get(response.id);
          if (!p) return;
          pending.delete(response.id);
          if (response.ok) p.resolve(response.analysis);
          else p.reject(new Error(response.message));
        };
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

  const onWorker = async (workbook: WorkbookData, options: AnalyseOptions): Promise<Analysis | null> => {
    const w = await getWorker();
    if (!w) return null;
    const id = nextId++;
    const request: EngineRequest = { id, workbook, options };
    return new Promise<Analysis>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        w.postMessage(request);
      } catch (error) {
        pending.delete(id);
        reject(error);
      }
    });
  };

  return {
    async analyse(workbook, options) {
      try {
        const analysis = await onWorker(workbook, options);
        if (analysis) return analysis;
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
      return fallback.analyse(workbook, options);
    },
    dispose() {
      failAll(new Error("engine disposed"));
      void worker?.then((w) => w?.terminate());
      worker = null;
    },
  };
}

/** Kept behind import() so the module with import.meta is never evaluated where Worker is missing. */
async function loadWorkerFactory(): Promise<Worker> {
  const { startEngineWorker } = await import(/* webpackMode: "eager" */ "./workerFactory");
  return startEngineWorker();
}
