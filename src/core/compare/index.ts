/**
 * Compare with another version: the same indicator values travel from document to document (the
 * jaarstukken's realisation into the next budget's "Behaald" column, one draft into the next). The
 * comparison pairs the indicators of two analyses by name → compares each pair's achieved values,
 * targets and norm → and reports the differences, the changed ambitions and the indicators that
 * came or went, as findings in the current workbook.
 *
 * compareAnalyses(begroting2026, begroting2025, { name: "begroting-2025.xlsx", label: "begroting 2025" })
 *   → findings such as compare/value-differs at Indicatoren!C7 ("7,0 here, 7,1 there")
 */
import type { Finding, IndicatorId } from "../findings/types";
import type { Analysis } from "../model/types";
import type { JsonReport } from "../report/jsonReport";
import { pairFindings, type PairContext } from "./pairFindings";
import { pairIndicators, type PairHow } from "./pairIndicators";
import { stepOf } from "./precision";
import { sideOf, type SideIndicator } from "./side";

export { referenceOf } from "./reference";
export { changedTargetsOf } from "./changedTargets";
export { isCompareCode } from "./codes";

export interface ComparisonReference {
  /** What users call the reference: its file name ("begroting-2025-dienstverlening.xlsx") or a JSON report's source. */
  readonly name: string;
  /** The document's own label where the engine can tell it, e.g. "begroting 2025" (from the budget year); else null. */
  readonly label: string | null;
}

export interface IndicatorPair {
  /** Null: only in the reference (removed). */
  readonly current: IndicatorId | null;
  /** The reference's indicator id; null: only in current (added). */
  readonly reference: string | null;
  readonly how: PairHow;
  /** 1 for exact and expanded; the name similarity for approximate; 0 for none. */
  readonly score: number;
}

export interface Comparison {
  readonly reference: ComparisonReference;
  readonly pairs: readonly IndicatorPair[];
  /**
   * Findings with codes "compare/…", made with makeFinding (stable ids, fingerprints), cells in the
   * CURRENT workbook (compare/indicator-removed has sheet and cell null: its place in the reference
   * is in its params). In the current workbook's indicator order, the removed ones last.
   */
  readonly findings: readonly Finding[];
}

/** A reference is another analysis (an .xlsx analysed with the same options) or a JSON report written earlier by `check --json`. */
export function compareAnalyses(
  current: Analysis,
  reference: Analysis | JsonReport,
  ref: ComparisonReference
): Comparison {
  const here = sideOf(current);
  const pairs = pairIndicators(here, sideOf(reference));
  const ctx: PairContext = {
    reference: ref.name,
    scoped: current.programmes.length > 1,
    programmeFor: removedProgramme(current),
    stepOf: rememberSteps(),
  };
  return {
    reference: ref,
    pairs: pairs.map((p) => ({
      current: (p.current?.id ?? null) as IndicatorId | null,
      reference: p.reference?.id ?? null,
      how: p.how,
      score: p.score,
    })),
    findings: pairs.flatMap((p) => pairFindings(p, ctx)),
  };
}

/**
 * Where a removed indicator is reported in a workbook of several programmes: the programme of the
 * same number, else the first programme (a reference numbered otherwise was paired across the
 * workbook); never dropped.
 */
function removedProgramme(analysis: Analysis) {
  const byKey = new Map(analysis.programmes.filter((p) => p.key !== null).map((p) => [p.key!, p.id]));
  const first = analysis.programmes[0]!.id;
  return (removed: SideIndicator): SideIndicator["programmeId"] =>
    (removed.programmeKey === null ? undefined : byKey.get(removed.programmeKey)) ?? first;
}

function rememberSteps(): (raw: string) => number | null {
  const steps = new Map<string, number | null>();
  return (raw) => {
    let step = steps.get(raw);
    if (step === undefined) {
      step = stepOf(raw);
      steps.set(raw, step);
    }
    return step;
  };
}
