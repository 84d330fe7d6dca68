/**
 * What one pair of indicators says when its two versions are compared: an achieved value of the same
 * year that differs, a target of the same year that changed, a norm that changed, or the indicator
 * only on one side. Cells are in the current workbook; the reference's place is in the params.
 */
import type { CellAddress } from "../address";
import { makeFinding } from "../findings/makeFinding";
import type {
  CompareParams,
  Finding,
  FindingCode,
  FindingId,
  FindingParams,
  IndicatorId,
  NormSpec,
  Severity,
} from "../findings/types";
import { inUnitOf } from "../norms/compare";
import { agreeAtPrecision, sameNumber } from "./precision";
import type { SidePair } from "./pairIndicators";
import type { SideIndicator, SideNorm, SideObservation } from "./side";

export interface PairContext {
  /** The reference document's name, quoted by every message. */
  readonly reference: string;
  /** True when the current workbook has several programmes: ids are put under the programme, as every finding's. */
  readonly scoped: boolean;
  /** The current programme a removed indicator is reported under (several programmes only). */
  readonly programmeFor: (removed: SideIndicator) => SideIndicator["programmeId"];
  /** stepOf, remembered per text for the comparison: a workbook repeats its texts. */
  readonly stepOf: (raw: string) => number | null;
}

