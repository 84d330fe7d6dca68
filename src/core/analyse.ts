import { parseA1, type CellAddress } from "./address";
import { detectTables, type TableOverride } from "./detect/detectTables";
import { findTableCandidates } from "./detect/candidates";
import { inferredColumnFindings } from "./detect/inferredColumns";
import type { TableLayout } from "./detect/layout";
import { SheetView } from "./detect/sheetView";
import { makeFinding } from "./findings/makeFinding";
import type { Finding, IndicatorId, NormSource } from "./findings/types";
import { normaliseName } from "./mapping/normaliseName";
import { resolveReferences, type IndicatorIndex } from "./mapping/resolveReferences";
import { ClosestNameFinder } from "./mapping/closest";
import { collectLegend } from "./model/legend";
import { findProgrammeName } from "./model/programmeName";
import { readExplanations } from "./model/readExplanations";
import { readIndicatorTable, type IndicatorRow, type NoteRow } from "./model/readIndicatorTable";
import { readMapping, type MappingRow } from "./model/readMapping";
import type { Analysis, Direction, Explanation, Indicator, IndicatorNorm } from "./model/types";
import { directionFromComparator, directionFromWording } from "./norms/direction";
import { evaluateIndicator } from "./norms/evaluateIndicator";
import { normFromValue, parseNormText, readNameNorm } from "./norms/normFromText";
import { nlNotation, type NotationLocale } from "./values/notation";
import type { ParsedValue } from "./values/types";
import type { WorkbookData } from "./workbook";

/** The user's override for one indicator, from the task pane's settings. */
export interface IndicatorSettings {
  readonly direction?: Direction;
  /** A norm as the user types it: "minimaal 80%", "Maximaal 5 min", "7,5". */
  readonly norm?: string;
}

export interface AnalyseOptions {
  readonly tables?: readonly TableOverride[];
  readonly indicators?: Readonly<Record<string, IndicatorSettings>>;
  /** The budget year whose targets must be filled; by default the latest target year found. */
  readonly budgetYear?: number;
  readonly locale?: NotationLocale;
  /** Called with each phase's duration in ms (detect, parse, validate), for benchmarks. */
  readonly onPhase?: (phase: "detect" | "parse" | "validate", ms: number) => void;
}

interface IndicatorDraft {
  readonly row: IndicatorRow;
  readonly id: IndicatorId;
  readonly key: string;
}

/**
 * The engine in one call: detect the tables, read indicators, results and explanations,
 * evaluate every value against its norm or target, and report findings as data.
 */
