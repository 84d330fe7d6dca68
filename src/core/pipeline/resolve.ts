/**
 * Stage 4: resolve a programme's relation table and toelichtingen against its own indicators. A
 * reference or toelichting its programme does not know may be found in another programme of the
 * workbook; it is linked there, with a finding that names that programme.
 */
import type { CellAddress } from "../address";
import { makeFinding } from "../findings/makeFinding";
import type { Finding, IndicatorId } from "../findings/types";
import { normaliseName } from "../mapping/normaliseName";
import {
  resolveReferences,
  type IndicatorIndex,
  type MappingResolution,
  type UnresolvedReference,
} from "../mapping/resolveReferences";
import type { Explanation, ResolvedReference, ResultEntry } from "../model/types";
import type { StageContext } from "./options";
import type { ProgrammeReading } from "./read";
import { indexOf } from "./read";
import { scopeOf } from "./scope";

const APPROXIMATE = 0.8;
const SUGGEST = 0.45;

/** Every programme's indicators under their workbook-wide ids, for references a programme does not know. */
export interface WorkbookLookup {
  readonly index: () => IndicatorIndex;
  /** The programme key ("4.2") of a workbook-wide indicator id. */
  readonly programmeOf: (id: IndicatorId) => string | null;
}

export interface ProgrammeResolution {
  readonly mapping: MappingResolution;
  readonly explanations: readonly Explanation[];
  readonly findings: readonly Finding[];
}

/** Null for a workbook of one programme: there is nowhere else to look. */
export function workbookLookup(readings: readonly ProgrammeReading[]): WorkbookLookup | null {
  if (readings.length < 2) return null;
  const programmeOf = new Map<IndicatorId, string | null>();
  let index: IndicatorIndex | null = null;
  return {
    index: () => {
      if (index) return index;
      const entries = readings.flatMap((r) => {
        const scope = scopeOf(r.group, readings.length);
        return r.drafts.map((d) => {
          const id = scope(d.id);
          programmeOf.set(id, r.group.key);
          return { id, key: d.key, name: d.row.name };
        });
      });
      index = indexOf(entries);
      return index;
    },
    programmeOf: (id) => programmeOf.get(id) ?? null,
  };
}

/** Links the relation table's references and the toelichtingen to indicators, and reports what it could not. */
export function resolveProgramme(
  reading: ProgrammeReading,
  lookup: WorkbookLookup | null,
  context: StageContext
): ProgrammeResolution {
  const findings: Finding[] = [];
  const own = resolveReferences(reading.mappingRows ?? [], reading.index, context.locale);
  const mapping = lookup ? withOtherProgrammes(own, lookup, context, findings) : own;
  reportMapping(mapping, reading, findings);
  const explanations = resolveExplanations(reading, lookup, findings);
  return { mapping, explanations, findings };
}

/** References found only in another programme: linked there, as an approximate match naming it. */
function withOtherProgrammes(
  own: MappingResolution,
  lookup: WorkbookLookup,
  context: StageContext,
  findings: Finding[]
): MappingResolution {
  if (own.unresolved.length === 0) return own;
  const unresolved: UnresolvedReference[] = [];
  const found = new Map<string, readonly IndicatorId[]>();
  for (const u of own.unresolved) {
    const [elsewhere] = resolveReferences(
      [{ ...u.result, lines: [u.reference] }],
      lookup.index(),
      context.locale
    ).results[0]!.references.filter((r) => r.match === "exact" || r.match === "expanded");
    const programme = elsewhere ? lookup.programmeOf(elsewhere.indicatorIds[0]!) : null;
    if (!elsewhere || programme === null) {
      unresolved.push(u);
      continue;
    }
    found.set(`${u.result.cell}\u0000${u.reference}`, elsewhere.indicatorIds);
    const matched = lookup.index().entries.find((e) => e.id === elsewhere.indicatorIds[0])?.name ?? "";
    findings.push(
      makeFinding(
        "mapping/approximate-match",
        {
          sheet: u.result.sheet,
          cell: u.result.cell,
          indicatorId: null,
          year: null,
          subject: `${u.result.text}|${u.reference}`,
        },
        { reference: u.reference, result: u.result.text, matched, score: 1, programme }
      )
    );
  }
  const results = own.results.map((r): ResultEntry => {
    const references = r.references.map((ref): ResolvedReference => {
      const ids = ref.match === "none" ? found.get(`${r.cell}\u0000${ref.text}`) : undefined;
      return ids ? { ...ref, indicatorIds: ids, match: "approximate" } : ref;
    });
    return { ...r, references, indicatorIds: [...new Set(references.flatMap((ref) => ref.indicatorIds))] };
  });
  return { ...own, results, unresolved };
}

