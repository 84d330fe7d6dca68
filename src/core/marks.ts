import type { CellAddress } from "./address";
import type { Finding, Severity } from "./findings/types";
import { describeFinding, type Lang } from "./messages";
import type { Analysis } from "./model/types";

/** Excel's own conditional-format presets, so marks look like Excel's. */
export const MARK_STYLES = {
  error: { fill: "#FFC7CE", font: "#9C0006" }, // Light red fill with dark red text
  warning: { fill: "#FFEB9C", font: "#9C5700" }, // Yellow fill with dark yellow text
  met: { fill: "#C6EFCE", font: "#006100" }, // Green fill with dark green text
} as const;

export type MarkKind = keyof typeof MARK_STYLES;

/** One highlighted cell: its colour and the note a reviewer sees on hover. */
export interface Mark {
  readonly sheet: string;
  readonly cell: CellAddress;
  readonly kind: MarkKind;
  /** Every finding on the cell, one line each, worst first. */
  readonly note: string;
  readonly findingIds: readonly string[];
}

export interface MarkOptions {
  readonly lang?: Lang;
  /** Also mark achieved values that meet their norm or target, in green. */
  readonly showMet?: boolean;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The formula of the add-in's conditional-format rules. It is always true and names the add-in,
 * so 'Markeringen wissen' recognises its own rules (in Excel and in a highlighted copy) and
 * never removes a rule of the user's.
 */
export const MARK_RULE_FORMULA = '="indicator-check"<>""';

/** The note's header line, so a reviewer knows who put the mark there. */
export const NOTE_PREFIX = "Indicator Check";

/**
 * Which cells get which mark: errors red, warnings amber, met norms optionally green; info
 * findings get no colour. Every mark carries a note that says why it is there.
 */
export function planMarks(analysis: Analysis, options: MarkOptions = {}): Mark[] {
  const lang = options.lang ?? "nl";
  const byCell = new Map<string, Finding[]>();
  for (const f of analysis.findings) {
    if (f.sheet === null || f.cell === null || f.severity === "info") continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const marks: Mark[] = [];
  for (const findings of byCell.values()) {
    findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const first = findings[0]!;
    marks.push({
      sheet: first.sheet!,
      cell: first.cell!,
      kind: first.severity === "error" ? "error" : "warning",
      note: [`${NOTE_PREFIX}:`, ...findings.map((f) => `• ${describeFinding(f, lang)}`)].join("\n"),
      findingIds: findings.map((f) => f.id),
    });
  }
  if (options.showMet) {
    const metNote = lang === "nl" ? "Norm of streefwaarde gehaald." : "Norm or target met.";
    for (const i of analysis.programme.indicators) {
      for (const o of i.observations) {
        if (o.status !== "met" || byCell.has(`${i.sheet}\u0000${o.cell}`)) continue;
        marks.push({
          sheet: i.sheet,
          cell: o.cell,
          kind: "met",
          note: `${NOTE_PREFIX}:\n• ${metNote}`,
          findingIds: [],
        });
      }
    }
  }
  return marks;
}
