import type { Severity } from "../core/findings/types";
import type { Lang } from "../core/messages";
import { STRINGS } from "./strings";
import { printable } from "./textReport";

/** One workbook's line in the run's summary: its counts, or the one-line reason it could not be used. */
export interface FileLine {
  readonly source: string;
  readonly status: number;
  readonly indicators: number | null;
  readonly counts: Readonly<Record<Severity, number>> | null;
  readonly error: string | null;
}

/**
 * The summary of a run over several workbooks: workbook, indicators, errors, warnings, notes and
 * exit status, a line per file and a total. A file that could not be used shows its reason after it.
 */
export function renderSummaryTable(lines: readonly FileLine[], lang: Lang): string {
  const s = STRINGS[lang];
  const dash = "–";
  const num = (n: number | null | undefined) => (n === null || n === undefined ? dash : String(n));
  const sum = (pick: (l: FileLine) => number | null | undefined) =>
    lines.reduce((t, l) => t + (pick(l) ?? 0), 0);
  const rows: string[][] = lines.map((l) => [
    printable(l.source),
    num(l.indicators),
    num(l.counts?.error),
    num(l.counts?.warning),
    num(l.counts?.info),
    String(l.status),
  ]);
  rows.push([
    s.tableTotal(lines.length),
    String(sum((l) => l.indicators)),
    String(sum((l) => l.counts?.error)),
    String(sum((l) => l.counts?.warning)),
    String(sum((l) => l.counts?.info)),
    String(Math.max(0, ...lines.map((l) => l.status))),
  ]);
  const all = [[...s.tableHeader], ...rows];
  const widths = s.tableHeader.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const format = (r: readonly string[]) =>
    r.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join("  ");
  const out = [format(all[0]!), widths.map((w) => "─".repeat(w)).join("  ")];
  rows.slice(0, -1).forEach((r, i) => {
    const error = lines[i]!.error;
    out.push(format(r) + (error ? `  ${printable(error.split("\n")[0]!)}` : ""));
  });
  out.push(widths.map((w) => "─".repeat(w)).join("  "), format(rows[rows.length - 1]!));
  return out.join("\n");
}