export function pairFindings(pair: SidePair, ctx: PairContext): Finding[] {
  const { current, reference } = pair;
  if (current === null) return reference === null ? [] : [removedFinding(reference, ctx)];
  if (reference === null)
    return [
      findingAt(current, ctx, "compare/indicator-added", current.nameCell, null, base(current, null, ctx)),
    ];
  const findings: Finding[] = [];
  if (pair.how === "approximate")
    findings.push(
      findingAt(current, ctx, "compare/approximate-pair", current.nameCell, null, {
        ...base(current, reference, ctx, reference.nameCell),
        referenceName: reference.name,
        score: pair.score,
      })
    );
  findings.push(...normFindings(current, reference, ctx));
  for (const o of current.observations) {
    if (o.year === null || o.value === null || o.unit === null) continue;
    if (o.kind !== "achieved" && o.kind !== "target") continue;
    const other = reference.observations.find((r) => r.kind === o.kind && r.year === o.year);
    // A missing marker on either side ('-', '*', 'n.b.', an empty cell) or an unreadable value is no
    // difference worth a finding: a later document filling in a figure that was not yet known is the
    // normal course, and the check of the workbook itself already reports the marker or the text.
    if (!other || other.value === null || other.unit === null) continue;
    const finding =
      o.kind === "achieved"
        ? valueFinding(current, reference, o, other, ctx)
        : targetFinding(current, reference, o, other, ctx);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Achieved values of one year agree when they are equal at the less precise notation's precision. */
function valueFinding(
  current: SideIndicator,
  reference: SideIndicator,
  o: SideObservation,
  r: SideObservation,
  ctx: PairContext
): Finding | null {
  // Most copied values are the very same figure: no need to read how precisely they are written.
  if (o.unit === r.unit && sameNumber(o.value!, r.value!)) return null;
  const here = { value: o.value!, unit: o.unit!, step: ctx.stepOf(o.raw) };
  const there = { value: r.value!, unit: r.unit!, step: ctx.stepOf(r.raw) };
  if (agreeAtPrecision(here, there)) return null;
  return findingAt(
    current,
    ctx,
    "compare/value-differs",
    o.cell,
    o.year,
    valueParams(current, reference, o, r, ctx)
  );
}

/**
 * Targets are set, not measured: a target written 8 means 8, not 7,5 rounded, so targets compare by
 * their figure. Which way the ambition moved follows the current indicator's direction (a waiting
 * time's target going up is a lowered ambition). Targets in units that do not convert (a percentage
 * against minutes) are left alone: there is no "higher" between them, and the value check reports the row.
 */
function targetFinding(
  current: SideIndicator,
  reference: SideIndicator,
  o: SideObservation,
  r: SideObservation,
  ctx: PairContext
): Finding | null {
  const there = inUnitOf(r.value!, r.unit!, o.unit!);
  if (there === null || sameNumber(o.value!, there)) return null;
  const up = o.value! > there;
  const raised = current.direction === "higher" ? up : !up;
  const params = {
    ...valueParams(current, reference, o, r, ctx),
    ambition: raised ? "raised" : "lowered",
  } as const;
  return findingAt(
    current,
    ctx,
    "compare/target-changed",
    o.cell,
    o.year,
    params,
    raised ? "info" : undefined
  );
}

/**
 * The standing norm as the documents state it (a Norm column, the name, the relation table's
 * wording): changed, appeared or gone. A norm the user set in the add-in's settings is no part of
 * either document, so it is not compared.
 */
function normFindings(current: SideIndicator, reference: SideIndicator, ctx: PairContext): Finding[] {
  const here = documentNorm(current.norm);
  const there = documentNorm(reference.norm);
  if (here === null && there === null) return [];
  if (here && there) {
    const amount = inUnitOf(there.amount, there.unit, here.unit);
    if (amount !== null && here.op === there.op && sameNumber(here.amount, amount)) return [];
  }
  const params = {
    ...base(current, reference, ctx, there?.cell ?? reference.nameCell),
    norm: here && spec(here),
    referenceNorm: there && spec(there),
  };
  return [findingAt(current, ctx, "compare/norm-changed", here?.cell ?? current.nameCell, null, params)];
}

const documentNorm = (norm: SideNorm | null) => (norm && norm.source !== "override" ? norm : null);
const spec = (n: SideNorm): NormSpec => ({ op: n.op, amount: n.amount, unit: n.unit, raw: n.raw });

function removedFinding(reference: SideIndicator, ctx: PairContext): Finding {
  const programme = ctx.scoped ? ctx.programmeFor(reference) : null;
  const finding = makeFinding(
    "compare/indicator-removed",
    { sheet: null, cell: null, indicatorId: null, year: null, subject: reference.id },
    base(reference, reference, ctx, reference.nameCell)
  );
  return programme ? { ...finding, id: `${programme}/${finding.id}` as FindingId, programme } : finding;
}

/** Both cells' values, written out in full: two versions that differ everywhere make thousands of these. */
function valueParams(
  current: SideIndicator,
  reference: SideIndicator,
  o: SideObservation,
  r: SideObservation,
  ctx: PairContext
) {
  return {
    name: current.name,
    reference: ctx.reference,
    referenceSheet: reference.sheet,
    referenceCell: r.cell,
    raw: o.raw,
    referenceRaw: r.raw,
    value: o.value!,
    unit: o.unit!,
    referenceValue: r.value!,
    referenceUnit: r.unit!,
  };
}

function base(
  named: SideIndicator,
  reference: SideIndicator | null,
  ctx: PairContext,
  referenceCell: string | null = null
): CompareParams {
  const params: CompareParams = { name: named.name, reference: ctx.reference };
  if (reference === null) return params;
  return referenceCell === null
    ? { ...params, referenceSheet: reference.sheet }
    : { ...params, referenceSheet: reference.sheet, referenceCell };
}

/**
 * A finding at a cell of the current indicator, with its severity where it is not the code's (a raised
 * ambition) and under its programme when the workbook has several: makeFinding's object, copied at
 * most once.
 */
function findingAt<C extends FindingCode>(
  current: SideIndicator,
  ctx: PairContext,
  code: C,
  cell: string | null,
  year: number | null,
  params: FindingParams[C],
  severity?: Severity
): Finding {
  const place = {
    sheet: current.sheet,
    cell: cell as CellAddress | null,
    indicatorId: current.id as IndicatorId,
    year,
  };
  const finding = makeFinding(code, place, params);
  const programme = ctx.scoped ? current.programmeId : null;
  if (!programme && severity === undefined) return finding;
  return {
    ...finding,
    ...(severity === undefined ? {} : { severity }),
    ...(programme ? { id: `${programme}/${finding.id}` as FindingId, programme } : {}),
  } as Finding;
}
