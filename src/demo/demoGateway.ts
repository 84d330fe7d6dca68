/**
 * The WorkbookGateway over an .xlsx file in the browser, so the demo runs the very same task pane as
 * Excel. Marks, selection and inserted sheets go to the DemoWorkbook, which the preview shows; the
 * review is kept there too and written into the downloaded file's custom XML part, where the Excel
 * gateway keeps it. The preview is read-only, so there is no onChanged; a cell chosen in it is a
 * selection the pane hears of, as in Excel.
 */
import { GatewayError, type CellSelection, type WorkbookGateway } from "../core/gateway";
import type { SheetPlan } from "../core/layout/sheetPlan";
import type { Mark } from "../core/marks";
import type { ParsedReview } from "../core/review/serializeReview";
import type { ReviewState } from "../core/review/types";
import type { WorkbookData } from "../core/workbook";
import { toA1, toRange } from "../core/address";
import type { DemoWorkbook } from "./demoWorkbook";

/** The port, plus why the review stored in the file could not be used as it was (as the Excel gateway tells). */
export interface DemoGateway extends WorkbookGateway {
  loadReviewDetailed(): Promise<ParsedReview>;
}

export function createDemoGateway(doc: DemoWorkbook): DemoGateway {
  return {
    async readWorkbook(onProgress?: (done: number, total: number) => void): Promise<WorkbookData> {
      const { data } = doc;
      onProgress?.(data.sheets.length, data.sheets.length);
      return data;
    },
    async applyMarks(marks: readonly Mark[]): Promise<void> {
      doc.setMarks(marks);
    },
    async clearMarks(): Promise<void> {
      doc.setMarks([]);
    },
    async selectCell(sheet: string, cell: string): Promise<void> {
      // As a call to Excel would, this answers later: the preview then renders in a task of its
      // own, not in the one of the pane's click or key press.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!doc.selectAddress(sheet, cell))
        throw new GatewayError("not-found", `Cell '${sheet}'!${cell} does not exist.`, { sheet });
    },
    async getSelection(): Promise<{ sheet: string; range: string }> {
      const { sheet, range } = doc.view.selection;
      return { sheet, range: toRange(range.top, range.left, range.bottom, range.right) };
    },
    async loadReview(): Promise<ReviewState> {
      return doc.review;
    },
    async loadReviewDetailed(): Promise<ParsedReview> {
      return { state: doc.review, warning: doc.reviewWarning };
    },
    async saveReview(state: ReviewState): Promise<void> {
      if (state.version !== 1)
        throw new GatewayError("failed", `Cannot store review version ${String(state.version)}.`);
      doc.review = state;
    },
    async insertLayoutSheet(plan: SheetPlan, baseName: string): Promise<string> {
      return doc.addPlannedSheet(plan, baseName);
    },
    async onSelectionChanged(listener: (selection: CellSelection) => void): Promise<() => Promise<void>> {
      // As Excel: a selection in the preview, and the pane's own selectCell, are told afterwards.
      let last = doc.view.selection;
      const unsubscribe = doc.subscribe(() => {
        const { selection } = doc.view;
        if (selection === last) return;
        last = selection;
        const cell = toA1(selection.range.top, selection.range.left);
        setTimeout(() => listener({ sheet: selection.sheet, cell }), 0);
      });
      return async () => {
        unsubscribe();
      };
    },
  };
}
