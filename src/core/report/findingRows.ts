/**
 * The findings as rows for a reviewer's sheet: one row per finding with its place, indicator,
 * year, severity, code, message and review verdict, and a count per programme and code.
 * The CLI's `--report` workbook and the pane's "Bevindingen naar nieuw blad" are drawn from these.
 */
import type { Severity } from "../findings/types";
import { describeFinding, type Lang } from "../messages";
import type { Analysis } from "../model/types";
import type { ReviewState, ReviewStatus } from "../review/types";
import type { BaselineStatus } from "./baseline";

export interface FindingRow {
  /** The workbook it was found in (the CLI's name for it); "" in the pane. */
  readonly file: string;
  /** The programme's label; "" in a workbook of one programme. */
  readonly programme: string;
  readonly sheet: string;
  readonly cell: string;
  readonly indicator: string;
  readonly year: number | null;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly review: ReviewStatus;
  readonly reason: string;
  /** Against the baseline, when the run has one. */
  readonly baseline: BaselineStatus | null;
}

export interface FindingRowsInput {
  readonly analysis: Analysis;
  readonly file?: string;
  readonly review?: ReviewState;
  readonly baseline?: ReadonlyMap<string, BaselineStatus>;
}

export function findingRows(input: FindingRowsInput, lang: Lang): FindingRow[] {
  const { analysis } = input;
  const names = new Map<string, string>(analysis.programme.indicators.map((i) => [i.id, i.name]));
  const labels = new Map<string, string>(analysis.programmes.map((p) => [p.id, p.label]));
  return analysis.findings.map((f) => {
    const entry = input.review?.entries[f.id];
    return {
      file: input.file ?? "",
      programme: f.programme === undefined ? "" : (labels.get(f.programme) ?? f.programme),
      sheet: f.sheet ?? "",
      cell: f.cell ?? "",
      indicator: f.indicatorId === null ? "" : (names.get(f.indicatorId) ?? f.indicatorId),
      year: f.year,
      severity: f.severity,
      code: f.code,
      message: describeFinding(f, lang),
      review: entry?.status ?? "open",
      reason: entry?.reason ?? "",
      baseline: input.baseline?.get(f.id) ?? null,
    };
  });
}

export interface FindingCount {
  readonly file: string;
  readonly programme: string;
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
}

/** How many findings each programme (of each workbook) has per code, in the rows' order of first sight. */
export function countFindings(rows: readonly FindingRow[]): FindingCount[] {
  const counts = new Map<string, FindingCount>();
  for (const r of rows) {
    const key = JSON.stringify([r.file, r.programme, r.code]);
    const seen = counts.get(key);
    counts.set(key, {
      file: r.file,
      programme: r.programme,
      code: r.code,
      severity: r.severity,
      count: (seen?.count ?? 0) + 1,
    });
  }
  return [...counts.values()];
}

type Cell = string | number | null;

export interface FindingColumn {
  readonly key: string;
  readonly header: string;
  readonly value: (row: FindingRow) => Cell;
  /** The widest a column grows, in characters; longer text wraps. */
  readonly maxWidth: number;
}

const WORDS = {
  nl: {
    file: "Werkmap",
    programme: "Programma",
    sheet: "Blad",
    cell: "Cel",
    indicator: "Indicator",
    year: "Jaar",
    severity: "Ernst",
    code: "Code",
    message: "Melding",
    review: "Beoordeling",
    reason: "Reden",
    baseline: "Sinds vorige",
    count: "Aantal",
    severities: { error: "fout", warning: "waarschuwing", info: "melding" },
    reviews: { open: "open", akkoord: "akkoord", "te-corrigeren": "te corrigeren" },
    baselines: { new: "nieuw", unchanged: "ongewijzigd", changed: "gewijzigd" },
    sheets: { findings: "Bevindingen", counts: "Bevindingen per code" },
  },
  en: {
    file: "Workbook",
    programme: "Programme",
    sheet: "Sheet",
    cell: "Cell",
    indicator: "Indicator",
    year: "Year",
    severity: "Severity",
    code: "Code",
    message: "Message",
    review: "Review",
    reason: "Reason",
    baseline: "Since last",
    count: "Count",
    severities: { error: "error", warning: "warning", info: "info" },
    reviews: { open: "open", akkoord: "accepted", "te-corrigeren": "to correct" },
    baselines: { new: "new", unchanged: "unchanged", changed: "changed" },
    sheets: { findings: "Findings", counts: "Findings by code" },
  },
} as const;

export const findingSheetNames = (lang: Lang) => WORDS[lang].sheets;
export const severityLabel = (severity: Severity, lang: Lang) => WORDS[lang].severities[severity];

/**
 * The findings sheet's columns: the workbook column only when rows name one, the programme column
 * only in a workbook of several, the baseline column only with a baseline.
 */
export function findingColumns(rows: readonly FindingRow[], lang: Lang): FindingColumn[] {
  const w = WORDS[lang];
  const all: (FindingColumn & { when: boolean })[] = [
    { key: "file", header: w.file, value: (r) => r.file, maxWidth: 40, when: rows.some((r) => r.file) },
    {
      key: "programme",
      header: w.programme,
      value: (r) => r.programme,
      maxWidth: 30,
      when: rows.some((r) => r.programme),
    },
    { key: "sheet", header: w.sheet, value: (r) => r.sheet, maxWidth: 30, when: true },
    { key: "cell", header: w.cell, value: (r) => r.cell, maxWidth: 10, when: true },
    { key: "indicator", header: w.indicator, value: (r) => r.indicator, maxWidth: 40, when: true },
    { key: "year", header: w.year, value: (r) => r.year, maxWidth: 6, when: true },
    { key: "severity", header: w.severity, value: (r) => w.severities[r.severity], maxWidth: 14, when: true },
    { key: "code", header: w.code, value: (r) => r.code, maxWidth: 36, when: true },
    { key: "message", header: w.message, value: (r) => r.message, maxWidth: 70, when: true },
    { key: "review", header: w.review, value: (r) => w.reviews[r.review], maxWidth: 14, when: true },
    { key: "reason", header: w.reason, value: (r) => r.reason, maxWidth: 40, when: true },
    {
      key: "baseline",
      header: w.baseline,
      value: (r) => (r.baseline === null ? "" : w.baselines[r.baseline]),
      maxWidth: 14,
      when: rows.some((r) => r.baseline !== null),
    },
  ];
  return all.filter((c) => c.when).map(({ when: _when, ...c }) => c);
}

/** The count sheet's columns. */
export function countColumns(counts: readonly FindingCount[], lang: Lang) {
  const w = WORDS[lang];
  const all = [
    { header: w.file, value: (c: FindingCount): Cell => c.file, when: counts.some((c) => c.file) },
    {
      header: w.programme,
      value: (c: FindingCount): Cell => c.programme,
      when: counts.some((c) => c.programme),
    },
    { header: w.code, value: (c: FindingCount): Cell => c.code, when: true },
    { header: w.severity, value: (c: FindingCount): Cell => w.severities[c.severity], when: true },
    { header: w.count, value: (c: FindingCount): Cell => c.count, when: true },
  ];
  return all.filter((c) => c.when).map(({ header, value }) => ({ header, value }));
}

/** A column's width in characters: its longest text (header included), at least 6, at most maxWidth. */
export function fitWidth(texts: readonly Cell[], maxWidth: number): number {
  const longest = Math.max(...texts.map((t) => (t === null ? 0 : String(t).length)));
  return Math.min(maxWidth, Math.max(6, longest + 2));
}
