import type { CellAddress } from "../address";
import type { Comparator, Unit } from "../values/types";

/**
 * Findings are data, not sentences (as zod's issues and frictionless's errors): a literal code,
 * a severity, a place and typed params. src/core/messages turns them into Dutch or English.
 */
export type Severity = "error" | "warning" | "info";

export type IndicatorId = string & { readonly __brand: "IndicatorId" };
export type FindingId = string & { readonly __brand: "FindingId" };
/** A programme of a whole-budget workbook ("4.1", "p2"); see src/core/pipeline/group.ts. */
export type ProgrammeId = string & { readonly __brand: "ProgrammeId" };

/** A norm or target as the engine compares it: "≥ 80 %", "≤ 5 minutes". */
export interface NormSpec {
  readonly op: Comparator;
  readonly amount: number;
  readonly unit: Unit;
  /** The author's text the norm came from ("norm: 5 min", "80%", "Maximaal 5 min"). */
  readonly raw: string;
}

export interface FindingParams {
  "value/unparseable": { raw: string; reason: "text" | "error-value" | "date" | "boolean" };
  "value/missing": { marker: string };
  "value/undefined-marker": { marker: string };
  /** `examples`: the row's own text for each notation, in the order of `notations`. */
  "value/mixed-notation": { notations: string[]; cells: string[]; examples: string[] };
  "norm/breach": { value: number; raw: string; norm: NormSpec; source: NormSource; directionAssumed?: true };
  "norm/unit-mismatch": { raw: string; unit: Unit; norm: NormSpec };
  "target/missed": {
    value: number;
    raw: string;
    target: NormSpec;
    targetYear: number;
    sameYear: boolean;
    /** The comparison rests on the default direction (higher is better): nothing in the row states it. */
    directionAssumed?: true;
  };
  "target/missing": { year: number };
  "mapping/unknown-indicator": { reference: string; result: string; suggestion: string | null };
  "mapping/approximate-match": {
    reference: string;
    result: string;
    matched: string;
    score: number;
    /** Set when the reference was found only in another programme of the workbook: that programme. */
    programme?: string;
  };
  "mapping/result-without-indicator": { result: string };
  "mapping/unmapped-indicator": { name: string };
  "indicator/duplicate": { name: string; firstCell: string };
  "explanation/missing-for-breach": { name: string; year: number; code: "norm/breach" | "target/missed" };
  "explanation/unknown-indicator": { name: string; suggestion: string | null };
  "explanation/other-programme": { name: string; matched: string; programme: string };
  /** For the indicator table: the rows that looked most like its header, and why each was not taken. */
  "table/not-found": { kind: "indicators" | "mapping" | "explanations"; candidates?: TableCandidate[] };
  /** Columns taken by their place or content rather than a header word: the user can see and correct them. */
  "table/columns-inferred": { columns: InferredColumn[] };
  /** An achieved value of the same year differs from the reference document's (src/core/compare). */
  "compare/value-differs": CompareValueParams;
  /** The target for the same year changed; `ambition` by the current indicator's direction. */
  "compare/target-changed": CompareValueParams & { ambition: "lowered" | "raised" };
  /** The standing norm changed, appeared (`referenceNorm` null) or went (`norm` null). */
  "compare/norm-changed": CompareParams & { norm: NormSpec | null; referenceNorm: NormSpec | null };
  /** In the reference, not in this workbook: the finding has no cell here; its place there is in the params. */
  "compare/indicator-removed": CompareParams;
  /** In this workbook, not in the reference. */
  "compare/indicator-added": CompareParams;
  /** Paired with a reference indicator whose name is close but not the same. */
  "compare/approximate-pair": CompareParams & { referenceName: string; score: number };
}

/** What every comparison finding says: the indicator, the reference document, and its cell there. */
export interface CompareParams {
  /** The indicator's text (for compare/indicator-removed: as the reference writes it). */
  name: string;
  /** The reference document's name ("begroting-2025-dienstverlening.xlsx"). */
  reference: string;
  /** Where the reference has it, when it has a place (a JSON report of version 2 gives no cell for a name). */
  referenceSheet?: string;
  referenceCell?: string;
}

/** Two values of one year: as shown here and in the reference, and each normalised (percent points, minutes). */
export interface CompareValueParams extends CompareParams {
  raw: string;
  referenceRaw: string;
  value: number;
  unit: Unit;
  referenceValue: number;
  referenceUnit: Unit;
}

export interface TableCandidate {
  readonly sheet: string;
  /** The first filled cell of the header-like row. */
  readonly cell: string;
  /** The row's texts, "Indicator | 2022 | 2023". */
  readonly header: string;
  readonly reason: "no-years" | "no-names" | "no-values";
}

export interface InferredColumn {
  /** Column letter(s): "C". */
  readonly column: string;
  readonly header: string;
  readonly kind: "name" | "achieved" | "target" | "baseline" | "norm";
  readonly year: number | null;
}

export type FindingCode = keyof FindingParams;

export type NormSource = "override" | "column" | "name" | "mapping" | "target";

export const SEVERITY: { readonly [C in FindingCode]: Severity } = {
  "value/unparseable": "error",
  "value/missing": "info",
  "value/undefined-marker": "warning",
  "value/mixed-notation": "warning",
  "norm/breach": "error",
  "norm/unit-mismatch": "warning",
  "target/missed": "warning",
  "target/missing": "warning",
  "mapping/unknown-indicator": "error",
  "mapping/approximate-match": "info",
  "mapping/result-without-indicator": "warning",
  "mapping/unmapped-indicator": "warning",
  "indicator/duplicate": "error",
  "explanation/missing-for-breach": "warning",
  "explanation/unknown-indicator": "warning",
  "explanation/other-programme": "info",
  "table/not-found": "error",
  "table/columns-inferred": "info",
  "compare/value-differs": "error",
  // The worse of the two: a raised ambition gets "info" where the finding is made (src/core/compare).
  "compare/target-changed": "warning",
  "compare/norm-changed": "warning",
  "compare/indicator-removed": "warning",
  "compare/indicator-added": "info",
  "compare/approximate-pair": "info",
};

interface FindingOf<C extends FindingCode> {
  /** Stable across re-analysis while code, indicator, year and subject stay the same. */
  readonly id: FindingId;
  /** Changes when what the finding says changes (its sheet or params, not its cell): review marks it as changed. */
  readonly fingerprint: string;
  readonly code: C;
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly cell: CellAddress | null;
  readonly indicatorId: IndicatorId | null;
  readonly year: number | null;
  readonly params: FindingParams[C];
  /** The programme it belongs to; only in a workbook with several (its id then starts with it). */
  readonly programme?: ProgrammeId;
}

export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];
