import type { Finding, Severity } from "../findings/types";
import { describeFinding, type Lang } from "../messages";
import type { Analysis, Direction, ObservationKind, ObservationStatus, TableKind } from "../model/types";
import type { Comparator, Unit } from "../values/types";

/**
 * The CLI's `--json` document, schema version 1 (docs/report-schema.md, docs/report.schema.json).
 * Later versions only add fields; a breaking change raises schemaVersion.
 */
export interface JsonReport {
  readonly schemaVersion: 1;
  readonly source: string;
  readonly programme: string | null;
  readonly budgetYear: number | null;
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
  readonly message: string;
  readonly params: Finding["params"];
}

export function summarise(findings: readonly Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

export function toJsonReport(analysis: Analysis, source: string, lang: Lang = "nl"): JsonReport {
  const { programme } = analysis;
  return {
    schemaVersion: 1,
    source,
    programme: programme.name,
    budgetYear: programme.budgetYear,
    tables: programme.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, range: t.range })),
    indicators: programme.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      sheet: i.sheet,
      row: i.row,
      direction: i.direction,
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
    })),
    results: programme.results.map((r) => ({
      text: r.text,
      sheet: r.sheet,
      cell: r.cell,
      indicatorIds: r.indicatorIds,
    })),
    findings: analysis.findings.map((f) => ({
      id: f.id,
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      indicatorId: f.indicatorId,
      year: f.year,
      message: describeFinding(f, lang),
      params: f.params,
    })),
    summary: summarise(analysis.findings),
  };
}
