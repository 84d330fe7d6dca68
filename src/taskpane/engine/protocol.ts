import type { AnalyseOptions } from "../../core/analyse";
import type { Analysis } from "../../core/model/types";
import type { WorkbookData } from "../../core/workbook";

/** Main thread → worker. */
export interface EngineRequest {
  readonly id: number;
  readonly workbook: WorkbookData;
  readonly options: AnalyseOptions;
}

/** Worker → main thread. An Analysis is plain data, so it crosses by structured clone. */
export type EngineResponse =
  | { readonly id: number; readonly ok: true; readonly analysis: Analysis }
  | { readonly id: number; readonly ok: false; readonly message: string };
