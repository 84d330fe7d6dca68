import type { Finding, ProgrammeId } from "../findings/types";
import type { Analysis, ProgrammePart } from "./types";

/**
 * One programme of an analysis as an analysis of its own: its tables, indicators, results,
 * explanations, legend and findings, with the ids the whole analysis gives them. The report, the
 * layout and the pane's filter all take a programme this way.
 *
 * selectProgramme(analysis, "4.2").programme.indicators → the nine indicators of 4.2
 */
export function selectProgramme(analysis: Analysis, id: ProgrammeId): Analysis {
  const part = analysis.programmes.find((p) => p.id === id);
  if (!part || analysis.programmes.length === 1) return analysis;
  const { programme } = analysis;
  const cut = <T>(list: readonly T[], span: readonly [number, number]) => list.slice(span[0], span[1]);
  return {
    programme: {
      name: part.name,
      budgetYear: part.budgetYear,
      tables: cut(programme.tables, part.spans.tables),
      indicators: cut(programme.indicators, part.spans.indicators),
      results: cut(programme.results, part.spans.results),
      explanations: cut(programme.explanations, part.spans.explanations),
      legend: cut(programme.legend, part.spans.legend),
    },
    programmes: [part],
    findings: findingsOf(analysis, part),
  };
}

/** A programme's findings; with one programme, every finding. */
export function findingsOf(analysis: Analysis, part: ProgrammePart): readonly Finding[] {
  if (analysis.programmes.length < 2) return analysis.findings;
  return analysis.findings.filter((f) => f.programme === part.id);
}

/** Each programme as an analysis of its own, in workbook order. */
export function splitProgrammes(analysis: Analysis): Analysis[] {
  if (analysis.programmes.length < 2) return [analysis];
  return analysis.programmes.map((p) => selectProgramme(analysis, p.id));
}
