/**
 * The WorkbookGateway over Office.js. src/excel is the only code that calls Excel.run; every
 * operation is one Excel.run (two for a mark whose sheet disappeared) and returns plain data.
 */
import type { CellSelection, WorkbookGateway } from "../core/gateway";
import type { SheetPlan } from "../core/layout/sheetPlan";
import type { Mark } from "../core/marks";
import type { ParsedReview } from "../core/review/serializeReview";
import type { ReviewState } from "../core/review/types";
import type { WorkbookData } from "../core/workbook";
import { syncCount } from "./diagnostics";
import { onChanged, onSelectionChanged } from "./events";
import { insertLayoutSheet } from "./insertLayoutSheet";
import { applyMarks, clearMarks, type MarkReport } from "./marks";
import { readWorkbook } from "./readWorkbook";
import { createOwnWrites, writeQuietly } from "./ownWrites";
import { checkRequirements, requireMinimum, type Capabilities } from "./requirements";
import { loadReview, saveReview } from "./reviewStorage";
import { getSelection, selectCell } from "./selection";

/** The port, plus what only Excel can tell: capabilities, what marking did, why a review was unreadable. */
export interface ExcelGateway extends WorkbookGateway {
  capabilities(): Capabilities;
  /** applyMarks, telling how many formats, notes and comments it added and which cells kept the user's note. */
  applyMarksDetailed(marks: readonly Mark[]): Promise<MarkReport>;
  /** The review with a warning when the stored one was unreadable or from a newer version. */
  loadReviewDetailed(): Promise<ParsedReview>;
  onChanged(listener: () => void): Promise<() => Promise<void>>;
  onSelectionChanged(listener: (selection: CellSelection) => void): Promise<() => Promise<void>>;
  /**
   * The context.sync calls made so far through runExcel (for the diagnosis: syncs per operation are
   * differences); null for a method whose syncs it does not see.
   */
  syncCount(method?: string): number | null;
}

/** Methods that make their syncs in an Excel.run of their own, outside runExcel's count. */
const UNCOUNTED: ReadonlySet<string> = new Set(["insertLayoutSheet"]);

export function createExcelGateway(): ExcelGateway {
  /** Every operation checks the requirement set first, so it rejects with "api-unsupported", never half-way. */
  const guarded =
    <A extends unknown[], R>(run: (caps: Capabilities, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> =>
      run(requireMinimum(), ...args);
  /** What this gateway wrote itself, so that Excel's (late) change events for it start no re-check. */
  const own = createOwnWrites();
  const mark = guarded((caps, marks: readonly Mark[]) => applyMarks(caps, marks));

  return {
    capabilities: checkRequirements,
    syncCount: (method?: string) => (method !== undefined && UNCOUNTED.has(method) ? null : syncCount()),
    readWorkbook: guarded((caps, onProgress?: (done: number, total: number) => void): Promise<WorkbookData> =>
      readWorkbook(caps, onProgress)
    ),
    // One function: the port's applyMarks hands on the whole report, of which the pane reads unreadFormats.
    applyMarksDetailed: mark,
    applyMarks: mark,
    clearMarks: guarded((caps) => clearMarks(caps)),
    selectCell: guarded((_caps, sheet: string, cell: string) => selectCell(sheet, cell)),
    getSelection: guarded(() => getSelection()),
    loadReviewDetailed: guarded(() => loadReview()),
    loadReview: guarded(async (): Promise<ReviewState> => (await loadReview()).state),
    saveReview: guarded((_caps, state: ReviewState) => saveReview(state)),
    onChanged: guarded((caps, listener: () => void) => onChanged(caps, listener, own)),
    onSelectionChanged: guarded((_caps, listener: (selection: CellSelection) => void) =>
      onSelectionChanged(listener)
    ),
    // Writes cell data, which fires onChanged: with events off and recorded (ownWrites.ts). Marks
    // write formats and notes only, which onChanged does not report (and from ExcelApi 1.14 any
    // echo of ours names its source: events.ts).
    insertLayoutSheet: guarded((_caps, plan: SheetPlan, baseName: string) =>
      writeQuietly(
        own,
        () => insertLayoutSheet(plan, baseName),
        (name) => [name]
      )
    ),
  };
}
