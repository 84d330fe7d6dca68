/**
 * The worker's side of the engine protocol, apart from the worker's global scope so that tests
 * can run it as it is. It puts the workbook together from its parts, runs the job and sends the
 * result back in parts (see protocol.ts). It keeps the last analysis, to plan the sheet of its
 * budget tables on request, to render its tables as a file, or to compare it with a reference file
 * (whose analysis it keeps too, while the same file is compared again).
 */
import { buildLayouts, planLayoutSheet } from "../../core/layout";
import type { Analysis } from "../../core/model/types";
import type { CellData, SheetData, WorkbookData } from "../../core/workbook";
import { sendInChunks } from "./chunks";
import { asCompareError } from "./compareError";
import { compareJob, ReferenceCache } from "./compareJob";
import { runJob } from "./job";
import { PLAN_PARTS, splitPlan } from "./planParts";
import type { EngineRequest, EngineResponse } from "./protocol";
import { renderExport } from "./renderExport";
import type { EngineJob, EngineOutput, ResultPart } from "./types";

interface Incoming {
  readonly job: EngineJob;
  readonly date1904?: boolean;
  readonly sheets: (Omit<SheetData, "cells"> & { cells: (readonly CellData[])[] })[];
}

/** The result's long lists, sent as parts; the rest goes in "done". */
function splitOutput({ analysis, marks, summary }: EngineOutput) {
  const parts: Readonly<Record<ResultPart, readonly unknown[]>> = {
    findings: analysis.findings,
    indicators: analysis.programme.indicators,
    results: analysis.programme.results,
    marks,
  };
  const rest = {
    ...analysis,
    findings: [],
    programme: { ...analysis.programme, indicators: [], results: [] },
  };
  return { parts, rest, summary };
}

export function createEngineHost(post: (message: EngineResponse) => void): (request: EngineRequest) => void {
  const incoming = new Map<number, Incoming>();
  let held: { readonly id: number; readonly analysis: Analysis } | null = null;
  const references = new ReferenceCache();
  const fail = (id: number, error: unknown) => {
    const compare = asCompareError(error);
    post({
      id,
      type: "error",
      message: error instanceof Error ? error.message : String(error),
      ...(compare && { compare: { code: compare.code, file: compare.file } }),
    });
  };
  /** The analysis request `of` made, when still held; else the answer "gone" is sent and null returned. */
  const heldFrom = (id: number, of: number): Analysis | null => {
    if (held?.id === of) return held.analysis;
    post({ id, type: "gone" });
    return null;
  };
  return (request) => {
    const { id } = request;
    switch (request.type) {
      case "begin":
        incoming.set(id, {
          job: request.job,
          ...(request.date1904 !== undefined ? { date1904: request.date1904 } : {}),
          sheets: request.sheets.map((sheet) => ({ ...sheet, cells: [] })),
        });
        return;
      case "rows": {
        const cells = incoming.get(id)?.sheets[request.sheet]?.cells;
        if (cells) for (const row of request.rows) cells.push(row);
        return;
      }
      case "run": {
        const work = incoming.get(id);
        incoming.delete(id);
        try {
          if (!work) throw new Error(`The engine received no workbook for request ${id}.`);
          const { job, ...workbook } = work;
          const output = runJob(workbook as WorkbookData, job, (phase) => post({ id, type: "phase", phase }));
          const { parts, rest, summary } = splitOutput(output);
          for (const part of Object.keys(parts) as ResultPart[]) {
            const items = parts[part];
            sendInChunks(items, (chunk) =>
              post({ id, type: "part", part, items: chunk, total: items.length })
            );
          }
          post({ id, type: "done", analysis: rest, summary });
          held = { id, analysis: output.analysis };
        } catch (error) {
          fail(id, error);
        }
        return;
      }
      case "sheet-plan": {
        const analysis = heldFrom(id, request.of);
        if (!analysis) return;
        try {
          const { lists, rest } = splitPlan(planLayoutSheet(buildLayouts(analysis, request.options)));
          for (const part of PLAN_PARTS) {
            const items = lists[part];
            sendInChunks(items, (chunk) =>
              post({ id, type: "plan-part", part, items: chunk, total: items.length })
            );
          }
          post({ id, type: "plan", plan: rest });
        } catch (error) {
          fail(id, error);
        }
        return;
      }
      case "render": {
        const analysis = heldFrom(id, request.of);
        if (!analysis) return;
        const { format, options } = request;
        Promise.resolve()
          .then(() => renderExport(buildLayouts(analysis, options), format))
          .then(
            ({ title, data }) =>
              // A file, and the HTML to copy, go as a Blob made here: the pane receives a handle and
              // hands it to the download or the clipboard as it is, without copying, decoding or
              // encoding megabytes on its thread.
              post({
                id,
                type: "rendered",
                title,
                data: new Blob([data], format === "fragment" ? { type: "text/html" } : {}),
              }),
            (error: unknown) => fail(id, error)
          );
        return;
      }
      case "compare": {
        const analysis = heldFrom(id, request.of);
        if (!analysis) return;
        const { job, reference } = request;
        references
          .analysis(reference, job.options)
          .then((referenceAnalysis) => compareJob(analysis, referenceAnalysis, reference.name, job.marks))
          .then(
            ({ comparison, marks }) => post({ id, type: "compared", comparison, marks }),
            (error: unknown) => fail(id, error)
          );
      }
    }
  };
}
