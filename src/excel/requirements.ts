import { GatewayError } from "../core/gateway";

/**
 * Which Excel features this Excel offers. The add-in needs ExcelApi 1.9 (multi-area ranges for
 * one conditional format per kind of mark, the workbook-wide change event); the rest is optional:
 *
 *   ExcelApi 1.5   custom XML parts (the review)             — within the minimum
 *   ExcelApi 1.6   conditional formats, suspendApiCalculation — within the minimum
 *   ExcelApi 1.9   getRanges (RangeAreas), worksheets.onChanged, getSelectedRanges,
 *                  suspendScreenUpdatingUntilNextSync          — the minimum
 *   ExcelApi 1.10  threaded comments                          — fallback for notes
 *   ExcelApi 1.13  Range.getMergedAreasOrNullObject            — merges; skipped below
 *   ExcelApi 1.18  notes                                       — a mark's explanation on the cell
 */
export interface Capabilities {
  /** ExcelApi 1.9: without it the gateway refuses to run. */
  readonly minimum: boolean;
  readonly notes: boolean;
  readonly comments: boolean;
  readonly mergedAreas: boolean;
  /** Where a mark's explanation goes; "none" means only the task pane shows it. */
  readonly annotations: "notes" | "comments" | "none";
}

export const MINIMUM_EXCEL_API = "1.9";

/** A feature above the minimum: the ExcelApi version it needs and the API members it lets the code use. */
export interface OptionalFeature {
  readonly excelApi: string;
  /** "Interface.member" inside `namespace Excel`, as @types/office-js declares it. */
  readonly members: readonly string[];
}

/**
 * Every Excel API member above MINIMUM_EXCEL_API that src/excel uses, by the capability that guards
 * it. checkRequirements asks isSetSupported for exactly these versions, and code may use a member
 * listed here only where it reads the capability (test/excel/requirements.test.ts checks both
 * against the [Api set] tags of @types/office-js and the manifest's <Requirements>).
 */
export const OPTIONAL_FEATURES = {
  comments: {
    excelApi: "1.10",
    members: [
      "Workbook.comments",
      "CommentCollection.add",
      "CommentCollection.items",
      "CommentCollection.load",
      "Comment.content",
      "Comment.delete",
      "Comment.getLocation",
    ],
  },
  mergedAreas: { excelApi: "1.13", members: ["Range.getMergedAreasOrNullObject"] },
  notes: {
    excelApi: "1.18",
    members: [
      "Worksheet.notes",
      "NoteCollection.add",
      "NoteCollection.getItemOrNullObject",
      "Note.content",
      "Note.delete",
      "Note.load",
    ],
  },
} as const satisfies Record<"comments" | "mergedAreas" | "notes", OptionalFeature>;

/** Whether this Office supports ExcelApi `version`; false outside Office. */
export function supportsExcelApi(version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

export function checkRequirements(): Capabilities {
  const minimum = supportsExcelApi(MINIMUM_EXCEL_API);
  const has = (feature: keyof typeof OPTIONAL_FEATURES) =>
    minimum && supportsExcelApi(OPTIONAL_FEATURES[feature].excelApi);
  const notes = has("notes");
  const comments = has("comments");
  return {
    minimum,
    notes,
    comments,
    mergedAreas: has("mergedAreas"),
    annotations: notes ? "notes" : comments ? "comments" : "none",
  };
}

/** The capabilities, or a GatewayError("api-unsupported") when this Excel is older than the minimum. */
export function requireMinimum(): Capabilities {
  const caps = checkRequirements();
  if (!caps.minimum) {
    throw new GatewayError(
      "api-unsupported",
      `This version of Excel does not support ExcelApi ${MINIMUM_EXCEL_API}, which Indicator Check needs. Update Excel (Microsoft 365, Excel 2021 or later, or Excel on the web).`
    );
  }
  return caps;
}
