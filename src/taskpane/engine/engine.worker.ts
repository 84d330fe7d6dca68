/**
 * The engine on a worker thread, so a large workbook does not freeze the pane. It runs the very
 * same analyseWorkbook as the synchronous fallback; only the thread differs.
 */
import { analyseWorkbook } from "../../core/analyse";
import type { EngineRequest, EngineResponse } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, workbook, options } = event.data;
  try {
    scope.postMessage({ id, ok: true, analysis: analyseWorkbook(workbook, options) });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
