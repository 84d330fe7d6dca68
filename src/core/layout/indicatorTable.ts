import { parseA1, parseRange } from "../address";
import type { Indicator, LegendEntry, Observation, ObservationKind, Programme } from "../model/types";
import { harmoniseRow } from "./harmonise";
import { safeText } from "./safeText";
import type { LayoutTexts } from "./texts";
import type {
  IndicatorColumn,
  IndicatorTable,
  IndicatorTableRow,
  LayoutOptions,
  StatusMark,
  ValueCell,
} from "./types";

interface ColumnKey {
  readonly kind: ObservationKind;
  readonly year: number | null;
}

const keyOf = (c: ColumnKey) => `${c.kind}:${c.year ?? ""}`;

/**
 * The indicator table: the name column, one column per (kind, year) as the workbook has them
 * ("Behaald 2022" … "Beoogd 2026"), values as the author wrote them (or harmonised), the legend below.
 */
export function buildIndicatorTable(
  programme: Programme,
  texts: LayoutTexts,
  lang: "nl" | "en",
  options: LayoutOptions
): IndicatorTable | null {
  const table = programme.tables.find((t) => t.kind === "indicators");
  if (!table) return null;
  const keys = valueColumns(programme.indicators);
  const latestYear = Math.max(
    -Infinity,
    ...keys.filter((k) => k.kind === "achieved" && k.year !== null).map((k) => k.year!)
  );

  const columns: IndicatorColumn[] = [
    { role: "name", text: texts.nameColumn },
    ...keys.map((k) => {
      const label = texts.kind[k.kind];
      return {
        role: "value" as const,
        text: k.year === null ? label : `${label} ${k.year}`,
        label,
        kind: k.kind,
        year: k.year,
      };
    }),
    ...(options.statusColumn ? [{ role: "status" as const, text: texts.statusColumn }] : []),
  ];

  const legend = legendTexts(programme);
  const changed = changedTargetMarks(programme, options, legend, texts);
  const rows: IndicatorTableRow[] = [];
  let group: string | null = null;
  for (const indicator of programme.indicators) {
    if (indicator.group !== null && indicator.group !== group)
      rows.push({ type: "group", text: safeText(indicator.group) });
    group = indicator.group;
    rows.push({
      type: "indicator",
      indicatorId: indicator.id,
      name: safeText(indicator.name),
      values: valueCells(indicator, keys, options.harmonise ?? false, changed?.of(indicator.id)),
      status: options.statusColumn ? statusMark(indicator, texts, latestYear) : null,
    });
  }

  return {
    title: safeText(lang === "nl" && table.title ? table.title : texts.indicatorTitle(programme.name)),
    columns,
    rows,
    legend: changed ? [...legend, changed.footnote] : legend,
  };
}

/** The years of an indicator whose target changed, and the footnote marker they get. */
interface ChangedMark {
  readonly years: ReadonlySet<number>;
  readonly marker: string;
}

const MARKERS = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"];

/**
 * The changed targets of this programme with the footnote that explains them: the first superscript
 * number the legend does not already start a sentence with ("¹ Streefwaarde gewijzigd ten opzichte van
 * de begroting 2025."). Null when none of its targets changed.
 */
function changedTargetMarks(
  programme: Programme,
  options: LayoutOptions,
  legend: readonly string[],
  texts: LayoutTexts
): { of: (id: string) => ChangedMark | undefined; footnote: string } | null {
  const given = options.changedTargets;
  if (!given) return null;
  const ids = new Set(programme.indicators.map((i) => i.id as string));
  const byIndicator = new Map<string, Set<number>>();
  for (const t of given.targets) {
    if (!ids.has(t.indicatorId)) continue;
    const years = byIndicator.get(t.indicatorId) ?? new Set<number>();
    years.add(t.year);
    byIndicator.set(t.indicatorId, years);
  }
  if (byIndicator.size === 0) return null;
  const marker = MARKERS.find((m) => !legend.some((sentence) => sentence.startsWith(m))) ?? "*";
  return {
    of: (id) => {
      const years = byIndicator.get(id);
      return years && { years, marker };
    },
    footnote: `${marker} ${safeText(texts.changedTarget(given.against))}`,
  };
}

