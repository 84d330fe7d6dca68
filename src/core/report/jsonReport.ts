import type { Finding, Severity } from "../findings/types";
import { describeFinding, type Lang } from "../messages";
import { selectProgramme } from "../model/selectProgramme";
import type {
  Analysis,
  Direction,
  Indicator,
  ObservationKind,
  ObservationStatus,
  TableKind,
} from "../model/types";
import type { Comparator, Unit } from "../values/types";

/**
 * The CLI's `--json` document, schema version 3 (docs/report-schema.md, docs/report.schema.json):
 * one entry per programme with its tables, indicators, results and findings, and the totals; with
 * `--compare`, the comparison's reference and pairs. Later versions only add fields; a breaking
 * change raises schemaVersion.
 */
export interface JsonReport {
  readonly schemaVersion: 3;
  readonly source: string;
  readonly programmes: readonly JsonProgramme[];
  /** Totals over all programmes. */
  readonly summary: Readonly<Record<Severity, number>>;
  /** With `--compare`: what was compared with and how the indicators were paired (its findings are in `programmes`). */
  readonly comparison?: JsonComparison;
}

export interface JsonComparison {
  readonly reference: { readonly name: string; readonly label: string | null };
  readonly pairs: readonly {
    readonly current: string | null;
    readonly reference: string | null;
    readonly how: "exact" | "expanded" | "approximate" | "none";
    readonly score: number;
  }[];
}

export interface JsonProgramme {
  readonly id: string;
  /** "4.1", "2": how the workbook numbers it; null in a workbook of one programme. */
  readonly key: string | null;
  readonly name: string | null;
  readonly label: string;
  readonly budgetYear: number | null;
  readonly sheets: readonly string[];
  readonly tables: readonly { kind: TableKind; sheet: string; range: string }[];
  readonly indicators: readonly JsonIndicator[];
  readonly results: readonly { text: string; sheet: string; cell: string; indicatorIds: readonly string[] }[];
  readonly findings: readonly JsonFinding[];
  readonly summary: Readonly<Record<Severity, number>>;
}

export interface JsonIndicator {
  readonly id: string;
  readonly name: string;
  readonly sheet: string;
  readonly row: number;
  /** The name's cell ("A9"); since version 3, so a report read as a reference can point at it. */
  readonly nameCell?: string;
  readonly direction: Direction;
  /** Where the direction came from: a comparator in the row, the name's wording, the user's setting, or the default. */
  readonly directionSource: Indicator["directionSource"];
  readonly norm: { op: Comparator; value: number; unit: Unit; raw: string; source: string } | null;
  readonly observations: readonly {
    year: number | null;
    kind: ObservationKind;
    cell: string;
    raw: string;
    value: number | null;
    unit: Unit | null;
    status: ObservationStatus;
  }[];
}

export interface JsonFinding {
  readonly id: string;
  readonly code: Finding["code"];
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly indicatorId: string | null;
  readonly year: number | null;
  /** The programme's id; null in a workbook of one programme. */
  readonly programme: string | null;
  readonly message: string;
  readonly params: Finding["params"];
}

export function summarise(findings: readonly Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

export function toJsonReport(analysis: Analysis, source: string, lang: Lang = "nl"): JsonReport {
  const finding = (f: Finding): JsonFinding => ({
    id: f.id,
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    indicatorId: f.indicatorId,
    year: f.year,
    programme: f.programme ?? null,
    message: describeFinding(f, lang),
    params: f.params,
  });
  return {
    schemaVersion: 3,
    source,
    programmes: analysis.programmes.map((part) => {
      const { programme, findings } = selectProgramme(analysis, part.id);
      return {
        id: part.id,
        key: part.key,
        name: programme.name,
        label: part.label,
        budgetYear: programme.budgetYear,
        sheets: part.sheets,
        tables: programme.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, range: t.range })),
        indicators: programme.indicators.map(toJsonIndicator),
        results: programme.results.map((r) => ({
          text: r.text,
          sheet: r.sheet,
          cell: r.cell,
          indicatorIds: r.indicatorIds,
        })),
        findings: findings.map(finding),
        summary: summarise(findings),
      };
    }),
    summary: summarise(analysis.findings),
  };
}

function toJsonIndicator(i: Analysis["programme"]["indicators"][number]): JsonIndicator {
  return {
    id: i.id,
    name: i.name,
    sheet: i.sheet,
    row: i.row,
    nameCell: i.nameCell,
    direction: i.direction,
    directionSource: i.directionSource,
    norm: i.norm && {
      op: i.norm.op,
      value: i.norm.amount,
      unit: i.norm.unit,
      raw: i.norm.raw,
      source: i.norm.source,
    },
    observations: i.observations.map((o) => ({
      year: o.year,
      kind: o.kind,
      cell: o.cell,
      raw: o.raw,
      value: o.value,
      unit: o.unit,
      status: o.status,
    })),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * A report of one workbook read back from JSON (version 2 or 3), as version 3, or null when the JSON
 * is no such report: version 3 only added fields, so a version 2 report reads as one without them.
 * Only what a comparison reads is checked: each programme's indicators with their observations.
 */
export function readJsonReport(json: unknown): JsonReport | null {
  if (!isObject(json) || (json.schemaVersion !== 2 && json.schemaVersion !== 3)) return null;
  if (typeof json.source !== "string" || !Array.isArray(json.programmes)) return null;
  for (const p of json.programmes) {
    if (!isObject(p) || !Array.isArray(p.indicators)) return null;
    if (!p.indicators.every(isJsonIndicator)) return null;
  }
  return { ...(json as unknown as JsonReport), schemaVersion: 3 };
}

function isJsonIndicator(i: unknown): boolean {
  return (
    isObject(i) &&
    typeof i.id === "string" &&
    typeof i.name === "string" &&
    typeof i.sheet === "string" &&
    (i.direction === "higher" || i.direction === "lower") &&
    (i.norm === null || (isObject(i.norm) && typeof i.norm.value === "number")) &&
    Array.isArray(i.observations) &&
    i.observations.every(
      (o) =>
        isObject(o) &&
        typeof o.cell === "string" &&
        typeof o.raw === "string" &&
        (o.value === null || (typeof o.value === "number" && Number.isFinite(o.value)))
    )
  );
}
