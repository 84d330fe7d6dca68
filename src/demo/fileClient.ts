/**
 * The page's side of the file worker (fileProtocol.ts): opens a file's bytes, builds the sheets the
 * pane inserts and writes the highlighted copy on the worker, so exceljs never blocks the page. Where Worker is missing, or the
 * worker cannot start, the same functions run in the page instead. A file that cannot be read
 * rejects with the XlsxReadError that says why, wherever it was read.
 */
import type { SheetPlan } from "../core/layout/sheetPlan";
import type { Mark } from "../core/marks";
import { sendInChunksPausing } from "../taskpane/engine/chunks";
import { PLAN_PARTS, splitPlan } from "../taskpane/engine/planParts";
import { yieldToUi } from "../taskpane/state/slices";
import { XlsxReadError } from "../xlsx/errors";
import { ContentsReceiver } from "./fileParts";
import type { FileRequest, FileResponse } from "./fileProtocol";
import {
  plannedSheet,
  readFile,
  writeHighlighted,
  type FileContents,
  type InsertedSheet,
} from "./openWorkbook";
import type { PreviewSheet } from "./previewSheet";

/** What the page can tell while a file opens. */
export type OpenProgress =
  | { readonly kind: "reading" }
  | { readonly kind: "receiving"; readonly done: number; readonly total: number };

export interface FileWork {
  open(bytes: Uint8Array, onProgress?: (p: OpenProgress) => void): Promise<FileContents>;
  write(
    bytes: Uint8Array,
    inserted: readonly InsertedSheet[],
    marks: readonly Mark[],
    reviewXml: string | null
  ): Promise<Uint8Array>;
  /** The sheet of a plan under the first free name of `baseName` beside `taken`, as the preview shows it. */
  plannedSheet(
    plan: SheetPlan,
    baseName: string,
    taken: readonly string[],
    date1904: boolean
  ): Promise<PreviewSheet>;
  dispose(): void;
}

/** exceljs in the page: where workers are missing or failed to start. */
export const inPageFileWork: FileWork = {
  open: (bytes, onProgress) => {
    onProgress?.({ kind: "reading" });
    return readFile(bytes);
  },
  write: writeHighlighted,
  plannedSheet: async (...args) => plannedSheet(...args),
  dispose: () => undefined,
};

/** The worker could not start (blocked by policy, missing file): not the file's fault. */
class WorkerUnavailable extends Error {}

interface Pending {
  readonly receive: (response: FileResponse) => void;
  readonly reject: (error: unknown) => void;
}

const copyOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

function rebuildError(response: Extract<FileResponse, { type: "error" }>): Error {
  return response.code ? new XlsxReadError(response.code) : new Error(response.message);
}

/**
 * The file work on a worker when the browser has Web Workers, else in the page. If the worker
 * cannot start, this request and every later one run in the page.
 */
export function createFileWork(
  startWorker: (() => Promise<Worker>) | null = typeof Worker === "undefined" ? null : loadWorkerFactory
): FileWork {
  if (!startWorker) return inPageFileWork;
  let worker: Promise<Worker | null> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const getWorker = (): Promise<Worker | null> => {
    worker ??= startWorker().then(
      (w) => {
        w.onmessage = (event: MessageEvent<FileResponse>) => pending.get(event.data.id)?.receive(event.data);
        w.onerror = (event) => {
          event.preventDefault();
          // A script that fails to load or run never answers: give up on the worker for good.
          worker = Promise.resolve(null);
          w.terminate();
          for (const p of pending.values()) p.reject(new WorkerUnavailable(event.message));
          pending.clear();
        };
        return w;
      },
      () => null
    );
    return worker;
  };

  /** Runs one request on the worker; null when there is none. */
  const onWorker = async <T>(
    start: (w: Worker, id: number) => void,
    receive: (response: FileResponse, resolve: (value: T) => void) => void
  ): Promise<T | null> => {
    const w = await getWorker();
    if (!w) return null;
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const settle = () => pending.delete(id);
      pending.set(id, {
        receive: (response) => {
          if (response.type === "error") {
            settle();
            reject(rebuildError(response));
          } else
            receive(response, (value) => {
              settle();
              resolve(value);
            });
        },
        reject,
      });
      start(w, id);
    });
  };

  /** The worker's answer, or the page's when the worker is unavailable. */
  const either = async <T>(onIt: () => Promise<T | null>, inPage: () => Promise<T>): Promise<T> => {
    try {
      const result = await onIt();
      if (result !== null) return result;
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
    return inPage();
  };

  return {
    open(bytes, onProgress = () => undefined) {
      return either(
        () =>
          onWorker<FileContents>((w, id) => {
            onProgress({ kind: "reading" });
            w.postMessage({ id, type: "open", bytes: copyOf(bytes) } satisfies FileRequest);
          }, receiveContents(onProgress)),
        () => inPageFileWork.open(bytes, onProgress)
      );
    },
    plannedSheet(plan, baseName, taken, date1904) {
      const receive = receiveContents();
      return either(
        () =>
          onWorker<PreviewSheet>(
            (w, id) => {
              const post = (request: FileRequest) => w.postMessage(request);
              const { lists, rest } = splitPlan(plan);
              post({ id, type: "plan-begin", plan: rest, baseName, taken, date1904 });
              void (async () => {
                for (const part of PLAN_PARTS)
                  await sendInChunksPausing(
                    lists[part],
                    (items) => post({ id, type: "plan-part", part, items }),
                    yieldToUi
                  );
                post({ id, type: "plan-sheet" });
              })();
            },
            (response, resolve) => receive(response, (contents) => resolve(contents.sheets[0]!))
          ),
        () => inPageFileWork.plannedSheet(plan, baseName, taken, date1904)
      );
    },
    write(bytes, inserted, marks, reviewXml) {
      return either(
        () =>
          onWorker<Uint8Array>(
            (w, id) => {
              const post = (request: FileRequest) => w.postMessage(request);
              post({ id, type: "write-begin", bytes: copyOf(bytes), inserted, reviewXml });
              void sendInChunksPausing(
                marks,
                (chunk) => post({ id, type: "marks", marks: chunk }),
                yieldToUi
              ).then(() => post({ id, type: "write" }));
            },
            (response, resolve) => {
              if (response.type === "written") resolve(new Uint8Array(response.bytes));
            }
          ),
        () => inPageFileWork.write(bytes, inserted, marks, reviewXml)
      );
    },
    dispose() {
      for (const p of pending.values()) p.reject(new Error("file work disposed"));
      pending.clear();
      void worker?.then((w) => w?.terminate());
      worker = null;
    },
  };
}

/** Puts contents together from "begin", "part"s and "opened", telling the rows received. */
function receiveContents(
  onProgress: (p: OpenProgress) => void = () => undefined
): (response: FileResponse, resolve: (contents: FileContents) => void) => void {
  let receiver: ContentsReceiver | null = null;
  return (response, resolve) => {
    if (response.type === "begin") receiver = new ContentsReceiver(response.head);
    else if (response.type === "part" && receiver) {
      receiver.add(response.sheet, response.part, response.items);
      if (response.part === "rows")
        onProgress({ kind: "receiving", done: receiver.rows, total: receiver.head.rows });
    } else if (response.type === "opened" && receiver) resolve(receiver.contents());
  };
}

/** Kept behind import() so the module with import.meta is never evaluated where Worker is missing. */
async function loadWorkerFactory(): Promise<Worker> {
  const { startFileWorker } = await import(/* webpackMode: "eager" */ "./fileWorkerFactory");
  return startFileWorker();
}
