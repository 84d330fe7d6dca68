/**
 * The layout as HTML: semantic tables (<caption>, <thead>, <th scope>) with inline styles, so the
 * tables keep their look when pasted into Word or a web CMS. Every text of the author is escaped.
 */
import { LAYOUT_THEME } from "../core/layout/theme";
import { safeText } from "../core/layout/safeText";
import type {
  BudgetLayout,
  ExplanationSection,
  IndicatorTable,
  RelationTable,
  StatusLevel,
} from "../core/layout/types";
import { escapeHtml } from "./escapeHtml";

export interface HtmlOptions {
  /** True: only the tables and the toelichting, to paste or embed. False (default): a whole document. */
  readonly fragment?: boolean;
}

const { color, size, status: statusColor, fontStack } = LAYOUT_THEME;
const PAD = "padding:3pt 5pt";
const BORDER = `border:1px solid ${color.border}`;

const CSS = {
  body: `font-family:${fontStack};font-size:${size.body}pt;color:${color.text};margin:2cm;max-width:17cm`,
  table: `border-collapse:collapse;width:100%;font-family:${fontStack};font-size:${size.body}pt;color:${color.text};margin:0 0 6pt 0`,
  caption: `caption-side:top;text-align:left;font-weight:bold;font-size:${size.title}pt;color:${color.headerText};padding:0 0 4pt 0`,
  th: `${BORDER};${PAD};background-color:${color.headerFill};color:${color.headerText};font-weight:bold;text-align:left;vertical-align:bottom`,
  thValue: `${BORDER};${PAD};background-color:${color.headerFill};color:${color.headerText};font-weight:bold;text-align:right;vertical-align:bottom`,
  rowHeader: `${BORDER};${PAD};font-weight:normal;text-align:left;vertical-align:top`,
  td: `${BORDER};${PAD};text-align:left;vertical-align:top`,
  value: `${BORDER};${PAD};text-align:right;vertical-align:top;white-space:nowrap`,
  group: `${BORDER};${PAD};background-color:${color.groupFill};font-weight:bold;text-align:left`,
  list: "margin:0;padding:0 0 0 12pt",
  item: "margin:0",
  note: `font-style:italic;color:${color.muted}`,
  legend: `font-size:${size.legend}pt;color:${color.muted};margin:4pt 0 14pt 0`,
  heading: `font-size:${size.heading}pt;color:${color.headerText};margin:14pt 0 4pt 0`,
  intro: "font-style:italic;margin:0 0 6pt 0",
  section: `font-size:${size.title + 2}pt;margin:18pt 0 6pt 0`,
  name: "font-weight:bold;margin:8pt 0 0 0",
  explanation: "margin:0",
  placeholder: `background-color:${color.placeholderFill};color:${color.placeholderText};font-style:italic`,
} as const;

/** Author's text → escaped HTML; line breaks become <br>. */
function text(value: string): string {
  return escapeHtml(safeText(value)).replace(/\n/g, "<br>");
}

/**
 * The tables as an HTML document (or a fragment to paste). Several layouts (one per programme of a
 * whole-budget workbook) become one section each, under the programme's title.
 */
export function renderHtml(
  layouts: BudgetLayout | readonly BudgetLayout[],
  options: HtmlOptions = {}
): string {
  const all: readonly BudgetLayout[] = Array.isArray(layouts) ? layouts : [layouts as BudgetLayout];
  const layout = all[0]!;
  const body = all
    .map((one) => {
      const parts: string[] = all.length > 1 ? [`<h2 style="${CSS.section}">${text(one.title)}</h2>`] : [];
      if (one.relation) parts.push(relationHtml(one.relation));
      if (one.indicators) parts.push(indicatorHtml(one.indicators));
      if (one.explanations.entries.length > 0) parts.push(explanationHtml(one.explanations));
      return parts.join("\n");
    })
    .join("\n");
  if (options.fragment) return `<div lang="${layout.lang}">\n${body}\n</div>\n`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${layout.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(layout.title)}</title>`,
    "</head>",
    `<body style="${CSS.body}">`,
    body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function relationHtml(table: RelationTable): string {
  const rows = table.rows.map((r) => {
    const cell = r.note
      ? `<em style="${CSS.note}">${text(r.note)}</em>`
      : r.lines.length === 0
        ? ""
        : `<ul style="${CSS.list}">${r.lines.map((l) => `<li style="${CSS.item}">${text(l.text)}</li>`).join("")}</ul>`;
    return `<tr><th scope="row" style="${CSS.rowHeader}">${text(r.result)}</th><td style="${CSS.td}">${cell}</td></tr>`;
  });
  return [
    `<table style="${CSS.table};margin-bottom:14pt">`,
    `<caption style="${CSS.caption}">${text(table.title)}</caption>`,
    `<thead><tr><th scope="col" style="${CSS.th};width:50%">${text(table.columns[0])}</th><th scope="col" style="${CSS.th};width:50%">${text(table.columns[1])}</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
  ].join("\n");
}

function indicatorHtml(table: IndicatorTable): string {
  const count = table.columns.length;
  const valueColumns = table.columns.filter((c) => c.role !== "name").length;
  const nameWidth = Math.max(30, 100 - valueColumns * 11);
  const head = table.columns
    .map((c) => {
      if (c.role === "name")
        return `<th scope="col" style="${CSS.th};width:${nameWidth}%">${text(c.text)}</th>`;
      const label = c.role === "value" && c.year !== null ? `${text(c.label)}<br>${c.year}` : text(c.text);
      return `<th scope="col" style="${CSS.thValue}">${label}</th>`;
    })
    .join("");
  const rows = table.rows.map((r) => {
    if (r.type === "group")
      return `<tr><th scope="rowgroup" colspan="${count}" style="${CSS.group}">${text(r.text)}</th></tr>`;
    const values = r.values.map((v) => `<td style="${CSS.value}">${text(v.text)}</td>`).join("");
    const status = r.status ? `<td style="${statusCss(r.status.level)}">${text(r.status.text)}</td>` : "";
    return `<tr><th scope="row" style="${CSS.rowHeader}">${text(r.name)}</th>${values}${status}</tr>`;
  });
  const legend = table.legend.map((sentence) => `<p style="${CSS.legend}">${text(sentence)}</p>`);
  return [
    `<table style="${CSS.table}">`,
    `<caption style="${CSS.caption}">${text(table.title)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
    ...legend,
  ].join("\n");
}

function statusCss(level: StatusLevel): string {
  return `${BORDER};${PAD};text-align:center;vertical-align:top;white-space:nowrap;color:${statusColor[level]}${level === "none" ? "" : ";font-weight:bold"}`;
}

function explanationHtml(section: ExplanationSection): string {
  const entries = section.entries.map((e) => {
    const body = e.isPlaceholder ? `<mark style="${CSS.placeholder}">${text(e.text)}</mark>` : text(e.text);
    return `<p style="${CSS.name}">${text(e.name)}</p>\n<p style="${CSS.explanation}">${text(e.label)} ${body}</p>`;
  });
  return [
    `<h2 style="${CSS.heading}">${text(section.title)}</h2>`,
    `<p style="${CSS.intro}">${text(section.intro)}</p>`,
    ...entries,
  ].join("\n");
}
