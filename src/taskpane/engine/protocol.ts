import type { SheetPlan } from "../../core/layout/sheetPlan";
import type { LayoutOptions } from "../../core/layout/types";
import type { Comparison } from "../../core/compare";
import type { Mark } from "../../core/marks";
import type { Analysis } from "../../core/model/types";
import type { CellData, SheetData } from "../../core/workbook";
import type { CheckSummary } from "../state/summary";
import type { CompareErrorCode } from "./compareError";
import type { ReferenceFile } from "./compareJob";
import type { PlanPart } from "./planParts";
import type { ExportFormat } from "./renderExport";
import type { EngineJob, EnginePhase, ResultPart } from "./types";

/**
 * Main thread → worker. A workbook of 20,000 rows is one structured clone of ~100 ms, and the
 * sender's thread does that copy, so it goes in parts: "begin" with the sheets' shapes, "rows"
 * chunks that fill them, then "run".
 */
export type EngineRequest =
  | {
      readonly id: number;
      readonly type: "begin";
      readonly job: EngineJob;
      /** The sheets without their cells. */
      readonly sheets: readonly Omit<SheetData, "cells">[];
      readonly date1904?: boolean;
    }
  | {
      readonly id: number;
      readonly type: "rows";
      readonly sheet: number;
      readonly rows: readonly (readonly CellData[])[];
    }
  | { readonly id: number; readonly type: "run" }
  /**
   * The sheet plan of the budget tables of the analysis that request `of` ("run") made: the worker
   * keeps the last analysis it made, so the layout and its sheet are planned there without the
   * analysis travelling back.
   */
  | { readonly id: number; readonly type: "sheet-plan"; readonly of: number; readonly options: LayoutOptions }
  /**
   * The budget tables of the analysis that request `of` made, rendered on the worker as a file (or
   * as HTML to copy): neither the analysis nor the layout travels, only the finished file comes back.
   */
  | {
      readonly id: number;
      readonly type: "render";
      readonly of: number;
      readonly options: LayoutOptions;
      readonly format: ExportFormat;
    }
  /**
   * 'Vergelijken met…': the reference file's bytes, read and analysed on the worker with the job's
   * options, and compared with the analysis that request `of` made. Only the comparison comes back.
   */
  | {
      readonly id: number;
      readonly type: "compare";
      readonly of: number;
      readonly job: EngineJob;
      readonly reference: ReferenceFile;
    };

/**
 * Worker → main thread. The result comes back the same way: the long lists (findings,
 * indicators, marks) in "part" chunks, each small enough to unpack within a few milliseconds,
 * then "done" with the rest. A sheet plan comes back the same way: "plan-part"s, then "plan". A
 * rendered file comes back in one "rendered", as a Blob (a handle: its bytes are not copied).
 */
export type EngineResponse =
  | { readonly id: number; readonly type: "phase"; readonly phase: EnginePhase }
  | {
      readonly id: number;
      readonly type: "part";
      readonly part: ResultPart;
      readonly items: readonly unknown[];
      /** How many items this part has in all. */
      readonly total: number;
    }
  | {
      readonly id: number;
      readonly type: "done";
      /** The analysis with its findings and indicators left out: those came in the parts. */
      readonly analysis: Analysis;
      readonly summary: CheckSummary;
    }
  | {
      readonly id: number;
      readonly type: "plan-part";
      readonly part: PlanPart;
      readonly items: readonly unknown[];
      readonly total: number;
    }
  /** The sheet plan with its long lists left out: those came in the "plan-part"s. */
  | { readonly id: number; readonly type: "plan"; readonly plan: SheetPlan }
  | {
      readonly id: number;
      readonly type: "rendered";
      readonly title: string;
      /** The file, or the HTML to copy, as a Blob (the HTML to copy of type text/html). */
      readonly data: Blob;
    }
  /** The comparison, with the marks of the analysis's findings and the comparison's together. */
  | {
      readonly id: number;
      readonly type: "compared";
      readonly comparison: Comparison;
      readonly marks: readonly Mark[];
    }
  /** The worker no longer holds the analysis a "sheet-plan", "render" or "compare" request asked for (a later check replaced it). */
  | { readonly id: number; readonly type: "gone" }
  | {
      readonly id: number;
      readonly type: "error";
      readonly message: string;
      /** Set when a reference cannot be compared with: why, and the file's name. */
      readonly compare?: { readonly code: CompareErrorCode; readonly file: string };
    };
