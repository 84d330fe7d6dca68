// PLACEHOLDER until the compare engine lands
/**
 * Compares an analysis with a reference version of the same document: pairs their indicators and
 * reports values that drifted, targets that changed and indicators that were dropped or added.
 */
import type { Finding, FindingCode, IndicatorId } from "../findings/types";
import type { Analysis } from "../model/types";
import type { JsonReport } from "../report/jsonReport";

export interface ComparisonReference {
  /** What users call the reference: its file name ("begroting-2025-dienstverlening.xlsx") or a JSON report's source. */
  readonly name: string;
  /** The document's own label where the engine can tell it, e.g. "begroting 2025" (from the budget year); else null. */
  readonly label: string | null;
}

export interface IndicatorPair {
  /** null: only in the reference (removed). */
  readonly current: IndicatorId | null;
  /** The reference's indicator id; null: only in current (added). */
  readonly reference: string | null;
  readonly how: "exact" | "expanded" | "approximate" | "none";
  /** 1 for exact. */
  readonly score: number;
}

export interface Comparison {
  readonly reference: ComparisonReference;
  readonly pairs: readonly IndicatorPair[];
  /** Findings with codes "compare/…", made with makeFinding (stable ids, fingerprints), cells in the CURRENT workbook
   *  (compare/indicator-removed has sheet and cell null: its place in the reference is in its params). */
  readonly findings: readonly Finding[];
}

/** A reference is another analysis (an .xlsx analysed with the same options) or a JSON report written earlier by `check --json`. */
export function compareAnalyses(
  _current: Analysis,
  _reference: Analysis | JsonReport,
  ref: ComparisonReference
): Comparison {
  return { reference: ref, pairs: [], findings: [] };
}

/** Whether a finding comes from a comparison: its code starts with "compare/". */
export function isCompareCode(code: FindingCode): boolean {
  return code.startsWith("compare/");
}
