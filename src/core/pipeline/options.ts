import type { TableOverride } from "../detect/detectTables";
import type { Direction } from "../model/types";
import type { NotationLocale } from "../values/notation";
import type { ParseOptions } from "../values/parseValue";

/** The user's override for one indicator, from the task pane's settings. */
export interface IndicatorSettings {
  readonly direction?: Direction;
  /** A norm as the user types it: "minimaal 80%", "Maximaal 5 min", "7,5". */
  readonly norm?: string;
}

export type AnalysePhase = "detect" | "parse" | "validate";

export interface AnalyseOptions {
  readonly tables?: readonly TableOverride[];
  /** Per indicator id, as the analysis names it (in a workbook of several programmes: "4.2/…"). */
  readonly indicators?: Readonly<Record<string, IndicatorSettings>>;
  /** The budget year whose targets must be filled; by default each programme's latest target year. */
  readonly budgetYear?: number;
  readonly locale?: NotationLocale;
  /** Called with each phase's duration in ms (detect, parse, validate), for benchmarks. */
  readonly onPhase?: (phase: AnalysePhase, ms: number) => void;
}

/** What every stage after detection reads: the options, the locale and the value parser's settings. */
export interface StageContext {
  readonly options: AnalyseOptions;
  readonly locale: NotationLocale;
  readonly parse: ParseOptions;
}
