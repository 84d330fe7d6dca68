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