/** Results without an indicator, unknown and approximate references, indicators no result names. */
function reportMapping(mapping: MappingResolution, reading: ProgrammeReading, findings: Finding[]): void {
  for (const r of mapping.results) {
    if (r.references.length === 0) {
      findings.push(
        makeFinding(
          "mapping/result-without-indicator",
          { sheet: r.sheet, cell: r.cell, indicatorId: null, year: null, subject: r.text },
          { result: r.text }
        )
      );
    }
  }
  for (const u of mapping.unresolved) {
    findings.push(
      makeFinding(
        "mapping/unknown-indicator",
        {
          sheet: u.result.sheet,
          cell: u.result.cell,
          indicatorId: null,
          year: null,
          subject: `${u.result.text}|${u.reference}`,
        },
        { reference: u.reference, result: u.result.text, suggestion: u.suggestion?.name ?? null }
      )
    );
  }
  for (const a of mapping.approximate) {
    findings.push(
      makeFinding(
        "mapping/approximate-match",
        {
          sheet: a.result.sheet,
          cell: a.result.cell,
          indicatorId: a.id,
          year: null,
          subject: `${a.result.text}|${a.reference}`,
        },
        {
          reference: a.reference,
          result: a.result.text,
          matched: a.name,
          score: Math.round(a.score * 100) / 100,
        }
      )
    );
  }
  if (reading.mappingRows === null) return;
  const referenced = new Set(mapping.results.flatMap((r) => r.indicatorIds));
  for (const d of reading.drafts) {
    if (!referenced.has(d.id)) {
      findings.push(
        makeFinding(
          "mapping/unmapped-indicator",
          { sheet: d.row.sheet, cell: d.row.nameCell, indicatorId: d.id, year: null },
          { name: d.row.name }
        )
      );
    }
  }
}

/** Each toelichting to its indicator: by name, by a close name, or by name in another programme. */
function resolveExplanations(
  reading: ProgrammeReading,
  lookup: WorkbookLookup | null,
  findings: Finding[]
): Explanation[] {
  const { index } = reading;
  return reading.explanationRows.map((e) => {
    const key = normaliseName(e.name);
    let id = index.byKey.get(key)?.[0] ?? null;
    if (id) return { ...e, indicatorId: id };
    const best = index.closest.find(key);
    if (best && best.score >= APPROXIMATE) return { ...e, indicatorId: best.id };
    const place = {
      sheet: e.sheet,
      cell: e.cell as CellAddress,
      indicatorId: null,
      year: null,
      subject: e.name,
    };
    const elsewhere = lookup?.index().byKey.get(key)?.[0];
    const programme = elsewhere ? lookup!.programmeOf(elsewhere) : null;
    if (elsewhere && programme !== null) {
      id = elsewhere;
      const matched = lookup!.index().entries.find((x) => x.id === elsewhere)?.name ?? e.name;
      findings.push(makeFinding("explanation/other-programme", place, { name: e.name, matched, programme }));
    } else {
      findings.push(
        makeFinding("explanation/unknown-indicator", place, {
          name: e.name,
          suggestion: best && best.score >= SUGGEST ? best.name : null,
        })
      );
    }
    return { ...e, indicatorId: id };
  });
}
