import type { CellAddress, RangeAddress } from "../address";
import type { Finding, IndicatorId, NormSource, NormSpec, ProgrammeId } from "../findings/types";
import type { ParsedValue, Unit } from "../values/types";

export type TableKind = "indicators" | "mapping" | "explanations";
export type ObservationKind = "achieved" | "target" | "baseline" | "norm";
export type Direction = "higher" | "lower";

export interface DetectedTable {
  readonly kind: TableKind;
  readonly sheet: string;
  readonly range: RangeAddress;
  /** 0-based rows: header (first..last) and body (first..last). */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly bodyBottom: number;
  readonly left: number;
  readonly right: number;
  /** Title text found just above the header ("I: Relatie resultaten en …"). */
  readonly title: string | null;
  /** True when the user chose this range instead of detection. */
  readonly manual: boolean;
}

export type ObservationStatus =
  | "met"
  | "breach"
  | "missed"
  | "missing"
  | "unparseable"
  | "unit-mismatch"
  | "no-norm"
  | "target"
  | "baseline"
  | "norm";

export interface Observation {
  readonly year: number | null;
  readonly kind: ObservationKind;
  readonly cell: CellAddress;
  readonly raw: string;
  readonly parsed: ParsedValue;
  /** Normalised for comparison (percent points, minutes), or null when missing or unreadable. */
  readonly value: number | null;
  readonly unit: Unit | null;
  readonly status: ObservationStatus;
}

export interface IndicatorNorm extends NormSpec {
  readonly source: NormSource;
  readonly cell: CellAddress | null;
}

export interface Indicator {
  readonly id: IndicatorId;
  /** As the author wrote it, on one line ("Klanttevredenheid Website."). */
  readonly name: string;
  /** Normalised for matching ("klanttevredenheid website"). */
  readonly key: string;
  readonly sheet: string;
  /** 1-based row, as Excel numbers it. */
  readonly row: number;
  readonly nameCell: CellAddress;
  readonly group: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly direction: Direction;
  readonly directionSource: "override" | "comparator" | "wording" | "default";
  readonly norm: IndicatorNorm | null;
  readonly observations: readonly Observation[];
}

export interface ResultEntry {
  readonly text: string;
  readonly sheet: string;
  readonly cell: CellAddress;
  readonly references: readonly ResolvedReference[];
  readonly indicatorIds: readonly IndicatorId[];
}

export interface ResolvedReference {
  /** The author's line, e.g. "80% terugbellen binnen 1 werkdag;". */
  readonly text: string;
  readonly indicatorIds: readonly IndicatorId[];
  readonly match: "exact" | "expanded" | "approximate" | "none";
  readonly norm: NormSpec | null;
}

export interface Explanation {
  readonly name: string;
  readonly text: string;
  readonly sheet: string;
  readonly cell: CellAddress;
  readonly indicatorId: IndicatorId | null;
}

export interface LegendEntry {
  /** The marker it explains ('-', '*', '1'); null for a general note. */
  readonly marker: string | null;
  readonly text: string;
  readonly sheet: string;
  readonly cell: CellAddress;
}

export interface Programme {
  readonly name: string | null;
  readonly budgetYear: number | null;
  readonly tables: readonly DetectedTable[];
  readonly indicators: readonly Indicator[];
  readonly results: readonly ResultEntry[];
  readonly explanations: readonly Explanation[];
  readonly legend: readonly LegendEntry[];
}

/** The lists of a Programme that a ProgrammePart cuts into spans. */
export type ProgrammeList = "tables" | "indicators" | "results" | "explanations" | "legend";

/**
 * One programme of the workbook: where its tables, indicators, results, explanations and legend sit
 * in the analysis's whole-workbook lists, as [start, end) spans (they are contiguous, in programme
 * order). selectProgramme turns it into a Programme of its own.
 */
export interface ProgrammePart {
  readonly id: ProgrammeId;
  /** What the workbook numbers it by ("4.1", "2"), from sheet names or titles; null for the only one. */
  readonly key: string | null;
  readonly name: string | null;
  /** What a reader calls it: "4.1 Dienstverlening", "Veiligheid", "P2". */
  readonly label: string;
  readonly budgetYear: number | null;
  /** The sheets it holds tables on or is named after, in workbook order. */
  readonly sheets: readonly string[];
  readonly spans: Readonly<Record<ProgrammeList, readonly [start: number, end: number]>>;
}

export interface Analysis {
  /**
   * The whole workbook read as one: every programme's tables, indicators, results, explanations
   * and legend, programme after programme. With one programme this is that programme.
   */
  readonly programme: Programme;
  /** The programmes, in workbook order; always at least one. */
  readonly programmes: readonly ProgrammePart[];
  /** Every finding, in sheet and cell order; in a workbook of several programmes each names its own. */
  readonly findings: readonly Finding[];
}
