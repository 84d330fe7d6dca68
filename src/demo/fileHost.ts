/**
 * The file worker's side of fileProtocol.ts, apart from the worker's global scope so that tests can
 * run it as it is: reads an opened file and sends its contents back in chunks, and writes the
 * highlighted copy from the bytes, inserted sheets and marks it is sent.
 */
import type { Mark } from "../core/marks";
import { sendInChunks } from "../taskpane/engine/chunks";
import { isXlsxReadError } from "../xlsx/errors";
import { splitContents } from "./fileParts";
import { SHEET_PARTS, type FileRequest, type FileResponse } from "./fileProtocol";
import { readFile, writeHighlighted, type InsertedSheet } from "./openWorkbook";

interface Writing {
  readonly bytes: ArrayBuffer;
  readonly inserted: readonly InsertedSheet[];
  readonly reviewXml: string | null;
  readonly marks: Mark[];
}

/** `post` sends one response; `transfer` lists the buffers it hands over rather than copies. */
export type Post = (message: FileResponse, transfer?: Transferable[]) => void;

export function createFileHost(post: Post): (request: FileRequest) => Promise<void> {
  const writing = new Map<number, Writing>();
  const fail = (id: number, error: unknown) =>
    post({
      id,
      type: "error",
      message: error instanceof Error ? error.message : String(error),
      ...(isXlsxReadError(error) ? { code: error.code } : {}),
    });

  return async (request) => {
    const { id } = request;
    switch (request.type) {
      case "open":
        try {
          const { head, parts } = splitContents(await readFile(new Uint8Array(request.bytes)));
          post({ id, type: "begin", head });
          parts.forEach((lists, sheet) => {
            for (const part of SHEET_PARTS) {
              const list: readonly unknown[] = lists[part];
              sendInChunks(list, (items) => post({ id, type: "part", sheet, part, items }));
            }
          });
          post({ id, type: "opened" });
        } catch (error) {
          fail(id, error);
        }
        return;
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
