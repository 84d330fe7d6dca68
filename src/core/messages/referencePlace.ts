import { quoteSheetName } from "../address";
import type { CompareParams } from "../findings/types";

/**
 * Where a comparison finding's value sits in the reference document: the cell alone when it is on a
 * sheet of the same name as here ("D10"), else with its sheet ("'4.1 Indicatoren'!D10"); the sheet
 * alone when the reference gives no cell.
 */
export function referencePlace(params: CompareParams, sheetHere: string | null): string {
  const { referenceSheet: sheet, referenceCell: cell } = params;
  if (cell === undefined) return sheet === undefined ? "" : quoteSheetName(sheet);
  return sheet === undefined || sheet === sheetHere ? cell : `${quoteSheetName(sheet)}!${cell}`;
}

/** A target change tells which way is better: a lowered ambition with a higher figure means lower is better. */
export function lowerIsBetter(params: {
  ambition: "lowered" | "raised";
  value: number;
  unit: string;
  referenceValue: number;
  referenceUnit: string;
}): boolean {
  if (params.unit !== params.referenceUnit) return false;
  const up = params.value > params.referenceValue;
  return params.ambition === "lowered" ? up : !up;
}
