import type { SheetPlan } from "./layout/sheetPlan";
import type { Mark } from "./marks";
import type { ReviewState } from "./review/types";
import type { WorkbookData } from "./workbook";

/**
 * The one port between the task pane and a workbook. Implemented over Office.js (src/excel) and
 * over .xlsx data in the browser demo, so the pane runs the very same code in both. Every method
 * rejects with a GatewayError that carries a code the pane turns into a message.
 */
export interface WorkbookGateway {
  /** Every sheet's used range as plain data. */
  readWorkbook(onProgress?: (done: number, total: number) => void): Promise<WorkbookData>;
  /** Replaces the add-in's previous marks with these; never touches the user's own formatting. */
  applyMarks(marks: readonly Mark[]): Promise<MarkOutcome | void>;
  /** Removes exactly what applyMarks added. */
  clearMarks(): Promise<MarkOutcome | void>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The user's current selection, as sheet and A1 range. */
  getSelection(): Promise<{ sheet: string; range: string }>;
  loadReview(): Promise<ReviewState>;
  saveReview(state: ReviewState): Promise<void>;
  /**
   * Adds the budget tables as a new sheet named `baseName`, or 'baseName (2)' and so on when that
   * name is taken; never overwrites. Returns the name used.
   */
  insertLayoutSheet(plan: SheetPlan, baseName: string): Promise<string>;
  /** Subscribes to cell edits; returns the unsubscribe function. */
  onChanged?(listener: () => void): Promise<() => Promise<void>>;
  /**
   * Subscribes to the user's selection: the top-left cell of its first area ("Indicatoren", "D11"),
   * also after selectCell. Returns the unsubscribe function.
   */
  onSelectionChanged?(listener: (selection: CellSelection) => void): Promise<() => Promise<void>>;
}

/** What marking or clearing could not do as asked, for the pane to say. */
export interface MarkOutcome {
  /**
   * Sheets whose conditional formats the host could not read (Excel refuses to list a sheet's rules
   * when the user has two value rules on one range or a duplicated rule: office-js #6827, #6835).
   * The user's own rules there were left alone; marks of ours from an earlier check may remain.
   */
  readonly unreadFormats: readonly string[];
}

export interface CellSelection {
  readonly sheet: string;
  readonly cell: string;
}

export type GatewayErrorCode =
  | "api-unsupported" // the Excel version lacks a requirement set
  | "sheet-protected" // writing to a protected sheet
  | "not-found" // a sheet or cell that no longer exists
  | "too-large" // beyond Excel's payload limits even in chunks
  | "failed"; // anything else Excel reported

export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    readonly detail?: { readonly sheet?: string; readonly cause?: unknown }
  ) {
    super(message);
    this.name = "GatewayError";
  }
}
