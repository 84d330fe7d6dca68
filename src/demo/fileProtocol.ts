/**
 * The page ↔ file worker messages. A large workbook is tens of thousands of rows: as one structured
 * clone it would take the page hundreds of milliseconds to unpack, in one task. So the file's sheets
 * come back as "begin" with their shapes, then "part" chunks of rows, cell looks and sizes (each
 * sized by the engine's ChunkSizer to a few milliseconds), then "opened". The marks of a highlighted
 * download travel to the worker the same way, and so does the plan of a sheet the pane inserts; that
 * sheet, built with exceljs on the worker, comes back as an opened file of one sheet.
 */
import type { SheetPlan } from "../core/layout/sheetPlan";
import type { Mark } from "../core/marks";
import type { PlanPart } from "../taskpane/engine/planParts";
import type { CellData, SheetData } from "../core/workbook";
import type { XlsxReadErrorCode } from "../xlsx/errors";
import type { InsertedSheet } from "./openWorkbook";
import type { CellLook } from "./previewSheet";

/** Page → worker. */
export type FileRequest =
  | { readonly id: number; readonly type: "open"; readonly bytes: ArrayBuffer }
  | {
      readonly id: number;
      readonly type: "write-begin";
      readonly bytes: ArrayBuffer;
      readonly inserted: readonly InsertedSheet[];
      readonly reviewXml: string | null;
    }
  | { readonly id: number; readonly type: "marks"; readonly marks: readonly Mark[] }
  | { readonly id: number; readonly type: "write" }
  /** A sheet to build from a plan: the plan without its long lists, which follow in "plan-part"s. */
  | {
      readonly id: number;
      readonly type: "plan-begin";
      readonly plan: SheetPlan;
      readonly baseName: string;
      readonly taken: readonly string[];
      readonly date1904: boolean;
    }
  | {
      readonly id: number;
      readonly type: "plan-part";
      readonly part: PlanPart;
      readonly items: readonly unknown[];
    }
  | { readonly id: number; readonly type: "plan-sheet" };

/** A sheet without its long lists: those come in parts. */
export interface SheetShape {
  readonly name: string;
  readonly hidden: boolean;
  readonly data: Omit<SheetData, "cells">;
}

/** The long lists of a sheet, as [key, value] entries where the preview keeps a Map. */
export interface SheetParts {
  readonly rows: readonly (readonly CellData[])[];
  readonly looks: readonly (readonly [string, CellLook])[];
  readonly rowHeights: readonly (readonly [number, number])[];
  readonly columnWidths: readonly (readonly [number, number])[];
}

export type SheetPart = keyof SheetParts;
export const SHEET_PARTS: readonly SheetPart[] = ["rows", "looks", "rowHeights", "columnWidths"];

export interface ContentsHead {
  readonly sheets: readonly SheetShape[];
  readonly date1904: boolean;
  readonly activeTab: number;
  readonly reviewXml: string | null;
  /** Rows in all sheets, for the progress shown while they arrive. */
  readonly rows: number;
}

/** Worker → page. */
export type FileResponse =
  | { readonly id: number; readonly type: "begin"; readonly head: ContentsHead }
  | {
      readonly id: number;
      readonly type: "part";
      readonly sheet: number;
      readonly part: SheetPart;
      readonly items: readonly unknown[];
    }
  | { readonly id: number; readonly type: "opened" }
  | { readonly id: number; readonly type: "written"; readonly bytes: ArrayBuffer }
  /** `code` when the file cannot be read (XlsxReadError), so the page says why in its own words. */
  | {
      readonly id: number;
      readonly type: "error";
      readonly message: string;
      readonly code?: XlsxReadErrorCode;
    };
