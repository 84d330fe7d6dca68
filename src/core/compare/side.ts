/**
 * One side of a comparison as plain data: the indicators of an analysis, or of a JSON report written
 * earlier by `check --json`, with what the comparison reads of them. Both give the same shape, so a
 * reference works the same whichever way it came.
 */
import type { IndicatorId, ProgrammeId } from "../findings/types";
import { normaliseName } from "../mapping/normaliseName";
import type { Analysis, Direction, ObservationKind } from "../model/types";
import type { JsonReport } from "../report/jsonReport";
import type { Comparator, Unit } from "../values/types";

export interface SideObservation {
  readonly year: number | null;
  readonly kind: ObservationKind;
  readonly cell: string;
  /** As displayed: "8,3", "2:17", "Maximaal 5 min". */
  readonly raw: string;
  /** Normalised (percent points, minutes), or null when missing or unreadable. */
  readonly value: number | null;
  readonly unit: Unit | null;
}

export interface SideNorm {
  readonly op: Comparator;
  readonly amount: number;
  readonly unit: Unit;
  readonly raw: string;
  readonly source: string;
  readonly cell: string | null;
}

export interface SideIndicator {
  readonly id: string;
  readonly name: string;
  /** normaliseName of the name, as the relation table matches it. */
  readonly key: string;
  readonly sheet: string;
  /** Null only for a JSON report of version 2, which gives the row but not the name's cell. */
  readonly nameCell: string | null;
  /** Its programme's key ("4.1") in a workbook that numbers its programmes, else null. */
  readonly programmeKey: string | null;
  readonly programmeId: ProgrammeId | null;
  readonly direction: Direction;
  readonly norm: SideNorm | null;
  readonly observations: readonly SideObservation[];
}

export interface Side {
  readonly indicators: readonly SideIndicator[];
  /** Programme id → its key, for every programme of the workbook. */
  readonly programmes: readonly { readonly id: ProgrammeId; readonly key: string | null }[];
}

export function isJsonReport(reference: Analysis | JsonReport): reference is JsonReport {
  return "schemaVersion" in reference;
}

export function sideOf(source: Analysis | JsonReport): Side {
  return isJsonReport(source) ? sideOfReport(source) : sideOfAnalysis(source);
}

function sideOfAnalysis(analysis: Analysis): Side {
  const several = analysis.programmes.length > 1;
  const indicators = analysis.programmes.flatMap((part) => {
    const [start, end] = part.spans.indicators;
    return analysis.programme.indicators.slice(start, end).map((i): SideIndicator => ({
      id: i.id,
      name: i.name,
      key: i.key,
      sheet: i.sheet,
      nameCell: i.nameCell,
      programmeKey: several ? part.key : null,
      programmeId: several ? part.id : null,
      direction: i.direction,
      norm: i.norm && { ...i.norm },
      observations: i.observations,
    }));
  });
  return { indicators, programmes: analysis.programmes.map((p) => ({ id: p.id, key: p.key })) };
}

function sideOfReport(report: JsonReport): Side {
  const several = report.programmes.length > 1;
  const indicators = report.programmes.flatMap((p) =>
    p.indicators.map((i): SideIndicator => ({
      id: i.id,
      name: i.name,
      key: normaliseName(i.name),
      sheet: i.sheet,
      nameCell: i.nameCell ?? null,
      programmeKey: several ? p.key : null,
      programmeId: several ? (p.id as ProgrammeId) : null,
      direction: i.direction,
      norm: i.norm && {
        op: i.norm.op,
        amount: i.norm.value,
        unit: i.norm.unit,
        raw: i.norm.raw,
        source: i.norm.source,
        cell: null,
      },
      observations: i.observations,
    }))
  );
  return { indicators, programmes: report.programmes.map((p) => ({ id: p.id as ProgrammeId, key: p.key })) };
}

/** The current side's id as the engine brands it. */
export const indicatorIdOf = (i: SideIndicator) => i.id as IndicatorId;
