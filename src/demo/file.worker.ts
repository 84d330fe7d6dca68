/**
 * The demo's .xlsx work on a worker thread: exceljs takes half a second and more to read a large
 * workbook, which in the page would freeze it. The very same functions run in the page where
 * workers are unavailable (fileClient.ts).
 */
import { createFileHost } from "./fileHost";
import type { FileRequest, FileResponse } from "./fileProtocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<FileRequest>) => void) | null;
  postMessage(message: FileResponse, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createFileHost((message, transfer = []) => scope.postMessage(message, transfer));

scope.onmessage = (event) => void handle(event.data);
