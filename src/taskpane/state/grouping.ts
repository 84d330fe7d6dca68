import type { Finding } from "../../core/findings/types";
import type { Analysis } from "../../core/model/types";

export type GroupMode = "indicator" | "result";

export interface FindingGroup {
  readonly key: string;
  /**
   * indicator / result: a heading from the workbook; other: findings about tables and relations
   * that belong to no indicator; unlinked: indicators no result refers to (grouping by result).
   */
  readonly kind: "indicator" | "result" | "other" | "unlinked";
  /** The indicator's or result's text; null for the other two kinds (the pane names them). */
  readonly title: string | null;
  /** Where the heading sits in the workbook, "Indicatoren!A9". */
  readonly place: string | null;
  readonly findings: readonly Finding[];
}

function push(map: Map<string, Finding[]>, key: string, f: Finding): void {
  const list = map.get(key);
  if (list) list.push(f);
  else map.set(key, [f]);
}

/** Findings per indicator, in the indicator table's order; the rest last. */
function byIndicator(analysis: Analysis, findings: readonly Finding[]): FindingGroup[] {
  const map = new Map<string, Finding[]>();
  for (const f of findings) push(map, f.indicatorId ?? "", f);
  const groups: FindingGroup[] = [];
  for (const i of analysis.programme.indicators) {
    const list = map.get(i.id);
    if (list)
      groups.push({
        key: `i:${i.id}`,
        kind: "indicator",
        title: i.name,
        place: `${i.sheet}!${i.nameCell}`,
        findings: list,
      });
  }
  const rest = map.get("");
  if (rest) groups.push({ key: "other", kind: "other", title: null, place: null, findings: rest });
  return groups;
}

/**
 * Findings per result of the relation table, in its order. A finding about an indicator goes under
 * the first result that refers to that indicator (so each finding is listed once); a finding on a
 * result's own cell (no indicator, unknown name) goes under that result.
 */
function byResult(analysis: Analysis, findings: readonly Finding[]): FindingGroup[] {
  const { results } = analysis.programme;
  const resultOfIndicator = new Map<string, number>();
  results.forEach((r, index) => {
    for (const id of r.indicatorIds) if (!resultOfIndicator.has(id)) resultOfIndicator.set(id, index);
  });
  const resultAtCell = new Map(results.map((r, index) => [`${r.sheet}!${r.cell}`, index]));
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const atCell = f.sheet && f.cell ? resultAtCell.get(`${f.sheet}!${f.cell}`) : undefined;
    const viaIndicator = f.indicatorId ? resultOfIndicator.get(f.indicatorId) : undefined;
    const index = atCell ?? viaIndicator;
    push(map, index !== undefined ? `r:${index}` : f.indicatorId ? "unlinked" : "other", f);
  }
  const groups: FindingGroup[] = [];
  results.forEach((r, index) => {
    const list = map.get(`r:${index}`);
    if (list)
      groups.push({
        key: `r:${index}`,
        kind: "result",
        title: r.text,
        place: `${r.sheet}!${r.cell}`,
        findings: list,
      });
  });
  for (const kind of ["unlinked", "other"] as const) {
    const list = map.get(kind);
    if (list) groups.push({ key: kind, kind, title: null, place: null, findings: list });
  }
  return groups;
}

export function groupFindings(
  analysis: Analysis,
  findings: readonly Finding[],
  mode: GroupMode
): FindingGroup[] {
  return mode === "indicator" ? byIndicator(analysis, findings) : byResult(analysis, findings);
}

/** The findings in the order the list shows them: what Vorige/Volgende step through. */
export function listOrder(groups: readonly FindingGroup[]): Finding[] {
  return groups.flatMap((g) => g.findings);
}
