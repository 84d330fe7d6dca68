/**
 * The engine on a worker thread, so a large workbook does not freeze the pane. It runs the very
 * same job (runJob) as the synchronous fallback; only the thread differs.
 */
import { createEngineHost } from "./engineHost";
import type { EngineRequest, EngineResponse } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createEngineHost((message) => scope.postMessage(message));

scope.onmessage = (event) => handle(event.data);
