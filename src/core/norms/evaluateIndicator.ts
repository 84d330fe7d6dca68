import type { Finding, IndicatorId, NormSpec } from "../findings/types";
import { makeFinding, type FindingPlace } from "../findings/makeFinding";
import type { IndicatorRow } from "../model/readIndicatorTable";
import type { IndicatorNorm, Observation, ObservationStatus } from "../model/types";
import type { Direction } from "../model/types";
import { comparableAmount, unitOf } from "../values/types";
import { judge } from "./compare";
import { findMixedNotation, type NotationUse } from "./mixedNotation";
import { normFromValue } from "./normFromText";

export interface EvaluationContext {
  readonly id: IndicatorId;
  readonly direction: Direction;
  readonly norm: IndicatorNorm | null;
  /** Markers a legend or footnote explains. */
  readonly explainedMarkers: ReadonlySet<string>;
  readonly budgetYear: number | null;
  /** True when the direction is the default (higher is better), not stated or worded: breaches say so. */
  readonly directionAssumed?: boolean;
}

export interface Evaluation {
  readonly observations: Observation[];
  readonly findings: Finding[];
}

interface Target {
  readonly year: number;
  readonly norm: NormSpec;
}

/**
 * Compares every achieved value of one indicator with its norm and targets.
 * A standing norm decides first (norm/breach); where it holds or is absent, the same year's target
 * decides, or else the nearest later target as "not yet reached" (target/missed).
 */
export function evaluateIndicator(row: IndicatorRow, ctx: EvaluationContext): Evaluation {
  const findings: Finding[] = [];
  const place = (cell: string, year: number | null, subject?: string): FindingPlace => {
    const at = { sheet: row.sheet, cell: cell as Observation["cell"], indicatorId: ctx.id, year };
    return subject === undefined ? at : { ...at, subject };
  };

  const targets: Target[] = [];
  const achievedYears = new Set<number>();
  for (const c of row.cells) {
    if (c.kind === "achieved" && c.year !== null && comparableAmount(c.parsed) !== null)
      achievedYears.add(c.year);
    if (c.kind !== "target" || c.year === null) continue;
    const norm = normFromValue(c.parsed, ctx.direction);
    if (norm && !row.mandatory) targets.push({ year: c.year, norm });
  }
  targets.sort((a, b) => a.year - b.year);

  const observations: Observation[] = row.cells.map((c) => {
    const { parsed, cell } = c;
    const column = { kind: c.kind };
    const year = c.year;
    const value = comparableAmount(parsed);
    const unit = unitOf(parsed);
    let status: ObservationStatus = column.kind === "achieved" ? "no-norm" : column.kind;
    const inKind = (subject?: string) => subjectInKind(column.kind, subject);
    if (parsed.footnote !== undefined && !ctx.explainedMarkers.has(parsed.footnote)) {
      findings.push(
        makeFinding("value/undefined-marker", place(cell, year, inKind(parsed.footnote)), {
          marker: parsed.footnote,
        })
      );
    }
    if (parsed.kind === "unparseable") {
      findings.push(
        makeFinding("value/unparseable", place(cell, year, inKind()), {
          raw: parsed.raw,
          reason: parsed.reason,
        })
      );
      status = "unparseable";
    } else if (parsed.kind === "missing") {
      status = "missing";
      if (parsed.needsLegend && !ctx.explainedMarkers.has(parsed.marker)) {
        findings.push(
          makeFinding("value/undefined-marker", place(cell, year, inKind(parsed.marker)), {
            marker: parsed.marker,
          })
        );
      } else if (column.kind === "achieved") {
        findings.push(makeFinding("value/missing", place(cell, year), { marker: parsed.marker }));
      }
      if (column.kind === "target" && year !== null && year === ctx.budgetYear) {
        findings.push(makeFinding("target/missing", place(cell, year), { year }));
      }
    } else if (column.kind === "achieved" && value !== null && unit !== null) {
      status = judgeAchieved(value, unit, parsed.raw, year, cell);
    }
    return { year, kind: column.kind, cell, raw: parsed.raw, parsed, value, unit, status };
  });

  function judgeAchieved(
    value: number,
    unit: NonNullable<Observation["unit"]>,
    raw: string,
    year: number | null,
    cell: string
  ): ObservationStatus {
    let compared = false;
    if (ctx.norm && !row.mandatory) {
      const verdict = judge(value, unit, ctx.norm);
      if (verdict.kind === "unit-mismatch") {
        findings.push(
          makeFinding("norm/unit-mismatch", place(cell, year), { raw, unit, norm: stripNorm(ctx.norm) })
        );
        return "unit-mismatch";
      }
      if (verdict.kind === "fails") {
        findings.push(
          makeFinding("norm/breach", place(cell, year), {
            value,
            raw,
            norm: stripNorm(ctx.norm),
            source: ctx.norm.source,
            ...assumed(ctx),
          })
        );
        return "breach";
      }
      compared = true;
    }
    // Its own year's target; else the nearest later one, only while that year has no achieved value yet
    // (in an annual report, 2016's value is not held against 2017's target beside 2017's own value).
    const target =
      year === null
        ? undefined
        : (targets.find((t) => t.year === year) ??
          targets.find((t) => t.year > year && !achievedYears.has(t.year)));
    if (target && year !== null) {
      const verdict = judge(value, unit, target.norm);
      if (verdict.kind === "unit-mismatch") {
        findings.push(makeFinding("norm/unit-mismatch", place(cell, year), { raw, unit, norm: target.norm }));
        return "unit-mismatch";
      }
      if (verdict.kind === "fails") {
        findings.push(
          makeFinding("target/missed", place(cell, year), {
            value,
            raw,
            target: target.norm,
            targetYear: target.year,
            sameYear: target.year === year,
            ...assumed(ctx),
          })
        );
        return "missed";
      }
      compared = true;
    }
    return compared ? "met" : "no-norm";
  }

  const uses: NotationUse[] = [];
  for (const o of observations) {
    const p = o.parsed;
    if (p.kind === "quantity" || p.kind === "bound" || p.kind === "range")
      uses.push({ notation: p.notation, cell: o.cell, percent: p.unit === "percent", raw: o.raw });
  }
  const mixed = findMixedNotation(uses);
  if (mixed) findings.push(makeFinding("value/mixed-notation", place(mixed.cells[0]!, null), mixed));

  return { observations, findings };
}

/**
 * "Beoogd 2024" beside "Behaald 2024": a finding in a target or norm cell names its kind, so the two
 * get different ids. Achieved cells keep the ids stored reviews already use.
 */
function subjectInKind(kind: Observation["kind"], subject: string | undefined): string | undefined {
  if (kind === "achieved") return subject;
  return subject === undefined ? kind : `${kind}:${subject}`;
}

/** Only a comparison that rests on the default direction carries the flag, so other fingerprints stay as they were. */
function assumed(ctx: EvaluationContext): { directionAssumed?: true } {
  return ctx.directionAssumed ? { directionAssumed: true } : {};
}

function stripNorm(norm: IndicatorNorm): NormSpec {
  return { op: norm.op, amount: norm.amount, unit: norm.unit, raw: norm.raw };
}
