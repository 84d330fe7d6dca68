/**
 * Stage 1: find the indicator, relation and toelichting tables on every sheet, or take the ranges
 * the user chose in Settings instead.
 */
import { detectTables } from "../detect/detectTables";
import type { TableLayout } from "../detect/layout";
import type { WorkbookData } from "../workbook";
import type { AnalyseOptions } from "./options";

export function detectStage(workbook: WorkbookData, options: AnalyseOptions): TableLayout[] {
  return detectTables(workbook, options.tables ? { tables: options.tables } : {});
}
