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

function supports(version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

export function checkRequirements(): Capabilities {
  const minimum = supports(MINIMUM_EXCEL_API);
  const notes = minimum && supports("1.18");
  const comments = minimum && supports("1.10");
  return {
    minimum,
    notes,
    comments,
    mergedAreas: minimum && supports("1.13"),
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
