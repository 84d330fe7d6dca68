/**
 * Golden test: from the sample workbook, with default options, the HTML and the Word document
 * reproduce the budget page's tables text for text: the same rows, order, names and values, the
 * legend sentence and the toelichting, plus one marked placeholder the page lacks.
 */
import { readFileSync } from "node:fs";
import { buildLayout } from "../../src/core/layout/buildLayout";
import { renderDocx } from "../../src/export/renderDocx";
import { renderHtml } from "../../src/export/renderHtml";
import { sampleAnalysis } from "../layout/sample";
import { docxContent, htmlContent, type ExtractedTable } from "./extract";
import {
  EXPLANATIONS,
  EXPLANATIONS_INTRO,
  EXPLANATIONS_TITLE,
  INDICATOR_HEADER,
  INDICATOR_ROWS,
  LEGEND,
  PLACEHOLDER,
  RELATION_ROWS,
  RELATION_TITLE,
  SEED_FILE,
  squash,
} from "./seed";

/** What a reader of the page sees, in one shape for both formats. */
interface Page {
  readonly relationTitle: string;
  readonly relationHeader: string[];
  readonly relationRows: [string, string[]][];
  readonly indicatorTitle: string;
  readonly indicatorHeader: string[];
  readonly indicatorRows: string[][];
  /** Paragraphs after the indicator table: legend, "Toelichting", intro, then name / line pairs. */
  readonly after: string[];
}

function tablesOf(tables: ExtractedTable[]) {
  const [relation, indicators] = tables;
  if (!relation || !indicators || tables.length !== 2)
    throw new Error(`expected 2 tables, found ${tables.length}`);
  const [relationHead, ...relationBody] = relation.rows;
  const [indicatorHead, ...indicatorBody] = indicators.rows;
  return {
    relationHeader: relationHead!.map((c) => squash(c.join(" "))),
    relationRows: relationBody.map((r) => [squash(r[0]!.join(" ")), r[1]!.map(squash)] as [string, string[]]),
    indicatorHeader: indicatorHead!.map((c) => squash(c.join(" "))),
    indicatorRows: indicatorBody.map((r) => r.map((c) => squash(c.join(" ")))),
  };
}

async function pages(): Promise<[string, Page][]> {
  const layout = buildLayout(await sampleAnalysis());
  const html = htmlContent(renderHtml(layout));
  const docx = await docxContent(await renderDocx(layout));
  const [relationTitle, indicatorTitle, ...docxAfter] = docx.paragraphs;
  return [
    [
      "HTML",
      {
        relationTitle: squash(html.tables[0]!.caption!),
        indicatorTitle: squash(html.tables[1]!.caption!),
        ...tablesOf(html.tables),
        after: html.paragraphs.map(squash),
      },
    ],
    [
      "Word",
      {
        relationTitle: relationTitle!,
        indicatorTitle: indicatorTitle!,
        ...tablesOf(docx.tables),
        after: docxAfter.map(squash),
      },
    ],
  ];
}

let rendered: [string, Page][];
beforeAll(async () => {
  rendered = await pages();
});

it("the expected tables are copied from the seed page", () => {
  const seed = squash(readFileSync(SEED_FILE, "utf8"));
  const copied = [
    RELATION_TITLE,
    ...RELATION_ROWS.flatMap(([result, lines]) => [result, ...lines]),
    ...INDICATOR_HEADER.slice(1),
    INDICATOR_ROWS.map((r) => r.join(" ")).join(" "),
    LEGEND,
    EXPLANATIONS_INTRO,
    ...EXPLANATIONS.map((e) => e.join(" ")),
  ];
  expect(copied.filter((text) => !seed.includes(text))).toEqual([]);
});

describe.each(["HTML", "Word"])("%s reproduces the page", (format) => {
  const page = () => rendered.find(([f]) => f === format)![1];

  it("relation table: title, rows in order, results and the author's indicator lines", () => {
    expect(page().relationTitle).toBe(RELATION_TITLE);
    // The seed's header reads "Prestatie-indicatoren(en)", a slip; the generated page uses the indicator table's spelling.
    expect(page().relationHeader).toEqual(["Resultaten", "Prestatie-indicator(en)"]);
    expect(page().relationRows).toEqual(RELATION_ROWS.map(([result, lines]) => [result, [...lines]]));
  });

  it("indicator table: header, names and values as written", () => {
    expect(page().indicatorTitle).toBe("Prestatie-indicatoren Dienstverlening");
    expect(page().indicatorHeader).toEqual(INDICATOR_HEADER);
    expect(page().indicatorRows).toEqual(INDICATOR_ROWS.map((r) => [...r]));
  });

  it("the legend sentence follows the table", () => {
    expect(page().after[0]).toBe(LEGEND);
  });

  it("toelichting: the page's eight entries in order, plus one marked placeholder for the unexplained breach", () => {
    const [, title, intro, ...lines] = page().after;
    expect([title, intro]).toEqual([EXPLANATIONS_TITLE, EXPLANATIONS_INTRO]);
    const entries = Array.from(
      { length: lines.length / 2 },
      (_, i) => [lines[2 * i]!, lines[2 * i + 1]!] as const
    );
    expect(lines.length % 2).toBe(0);
    expect(entries.filter(([name]) => name !== PLACEHOLDER[0])).toEqual(EXPLANATIONS);
    expect(entries.filter(([name]) => name === PLACEHOLDER[0])).toEqual([PLACEHOLDER]);
    // In indicator-table order: between "telefoonnummer 14 050" and "Terugbellen binnen 2 werkdagen".
    expect(entries.map(([name]) => name).indexOf(PLACEHOLDER[0])).toBe(5);
  });
});

it("marks the placeholder so it stands out", async () => {
  const layout = buildLayout(await sampleAnalysis());
  const html = htmlContent(renderHtml(layout));
  expect(Array.from(html.document.querySelectorAll("mark")).map((m) => m.textContent)).toEqual([
    PLACEHOLDER[1].replace("Toelichting: ", ""),
  ]);
  const docx = await docxContent(await renderDocx(layout));
  const shaded = Array.from(
    docx.xml.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "r")
  ).filter(
    (r) =>
      r.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "shd").length >
      0
  );
  expect(shaded.map((r) => r.textContent)).toEqual([PLACEHOLDER[1].replace("Toelichting: ", "")]);
});
