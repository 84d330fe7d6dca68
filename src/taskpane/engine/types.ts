import type { AnalyseOptions } from "../../core/analyse";
import type { Mark, MarkOptions } from "../../core/marks";
import type { Analysis } from "../../core/model/types";
import type { CheckSummary } from "../state/summary";

/** What the engine is asked to do besides analysing: plan the marks (null: no marks wanted). */
export interface EngineJob {
  readonly options: AnalyseOptions;
  readonly marks: MarkOptions | null;
}

/** Everything a check needs from the engine, so no long list is worked through on the pane's thread. */
export interface EngineOutput {
  readonly analysis: Analysis;
  readonly marks: readonly Mark[];
  readonly summary: CheckSummary;
}

/** The engine's work in order: find the tables, read their values, check them, plan the marks. */
export type EnginePhase = "detect" | "parse" | "validate" | "marks";

/** The long lists of a result, which travel from the worker in parts. */
export type ResultPart = "findings" | "indicators" | "results" | "marks";

export type EngineProgress =
  /** The workbook being handed to the worker, in rows. */
  | { readonly kind: "sending"; readonly done: number; readonly total: number }
  | { readonly kind: "phase"; readonly phase: EnginePhase }
  /** The result coming back from the worker. */
  | { readonly kind: "receiving"; readonly part: ResultPart; readonly done: number; readonly total: number };
