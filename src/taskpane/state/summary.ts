import type { ProgrammeId, Severity } from "../../core/findings/types";
import { splitProgrammes } from "../../core/model/selectProgramme";
import type { Analysis } from "../../core/model/types";
import { summarise } from "../../core/report/jsonReport";

export interface CheckSummary {
  readonly counts: Readonly<Record<Severity, number>>;
  readonly indicators: number;
  /** Achieved values that meet their norm or target. */
  readonly met: number;
  /** Achieved values that breach their norm or miss their target. */
  readonly breached: number;
  /** In a workbook of several programmes, the same figures per programme; empty otherwise. */
  readonly programmes: readonly ProgrammeSummary[];
}

export interface ProgrammeSummary {
  readonly id: ProgrammeId;
  readonly label: string;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly indicators: number;
}

/** The numbers at the top of the pane: "4 fouten … 9 indicatoren gecontroleerd, 12 gehaald, 10 niet". */
export function summariseAnalysis(analysis: Analysis): CheckSummary {
  const observations = analysis.programme.indicators.flatMap((i) => i.observations);
  return {
    counts: summarise(analysis.findings),
    indicators: analysis.programme.indicators.length,
    met: observations.filter((o) => o.status === "met").length,
    breached: observations.filter((o) => o.status === "breach" || o.status === "missed").length,
    programmes:
      analysis.programmes.length < 2
        ? []
        : splitProgrammes(analysis).map((one) => ({
            id: one.programmes[0]!.id,
            label: one.programmes[0]!.label,
            counts: summarise(one.findings),
            indicators: one.programme.indicators.length,
          })),
  };
}
