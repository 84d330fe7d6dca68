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
 * The CLI's `--json` document, schema version 2 (docs/report-schema.md, docs/report.schema.json):
 * one entry per programme with its tables, indicators, results and findings, and the totals.
 * Later versions only add fields; a breaking change raises schemaVersion.
 */
export interface JsonReport {
  readonly schemaVersion: 2;
  readonly source: string;
  readonly programmes: readonly JsonProgramme[];
  /** Totals over all programmes. */
  readonly summary: Readonly<Record<Severity, number>>;
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
    schemaVersion: 2,
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