/** The value columns in workbook order, merged over all indicators (tables on several sheets may differ). */
function valueColumns(indicators: readonly Indicator[]): ColumnKey[] {
  const keys: ColumnKey[] = [];
  const names: string[] = [];
  for (const indicator of indicators) {
    let at = 0;
    for (const o of indicator.observations) {
      const key = keyOf(o);
      // Most indicators have the columns of the one before: the next key is usually where we are.
      const found = names[at] === key ? at : names.indexOf(key);
      if (found >= 0) {
        at = found + 1;
      } else {
        keys.splice(at, 0, { kind: o.kind, year: o.year });
        names.splice(at, 0, key);
        at++;
      }
    }
  }
  return keys;
}

function valueCells(
  indicator: Indicator,
  keys: readonly ColumnKey[],
  harmonise: boolean,
  changed?: ChangedMark
): ValueCell[] {
  const byKey = new Map<string, Observation>();
  for (const o of indicator.observations) {
    const key = keyOf(o);
    if (!byKey.has(key)) byKey.set(key, o);
  }
  const observations = keys.map((k) => byKey.get(keyOf(k)) ?? null);
  const present = observations.filter((o): o is Observation => o !== null);
  const harmonised = harmonise ? harmoniseRow(present.map((o) => o.parsed)) : null;
  let i = 0;
  return observations.map((o) => {
    if (!o) return { text: "", raw: "", status: null, missing: true, harmonised: false };
    const raw = safeText(o.raw);
    const text = harmonised ? safeText(harmonised[i] ?? o.raw) : raw;
    i++;
    const cell = {
      text,
      raw,
      status: o.status,
      missing: o.parsed.kind === "missing",
      harmonised: text !== raw,
    };
    // A changed target's footnote marker follows the text; `harmonised` still compares the text alone.
    return o.kind === "target" && o.year !== null && changed?.years.has(o.year)
      ? { ...cell, text: `${text} ${changed.marker}` }
      : cell;
  });
}

/** The verdict on the latest achieved year that has a value, as the engine judged it. */
function statusMark(indicator: Indicator, texts: LayoutTexts, tableLatestYear: number): StatusMark {
  const latest = indicator.observations
    .filter((o) => o.kind === "achieved" && o.value !== null && o.year !== null)
    .sort((a, b) => b.year! - a.year!)[0];
  if (!latest) return { level: "none", text: "", year: null };
  const level =
    latest.status === "breach"
      ? "breach"
      : latest.status === "missed"
        ? "missed"
        : latest.status === "met"
          ? "met"
          : "none";
  const mark = texts.status[level];
  const text = mark !== "" && latest.year !== tableLatestYear ? `${mark} (${latest.year})` : mark;
  return { level, text, year: latest.year };
}

/** The legend sentences, once each, leaving out sentences that sit inside the relation or toelichting table. */
function legendTexts(programme: Programme): string[] {
  const inOtherTable = (entry: LegendEntry) => {
    const cell = parseA1(entry.cell);
    return programme.tables.some((t) => {
      if (t.kind === "indicators" || t.sheet !== entry.sheet || !cell) return false;
      const range = parseRange(t.range);
      return (
        range !== null &&
        cell.row >= range.top &&
        cell.row <= range.bottom &&
        cell.col >= range.left &&
        cell.col <= range.right
      );
    });
  };
  const out: string[] = [];
  for (const entry of programme.legend) {
    const text = safeText(entry.text);
    if (!inOtherTable(entry) && !out.includes(text)) out.push(text);
  }
  return out;
}
