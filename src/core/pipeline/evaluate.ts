/**
 * Stage 5: evaluate a programme: decide each indicator's direction and norm, judge every value
 * against it, and ask for a toelichting where the latest achieved value falls short.
 */
import { makeFinding } from "../findings/makeFinding";
import type { Finding, IndicatorId, NormSource } from "../findings/types";
import { collectLegend } from "../model/legend";
import type { IndicatorRow } from "../model/readIndicatorTable";
import type { Direction, Explanation, Indicator, IndicatorNorm, LegendEntry } from "../model/types";
import { directionFromComparator, directionFromWording } from "../norms/direction";
import { evaluateIndicator } from "../norms/evaluateIndicator";
import { normFromValue, parseNormText, readNameNorm } from "../norms/normFromText";
import type { NotationLocale } from "../values/notation";
import type { ParsedValue } from "../values/types";
import type { IndicatorSettings, StageContext } from "./options";
import type { ProgrammeReading } from "./read";
import type { ProgrammeResolution } from "./resolve";

export interface ProgrammeEvaluation {
  readonly indicators: readonly Indicator[];
  readonly legend: readonly LegendEntry[];
  readonly findings: readonly Finding[];
}

/**
 * Evaluates every indicator of a programme. `settingsOf` finds the user's override by the id the
 * analysis will show ("4.2/…" in a workbook of several programmes).
 */
export function evaluateProgramme(
  reading: ProgrammeReading,
  resolution: ProgrammeResolution,
  context: StageContext,
  settingsOf: (id: IndicatorId) => IndicatorSettings | undefined
): ProgrammeEvaluation {
  const findings: Finding[] = [];
  const legend = collectLegend(reading.group.views, reading.notes);
  const explainedMarkers = new Set(legend.map((l) => l.marker).filter((m): m is string => m !== null));
  const { norms } = resolution.mapping;
  const indicators = reading.drafts.map((draft): Indicator => {
    const settings = settingsOf(draft.id);
    const mappingNorm = norms.get(draft.id) ?? null;
    const { direction, directionSource } = decideDirection(draft.row, mappingNorm, settings);
    const norm = decideNorm(draft.row, direction, mappingNorm, settings, context.locale);
    const evaluation = evaluateIndicator(draft.row, {
      id: draft.id,
      direction,
      norm,
      explainedMarkers,
      budgetYear: reading.budgetYear,
      directionAssumed: directionSource === "default",
    });
    findings.push(...evaluation.findings);
    return {
      id: draft.id,
      name: draft.row.name,
      key: draft.key,
      sheet: draft.row.sheet,
      row: draft.row.row + 1,
      nameCell: draft.row.nameCell,
      group: draft.row.group,
      attributes: draft.row.attributes,
      direction,
      directionSource,
      norm,
      observations: evaluation.observations,
    };
  });
  findings.push(...missingExplanations(indicators, resolution.explanations));
  return { indicators, legend, findings };
}

/** An indicator with a breach or miss in its latest achieved year needs a toelichting. */
function missingExplanations(
  indicators: readonly Indicator[],
  explanations: readonly Explanation[]
): Finding[] {
  const explained = new Set(explanations.map((e) => e.indicatorId));
  const findings: Finding[] = [];
  for (const i of indicators) {
    let latest: (typeof i.observations)[number] | undefined;
    for (const o of i.observations) {
      if (o.kind === "achieved" && o.value !== null && o.year !== null && (!latest || o.year > latest.year!))
        latest = o;
    }
    if (!latest || explained.has(i.id)) continue;
    if (latest.status === "breach" || latest.status === "missed") {
      findings.push(
        makeFinding(
          "explanation/missing-for-breach",
          { sheet: i.sheet, cell: i.nameCell, indicatorId: i.id, year: latest.year },
          {
            name: i.name,
            year: latest.year!,
            code: latest.status === "breach" ? "norm/breach" : "target/missed",
          }
        )
      );
    }
  }
  return findings;
}

/** Explicit comparators decide first ('Maximaal 5 min'), then the wording, then higher is better. */
function decideDirection(
  row: IndicatorRow,
  mappingNorm: ParsedValue | null,
  settings: IndicatorSettings | undefined
): { direction: Direction; directionSource: Indicator["directionSource"] } {
  if (settings?.direction) return { direction: settings.direction, directionSource: "override" };
  const stated =
    comparatorDirection(readNameNorm(row.name)) ??
    comparatorDirection(mappingNorm) ??
    row.cells.reduce<Direction | null>(
      (found, c) => found ?? (c.kind === "achieved" ? null : comparatorDirection(c.parsed)),
      null
    );
  if (stated) return { direction: stated, directionSource: "comparator" };
  const durations = row.cells.some(
    (c) =>
      c.parsed.kind !== "missing" &&
      "unit" in c.parsed &&
      (c.parsed.unit === "minutes" || c.parsed.unit === "days")
  );
  const worded =
    directionFromWording(row.name) ?? (durations && /\bbinnen\b/i.test(row.name) ? "lower" : null);
  if (worded) return { direction: worded, directionSource: "wording" };
  return { direction: "higher", directionSource: "default" };
}

/** The direction a value states itself: a bound ('Maximaal 5 min') or a word ('daling'). */
function comparatorDirection(v: ParsedValue | null): Direction | null {
  if (v?.kind === "bound") return directionFromComparator(v.op);
  if (v?.kind === "direction") return v.direction;
  return null;
}

/** The standing norm: the user's override, a Norm column, the name ('norm: 5 min'), or the relation table's wording. */
function decideNorm(
  row: IndicatorRow,
  direction: Direction,
  mappingNorm: ParsedValue | null,
  settings: IndicatorSettings | undefined,
  locale: NotationLocale
): IndicatorNorm | null {
  const from = (
    value: ParsedValue | null,
    source: NormSource,
    cell: IndicatorNorm["cell"]
  ): IndicatorNorm | null => {
    const spec = value ? normFromValue(value, direction) : null;
    return spec ? { ...spec, source, cell } : null;
  };
  if (settings?.norm) {
    const override = from(parseNormText(settings.norm, locale), "override", null);
    if (override) return override;
  }
  const column = row.cells.find(
    (c) =>
      c.kind === "norm" &&
      (c.parsed.kind === "quantity" || c.parsed.kind === "bound" || c.parsed.kind === "range")
  );
  return (
    (column ? from(column.parsed, "column", column.cell) : null) ??
    from(readNameNorm(row.name, locale), "name", row.nameCell) ??
    from(mappingNorm, "mapping", null)
  );
}
