/**
 * The file worker's side of fileProtocol.ts, apart from the worker's global scope so that tests can
 * run it as it is: reads an opened file and sends its contents back in chunks, builds the sheet of
 * a plan it is sent and sends it back the same way, and writes the highlighted copy from the bytes,
 * inserted sheets and marks it is sent.
 */
import type { Mark } from "../core/marks";
import { sendInChunks } from "../taskpane/engine/chunks";
import { isXlsxReadError } from "../xlsx/errors";
import { splitContents } from "./fileParts";
import { SHEET_PARTS, type FileRequest, type FileResponse } from "./fileProtocol";
import { joinPlan, type PlanPart } from "../taskpane/engine/planParts";
import { plannedSheet, readFile, writeHighlighted } from "./openWorkbook";
import type { FileContents, InsertedSheet } from "./openWorkbook";

interface Writing {
  readonly bytes: ArrayBuffer;
  readonly inserted: readonly InsertedSheet[];
  readonly reviewXml: string | null;
  readonly marks: Mark[];
}

interface Planning {
  readonly begin: Extract<FileRequest, { type: "plan-begin" }>;
  readonly lists: Record<PlanPart, unknown[]>;
}

/** `post` sends one response; `transfer` lists the buffers it hands over rather than copies. */
export type Post = (message: FileResponse, transfer?: Transferable[]) => void;

export function createFileHost(post: Post): (request: FileRequest) => Promise<void> {
  const writing = new Map<number, Writing>();
  const planning = new Map<number, Planning>();
  const fail = (id: number, error: unknown) =>
    post({
      id,
      type: "error",
      message: error instanceof Error ? error.message : String(error),
      ...(isXlsxReadError(error) ? { code: error.code } : {}),
    });

  /** Sends contents as "begin", the "part"s in chunks, then "opened". */
  const sendContents = (id: number, contents: FileContents) => {
    const { head, parts } = splitContents(contents);
    post({ id, type: "begin", head });
    parts.forEach((lists, sheet) => {
      for (const part of SHEET_PARTS) {
        const list: readonly unknown[] = lists[part];
        sendInChunks(list, (items) => post({ id, type: "part", sheet, part, items }));
      }
    });
    post({ id, type: "opened" });
  };

  return async (request) => {
    const { id } = request;
    switch (request.type) {
      case "open":
        try {
          sendContents(id, await readFile(new Uint8Array(request.bytes)));
        } catch (error) {
          fail(id, error);
        }
        return;
      case "plan-begin":
        planning.set(id, { begin: request, lists: { cells: [], rowHeights: [], merges: [] } });
        return;
      case "plan-part": {
        const list = planning.get(id)?.lists[request.part];
        if (list) for (const item of request.items) list.push(item);
        return;
      }
      case "plan-sheet": {
        const work = planning.get(id);
        planning.delete(id);
        try {
          if (!work) throw new Error(`The file worker received no sheet plan for request ${id}.`);
          const { plan, baseName, taken, date1904 } = work.begin;
          const sheet = plannedSheet(joinPlan(plan, work.lists), baseName, taken, date1904);
          sendContents(id, { sheets: [sheet], date1904, activeTab: 0, reviewXml: null });
        } catch (error) {
          fail(id, error);
        }
        return;
      }
      case "write-begin":
        writing.set(id, {
          bytes: request.bytes,
          inserted: request.inserted,
          reviewXml: request.reviewXml,
          marks: [],
        });
        return;
      case "marks": {
        const marks = writing.get(id)?.marks;
        if (marks) for (const mark of request.marks) marks.push(mark);
        return;
      }
      case "write": {
        const work = writing.get(id);
        writing.delete(id);
        try {
          if (!work) throw new Error(`The file worker received no workbook for request ${id}.`);
          const bytes = await writeHighlighted(
            new Uint8Array(work.bytes),
            work.inserted,
            work.marks,
            work.reviewXml
          );
          const buffer =
            bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
              ? (bytes.buffer as ArrayBuffer)
              : (bytes.slice().buffer as ArrayBuffer);
          post({ id, type: "written", bytes: buffer }, [buffer]);
        } catch (error) {
          fail(id, error);
        }
      }
    }
  };
}
