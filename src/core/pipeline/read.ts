/**
 * Stage 3: read one programme's tables: its indicator rows (with ids and duplicates), the relation
 * table's rows, the toelichtingen, the footnotes, and which tables are missing.
 */
import { findTableCandidates } from "../detect/candidates";
import { inferredColumnFindings } from "../detect/inferredColumns";
import type { TableLayout } from "../detect/layout";
import { makeFinding } from "../findings/makeFinding";
import type { Finding, IndicatorId } from "../findings/types";
import { ClosestNameFinder } from "../mapping/closest";
import { normaliseName } from "../mapping/normaliseName";
import type { IndicatorIndex } from "../mapping/resolveReferences";
import { readExplanations, type ExplanationRow } from "../model/readExplanations";
import { readIndicatorTable, type IndicatorRow, type NoteRow } from "../model/readIndicatorTable";
import { readMapping, type MappingRow } from "../model/readMapping";
import type { ProgrammeGroup } from "./group";
import type { StageContext } from "./options";

export interface IndicatorDraft {
  readonly row: IndicatorRow;
  readonly id: IndicatorId;
  readonly key: string;
}

export interface ProgrammeReading {
  readonly group: ProgrammeGroup;
  readonly drafts: readonly IndicatorDraft[];
  readonly index: IndicatorIndex;
  readonly notes: readonly NoteRow[];
  /** Null when the programme has no relation table. */
  readonly mappingRows: readonly MappingRow[] | null;
  readonly explanationRows: readonly ExplanationRow[];
  readonly budgetYear: number | null;
  /** Duplicates and missing tables. */
  readonly findings: readonly Finding[];
}

/** Reads a programme's tables; ids are the programme's own ("klanttevredenheid-website"). */
export function readProgramme(group: ProgrammeGroup, context: StageContext): ProgrammeReading {
  const findings: Finding[] = [];
  const indicatorLayouts = group.layouts.filter((l) => l.kind === "indicators");
  const rows: IndicatorRow[] = [];
  const notes: NoteRow[] = [];
  for (const layout of indicatorLayouts) {
    const content = readIndicatorTable(layout, context.parse);
    rows.push(...content.rows);
    notes.push(...content.notes);
  }
  const drafts = identify(rows, findings);
  const mappingLayouts = group.layouts.filter((l) => l.kind === "mapping");
  for (const kind of ["indicators", "mapping"] as const) {
    if (group.layouts.some((l) => l.kind === kind)) continue;
    // Where no indicator table was found: the rows that looked most like its header, and why not.
    const candidates = kind === "indicators" ? findTableCandidates(group.views.map((v) => v.sheet)) : [];
    findings.push(
      makeFinding(
        "table/not-found",
        { sheet: null, cell: null, indicatorId: null, year: null, subject: kind },
        candidates.length > 0 ? { kind, candidates } : { kind }
      )
    );
  }
  findings.push(...inferredColumnFindings(indicatorLayouts));
  return {
    group,
    drafts,
    index: indexOf(drafts.map((d) => ({ id: d.id, key: d.key, name: d.row.name }))),
    notes,
    mappingRows: mappingLayouts.length > 0 ? mappingLayouts.flatMap(readMapping) : null,
    explanationRows: group.layouts.filter((l) => l.kind === "explanations").flatMap(readExplanations),
    budgetYear: context.options.budgetYear ?? latestTargetYear(indicatorLayouts),
    findings,
  };
}

function slug(key: string): string {
  return (
    key
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 64) || "indicator"
  );
}

/** Ids from names; the second of two equal names on one sheet is a duplicate. */
function identify(rows: readonly IndicatorRow[], findings: Finding[]): IndicatorDraft[] {
  const seen = new Map<string, IndicatorRow>();
  const used = new Set<string>();
  return rows.map((row) => {
    const key = normaliseName(row.name) || `rij ${row.row + 1}`;
    const first = seen.get(`${row.sheet}\u0000${key}`);
    let id = slug(key);
    if (used.has(id)) id = first ? `${id}-${row.row + 1}` : `${id}@${slug(row.sheet.toLowerCase())}`;
    while (used.has(id)) id = `${id}-${row.row + 1}`;
    used.add(id);
    if (first) {
      findings.push(
        makeFinding(
          "indicator/duplicate",
          { sheet: row.sheet, cell: row.nameCell, indicatorId: id as IndicatorId, year: null },
          { name: row.name, firstCell: first.nameCell }
        )
      );
    } else {
      seen.set(`${row.sheet}\u0000${key}`, row);
    }
    return { row, id: id as IndicatorId, key };
  });
}

/** Looks indicators up by normalised name, exactly or by the closest name. */
export function indexOf(entries: readonly { id: IndicatorId; key: string; name: string }[]): IndicatorIndex {
  const byKey = new Map<string, IndicatorId[]>();
  for (const d of entries) {
    const ids = byKey.get(d.key);
    if (ids) ids.push(d.id);
    else byKey.set(d.key, [d.id]);
  }
  return { byKey, entries, closest: new ClosestNameFinder(entries) };
}

function latestTargetYear(layouts: readonly TableLayout[]): number | null {
  let year: number | null = null;
  for (const l of layouts)
    for (const v of l.valueCols)
      if (v.kind === "target" && v.year !== null && (year === null || v.year > year)) year = v.year;
  return year;
}
