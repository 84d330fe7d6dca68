import type { Finding } from "../../core/findings/types";
import type { Analysis } from "../../core/model/types";
import { runToEnd, STRIDE, type Steps } from "./slices";

export type GroupMode = "indicator" | "result" | "programme";

export interface FindingGroup {
  readonly key: string;
  /**
   * indicator / result: a heading from the workbook; other: findings about tables and relations
   * that belong to no indicator; unlinked: indicators no result refers to (grouping by result).
   */
  readonly kind: "indicator" | "result" | "programme" | "other" | "unlinked";
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

/**
 * Findings per indicator, in the indicator table's order; the rest last, with those about an
 * indicator this workbook no longer has (one a comparison found only in the other version).
 */
function* byIndicator(analysis: Analysis, findings: readonly Finding[]): Steps<FindingGroup[]> {
  const map = new Map<string, Finding[]>();
  for (let n = 0; n < findings.length; n++) {
    const f = findings[n]!;
    push(map, f.indicatorId ?? "", f);
    if (n % STRIDE === STRIDE - 1) yield;
  }
  const groups: FindingGroup[] = [];
  const { indicators } = analysis.programme;
  for (let n = 0; n < indicators.length; n++) {
    const i = indicators[n]!;
    const list = map.get(i.id);
    map.delete(i.id);
    if (list)
      groups.push({
        key: `i:${i.id}`,
        kind: "indicator",
        title: i.name,
        place: `${i.sheet}!${i.nameCell}`,
        findings: list,
      });
    if (n % STRIDE === STRIDE - 1) yield;
  }
  const rest = [...map.values()].flat();
  if (rest.length > 0) groups.push({ key: "other", kind: "other", title: null, place: null, findings: rest });
  return groups;
}

/**
 * Findings per result of the relation table, in its order. A finding about an indicator goes under
 * the first result that refers to that indicator (so each finding is listed once); a finding on a
 * result's own cell (no indicator, unknown name) goes under that result.
 */
function* byResult(analysis: Analysis, findings: readonly Finding[]): Steps<FindingGroup[]> {
  const { results } = analysis.programme;
  const resultOfIndicator = new Map<string, number>();
  const resultAtCell = new Map<string, number>();
  for (let index = 0; index < results.length; index++) {
    const r = results[index]!;
    for (const id of r.indicatorIds) if (!resultOfIndicator.has(id)) resultOfIndicator.set(id, index);
    resultAtCell.set(`${r.sheet}!${r.cell}`, index);
    if (index % STRIDE === STRIDE - 1) yield;
  }
  const map = new Map<string, Finding[]>();
  for (let n = 0; n < findings.length; n++) {
    const f = findings[n]!;
    const atCell = f.sheet && f.cell ? resultAtCell.get(`${f.sheet}!${f.cell}`) : undefined;
    const viaIndicator = f.indicatorId ? resultOfIndicator.get(f.indicatorId) : undefined;
    const index = atCell ?? viaIndicator;
    push(map, index !== undefined ? `r:${index}` : f.indicatorId ? "unlinked" : "other", f);
    if (n % STRIDE === STRIDE - 1) yield;
  }
  const groups: FindingGroup[] = [];
  for (let index = 0; index < results.length; index++) {
    const r = results[index]!;
    const list = map.get(`r:${index}`);
    if (list)
      groups.push({
        key: `r:${index}`,
        kind: "result",
        title: r.text,
        place: `${r.sheet}!${r.cell}`,
        findings: list,
      });
    if (index % STRIDE === STRIDE - 1) yield;
  }
  for (const kind of ["unlinked", "other"] as const) {
    const list = map.get(kind);
    if (list) groups.push({ key: kind, kind, title: null, place: null, findings: list });
  }
  return groups;
}

/** Findings per programme, in workbook order (one group for a workbook of one programme). */
function* byProgramme(analysis: Analysis, findings: readonly Finding[]): Steps<FindingGroup[]> {
  const map = new Map<string, Finding[]>();
  const sole = analysis.programmes.length < 2 ? (analysis.programmes[0]?.id ?? "") : null;
  for (let n = 0; n < findings.length; n++) {
    const f = findings[n]!;
    push(map, sole ?? f.programme ?? "", f);
    if (n % STRIDE === STRIDE - 1) yield;
  }
  const groups: FindingGroup[] = [];
  for (const p of analysis.programmes) {
    const list = map.get(p.id);
    map.delete(p.id);
    if (list)
      groups.push({
        key: `p:${p.id}`,
        kind: "programme",
        title: p.label || p.name || p.id,
        place: p.sheets.join(", "),
        findings: list,
      });
  }
  // A finding that names no programme of this workbook is listed too, never lost.
  const rest = [...map.values()].flat();
  if (rest.length > 0) groups.push({ key: "other", kind: "other", title: null, place: null, findings: rest });
  return groups;
}

/** groupFindings as work in pieces, for runSliced. */
export function groupSteps(
  analysis: Analysis,
  findings: readonly Finding[],
  mode: GroupMode
): Steps<FindingGroup[]> {
  if (mode === "programme") return byProgramme(analysis, findings);
  return mode === "indicator" ? byIndicator(analysis, findings) : byResult(analysis, findings);
}

export function groupFindings(
  analysis: Analysis,
  findings: readonly Finding[],
  mode: GroupMode
): FindingGroup[] {
  return runToEnd(groupSteps(analysis, findings, mode));
}

/** The findings in the order the list shows them: what Vorige/Volgende step through. */
export function listOrder(groups: readonly FindingGroup[]): Finding[] {
  return groups.flatMap((g) => g.findings);
}
