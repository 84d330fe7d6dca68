/**
 * Stage 6: put the programmes together into one analysis: the whole workbook's lists programme after
 * programme, each programme's spans in them, and every finding in sheet and cell order. In a workbook
 * of several programmes ids are put under their programme (see scope.ts).
 */
import { parseA1 } from "../address";
import type { Finding, IndicatorId } from "../findings/types";
import { findProgrammeName } from "../model/programmeName";
import type {
  Analysis,
  Explanation,
  Indicator,
  Programme,
  ProgrammeList,
  ProgrammePart,
  ResultEntry,
} from "../model/types";
import type { WorkbookData } from "../workbook";
import type { ProgrammeEvaluation } from "./evaluate";
import type { ProgrammeReading } from "./read";
import type { ProgrammeResolution } from "./resolve";
import { sheetProgrammeKey } from "./group";
import { scopeFindingId, scopeOf } from "./scope";

/** What the stages made of one programme. */
export interface CheckedProgramme {
  readonly reading: ProgrammeReading;
  readonly resolution: ProgrammeResolution;
  readonly evaluation: ProgrammeEvaluation;
}

export function reportAnalysis(workbook: WorkbookData, checked: readonly CheckedProgramme[]): Analysis {
  const whole = {
    tables: [] as Programme["tables"][number][],
    indicators: [] as Indicator[],
    results: [] as ResultEntry[],
    explanations: [] as Explanation[],
    legend: [] as Programme["legend"][number][],
  };
  const findings: Finding[] = [];
  const programmes: ProgrammePart[] = checked.map((c) => {
    const own = scopedProgramme(c, checked.length);
    const spans = {} as Record<ProgrammeList, readonly [number, number]>;
    for (const list of ["tables", "indicators", "results", "explanations", "legend"] as const) {
      const start = whole[list].length;
      (whole[list] as unknown[]).push(...own[list]);
      spans[list] = [start, whole[list].length];
    }
    findings.push(...own.findings);
    const { group } = c.reading;
    return {
      id: group.id,
      key: group.key,
      name: own.name,
      label: labelOf(group.key, own.name, checked.length),
      budgetYear: c.reading.budgetYear,
      sheets: group.sheets,
      spans,
    };
  });
  const first = programmes[0]!;
  return {
    programme: {
      name: programmes.length === 1 ? first.name : null,
      budgetYear: programmes.length === 1 ? first.budgetYear : latest(programmes.map((p) => p.budgetYear)),
      ...whole,
    },
    programmes,
    findings: sortFindings(findings, workbook),
  };
}

/** One programme's lists and findings under the ids the analysis shows. */
function scopedProgramme(c: CheckedProgramme, count: number): Programme & { findings: readonly Finding[] } {
  const { group } = c.reading;
  const scope = scopeOf(group, count);
  const name = findProgrammeName(
    group.views.filter((v) => group.sheets.includes(v.name)),
    group.layouts.map((l) => l.table.title)
  );
  const findings = [...c.reading.findings, ...c.resolution.findings, ...c.evaluation.findings];
  const scopeIds = (ids: readonly IndicatorId[]) => ids.map(scope);
  return {
    name,
    budgetYear: c.reading.budgetYear,
    tables: group.layouts.map((l) => l.table),
    indicators:
      count < 2 ? c.evaluation.indicators : c.evaluation.indicators.map((i) => ({ ...i, id: scope(i.id) })),
    results:
      count < 2
        ? c.resolution.mapping.results
        : c.resolution.mapping.results.map((r) => ({
            ...r,
            indicatorIds: scopeIds(r.indicatorIds),
            references: r.references.map((ref) => ({ ...ref, indicatorIds: scopeIds(ref.indicatorIds) })),
          })),
    explanations:
      count < 2
        ? c.resolution.explanations
        : c.resolution.explanations.map((e) => ({
            ...e,
            indicatorId: e.indicatorId && scope(e.indicatorId),
          })),
    legend: c.evaluation.legend,
    findings:
      count < 2
        ? findings
        : findings.map(
            (f) =>
              ({
                ...f,
                id: scopeFindingId(group, count, f.id),
                indicatorId: f.indicatorId && scope(f.indicatorId),
                programme: group.id,
              }) as Finding
          ),
  };
}

/**
 * "4.1 Dienstverlening" where the workbook numbers its programmes, else the name or the number;
 * a name that already carries the number ("P2") stays as it is.
 */
function labelOf(key: string | null, name: string | null, count: number): string {
  if (count < 2) return name ?? "";
  if (name === null) return key ?? "";
  if (key === null || !/^\d/.test(key) || sheetProgrammeKey(name) === key) return name;
  return `${key} ${name}`;
}

function latest(years: readonly (number | null)[]): number | null {
  return years.reduce<number | null>((a, y) => (y !== null && (a === null || y > a) ? y : a), null);
}

function sortFindings(findings: Finding[], workbook: WorkbookData): Finding[] {
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const keyed = findings.map((f) => {
    const ref = f.cell ? parseA1(f.cell) : null;
    const sheet = f.sheet === null ? -1 : (sheetOrder.get(f.sheet) ?? 0);
    return { f, sheet, row: ref ? ref.row : -1, col: ref ? ref.col : -1 };
  });
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.row - b.row ||
      a.col - b.col ||
      (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : 0)
  );
  return keyed.map((k) => k.f);
}