export function analyseWorkbook(workbook: WorkbookData, options: AnalyseOptions = {}): Analysis {
  const locale = options.locale ?? nlNotation;
  const parseOptions = { locale, date1904: workbook.date1904 ?? false, textCache: new Map() };
  const clock = phaseClock(options.onPhase);
  const layouts = detectTables(workbook, options.tables ? { tables: options.tables } : {});
  clock("detect");
  const views = uniqueViews(layouts, workbook);
  const findings: Finding[] = [];

  const indicatorLayouts = layouts.filter((l) => l.kind === "indicators");
  const rows: IndicatorRow[] = [];
  const notes: NoteRow[] = [];
  for (const layout of indicatorLayouts) {
    const content = readIndicatorTable(layout, parseOptions);
    rows.push(...content.rows);
    notes.push(...content.notes);
  }

  clock("parse");
  const drafts = identify(rows, findings);
  const index = indexOf(drafts);
  const mappingRows: MappingRow[] = layouts.filter((l) => l.kind === "mapping").flatMap(readMapping);
  const mapping = resolveReferences(mappingRows, index, locale);
  const explanations = resolveExplanations(
    layouts.filter((l) => l.kind === "explanations"),
    index,
    findings
  );
  const legend = collectLegend(views, notes);
  const explainedMarkers = new Set(legend.map((l) => l.marker).filter((m): m is string => m !== null));
  const budgetYear = options.budgetYear ?? latestTargetYear(indicatorLayouts);

  const indicators: Indicator[] = drafts.map((draft) => {
    const settings = options.indicators?.[draft.id];
    const { direction, directionSource } = decideDirection(
      draft.row,
      mapping.norms.get(draft.id) ?? null,
      settings
    );
    const norm = decideNorm(draft.row, direction, mapping.norms.get(draft.id) ?? null, settings, locale);
    const evaluation = evaluateIndicator(draft.row, {
      id: draft.id,
      direction,
      norm,
      explainedMarkers,
      budgetYear,
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

  // Mapping findings.
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
  if (mappingRows.length > 0 || layouts.some((l) => l.kind === "mapping")) {
    const referenced = new Set(mapping.results.flatMap((r) => r.indicatorIds));
    for (const i of indicators) {
      if (!referenced.has(i.id)) {
        findings.push(
          makeFinding(
            "mapping/unmapped-indicator",
            { sheet: i.sheet, cell: i.nameCell, indicatorId: i.id, year: null },
            { name: i.name }
          )
        );
      }
    }
  }

  // An indicator with a breach or miss in its latest achieved year needs a toelichting.
  const explained = new Set(explanations.map((e) => e.indicatorId));
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

  for (const kind of ["indicators", "mapping"] as const) {
    if (!layouts.some((l) => l.kind === kind)) {
      const candidates = kind === "indicators" ? findTableCandidates(workbook) : [];
      findings.push(
        makeFinding(
          "table/not-found",
          { sheet: null, cell: null, indicatorId: null, year: null, subject: kind },
          candidates.length > 0 ? { kind, candidates } : { kind }
        )
      );
    }
  }

  findings.push(...inferredColumnFindings(layouts));
  const sorted = sortFindings(findings, workbook);
  clock("validate");
  return {
    programme: {
      name: findProgrammeName(
        views,
        layouts.map((l) => l.table.title)
      ),
      budgetYear,
      tables: layouts.map((l) => l.table),
      indicators,
      results: mapping.results,
      explanations,
      legend,
    },
    findings: sorted,
  };
}

/** Reports the time since the previous call; a no-op without a listener. */
function phaseClock(onPhase: AnalyseOptions["onPhase"]): (phase: "detect" | "parse" | "validate") => void {
  if (!onPhase) return () => undefined;
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    onPhase(phase, now - last);
    last = now;
  };
}

function uniqueViews(layouts: readonly TableLayout[], workbook: WorkbookData): SheetView[] {
  const byName = new Map(layouts.map((l) => [l.view.name, l.view]));
  return workbook.sheets.map((s) => byName.get(s.name) ?? new SheetView(s));
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

function indexOf(drafts: readonly IndicatorDraft[]): IndicatorIndex {
  const byKey = new Map<string, IndicatorId[]>();
  for (const d of drafts) {
    const ids = byKey.get(d.key);
    if (ids) ids.push(d.id);
    else byKey.set(d.key, [d.id]);
  }
  const entries = drafts.map((d) => ({ id: d.id, key: d.key, name: d.row.name }));
  return { byKey, entries, closest: new ClosestNameFinder(entries) };
}

function resolveExplanations(
  layouts: readonly TableLayout[],
  index: IndicatorIndex,
  findings: Finding[]
): Explanation[] {
  return layouts.flatMap(readExplanations).map((e) => {
    const key = normaliseName(e.name);
    let id = index.byKey.get(key)?.[0] ?? null;
    if (!id) {
      const best = index.closest.find(key);
      if (best && best.score >= 0.8) id = best.id;
      else
        findings.push(
          makeFinding(
            "explanation/unknown-indicator",
            { sheet: e.sheet, cell: e.cell as CellAddress, indicatorId: null, year: null, subject: e.name },
            { name: e.name, suggestion: best && best.score >= 0.45 ? best.name : null }
          )
        );
    }
    return { ...e, indicatorId: id };
  });
}

function latestTargetYear(layouts: readonly TableLayout[]): number | null {
  let year: number | null = null;
  for (const l of layouts)
    for (const v of l.valueCols)
      if (v.kind === "target" && v.year !== null && (year === null || v.year > year)) year = v.year;
  return year;
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
