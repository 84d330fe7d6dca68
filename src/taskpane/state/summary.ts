import type { Severity } from "../../core/findings/types";
import type { Analysis } from "../../core/model/types";
import { summarise } from "../../core/report/jsonReport";

export interface CheckSummary {
  readonly counts: Readonly<Record<Severity, number>>;
  readonly indicators: number;
  /** Achieved values that meet their norm or target. */
  readonly met: number;
  /** Achieved values that breach their norm or miss their target. */
  readonly breached: number;
}

/** The numbers at the top of the pane: "4 fouten … 9 indicatoren gecontroleerd, 12 gehaald, 10 niet". */
export function summariseAnalysis(analysis: Analysis): CheckSummary {
  const observations = analysis.programme.indicators.flatMap((i) => i.observations);
  return {
    counts: summarise(analysis.findings),
    indicators: analysis.programme.indicators.length,
    met: observations.filter((o) => o.status === "met").length,
    breached: observations.filter((o) => o.status === "breach" || o.status === "missed").length,
  };
}
