import type { Finding, FindingCode, Severity } from "../core/findings/types";
import { describeFinding, type Lang } from "../core/messages";
import { splitProgrammes } from "../core/model/selectProgramme";
import type { Analysis } from "../core/model/types";
import { summarise } from "../core/report/jsonReport";
import { catalogueLink } from "../help/address";
import { STRINGS } from "./strings";

const ICON: Readonly<Record<Severity, string>> = { error: "✖", warning: "▲", info: "ℹ" };
const COLOUR: Readonly<Record<Severity, string>> = {
  error: "\x1b[31m",
  warning: "\x1b[33m",
  info: "\x1b[2m",
};
const BOLD = "\x1b[1m";
/** C0 and C1 control characters but the line feed: in a cell's text they would drive the terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/** The author's text as the terminal should show it: control characters as "�". */
export const printable = (text: string) => text.replace(CONTROL, "\ufffd");
const RESET = "\x1b[0m";

/**
 * The readable report: a summary by severity, then findings grouped by indicator with sheet!cell.
 * A workbook of several programmes gets one such part per programme and a line of totals.
 */
export function renderTextReport(
  analysis: Analysis,
  source: string,
  lang: Lang,
  colour: boolean,
  tags: ReadonlyMap<string, string> = new Map(),
  helpBase?: string
): string {
  const s = STRINGS[lang];
  const paint = (code: string, text: string) => (colour ? `${code}${text}${RESET}` : text);
  const head = paint(BOLD, `Indicator Check — ${printable(source)}`);
  // --explain: the first finding of each code is followed by its section in the finding catalogue.
  const explained = new Set<FindingCode>();
  const explain = (code: FindingCode): string[] => {
    if (helpBase === undefined || explained.has(code)) return [];
    explained.add(code);
    return [`      ${s.explain}: ${helpBase}${catalogueLink(code, lang)}`];
  };
  const linesOf = (one: Analysis) => programmeLines(one, lang, paint, tags, explain);
  if (analysis.programmes.length < 2) return [head, ...linesOf(analysis)].join("\n");
  const parts = splitProgrammes(analysis).map((one) => ["", ...linesOf(one)]);
  return [
    head,
    ...parts.flat(),
    "",
    paint(
      BOLD,
      s.totals(analysis.programmes.length, analysis.programme.indicators.length, summarise(analysis.findings))
    ),
  ].join("\n");
}

function programmeLines(
  analysis: Analysis,
  lang: Lang,
  paint: (code: string, text: string) => string,
  tags: ReadonlyMap<string, string>,
  explain: (code: FindingCode) => string[]
): string[] {
  const s = STRINGS[lang];
  const counts = summarise(analysis.findings);
  const observations = analysis.programme.indicators.flatMap((i) => i.observations);
  const met = observations.filter((o) => o.status === "met").length;
  const breached = observations.filter((o) => o.status === "breach" || o.status === "missed").length;
  const label = analysis.programmes[0]?.label || analysis.programme.name;

  const lines: string[] = [];
  if (label) lines.push(`${lang === "nl" ? "Programma" : "Programme"}: ${printable(label)}`);
  lines.push(s.checked(analysis.programme.indicators.length, met, breached));
  lines.push(
    [
      paint(COLOUR.error, `${ICON.error} ${counts.error}`),
      paint(COLOUR.warning, `${ICON.warning} ${counts.warning}`),
      paint(COLOUR.info, `${ICON.info} ${counts.info}`),
    ].join("  ") + `   (${s.summary(counts)})`
  );
  if (analysis.findings.length === 0) {
    lines.push("", s.noFindings);
    return lines;
  }

  const groups = new Map<string, Finding[]>();
  for (const f of analysis.findings) {
    const key = f.indicatorId ?? "";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const placeOf = (f: Finding) => (f.sheet && f.cell ? printable(`${f.sheet}!${f.cell}`) : "—");
  // Places line up: at least 16 wide, wider where sheet names are long ("4.2 Indicatoren!D11").
  const width = Math.max(16, ...analysis.findings.slice(0, 10_000).map((f) => placeOf(f).length));
  const order = [...analysis.programme.indicators.map((i) => i.id as string), ""];
  for (const key of order) {
    const findings = groups.get(key);
    if (!findings) continue;
    const indicator = analysis.programme.indicators.find((i) => i.id === key);
    lines.push(
      "",
      paint(
        BOLD,
        indicator ? printable(`${indicator.name}  (${indicator.sheet}!${indicator.nameCell})`) : s.other
      )
    );
    for (const f of findings) {
      const tag = tags.get(f.id);
      lines.push(
        `  ${paint(COLOUR[f.severity], ICON[f.severity])} ${placeOf(f).padEnd(width)} ${paint(COLOUR[f.severity], f.code)}  ${tag ? `${paint(BOLD, tag)} ` : ""}${printable(describeFinding(f, lang))}`,
        ...explain(f.code)
      );
    }
  }
  return lines;
}
