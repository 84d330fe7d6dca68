import { selectProgramme, splitProgrammes } from "../model/selectProgramme";
import type { Analysis } from "../model/types";
import { buildExplanations } from "./explanations";
import { buildIndicatorTable } from "./indicatorTable";
import { buildRelationTable } from "./relationTable";
import { safeText } from "./safeText";
import { LAYOUT_TEXTS } from "./texts";
import type { BudgetLayout, LayoutOptions } from "./types";

/**
 * The budget page's explanatory tables from an analysis: the relation table, the indicator table
 * with its legend, and the Toelichting. With default options the tables reproduce the page text for
 * text; options harmonise the notation, add a status column, list resolved indicator names, and
 * switch the fixed texts to English.
 *
 * buildLayout(analysis) → { relation: { title: "I: Relatie resultaten en …", rows: [...] }, indicators: {...}, explanations: {...} }
 */
export function buildLayout(analysis: Analysis, options: LayoutOptions = {}): BudgetLayout {
  const lang = options.lang ?? "nl";
  const texts = LAYOUT_TEXTS[lang];
  const { programme } = analysis;
  const name = programme.name === null ? null : safeText(programme.name);
  return {
    lang,
    programme: name,
    title: texts.documentTitle(name),
    relation: buildRelationTable(programme, texts, lang, options),
    indicators: buildIndicatorTable(programme, texts, lang, options),
    explanations: buildExplanations(analysis, texts, options),
  };
}

/**
 * The layouts an export draws: one per programme of the workbook, each with its own title (a
 * section of the document or sheet), or only `options.programme`'s.
 */
export function buildLayouts(analysis: Analysis, options: LayoutOptions = {}): BudgetLayout[] {
  const chosen =
    options.programme !== undefined && analysis.programmes.some((p) => p.id === options.programme)
      ? [selectProgramme(analysis, options.programme)]
      : splitProgrammes(analysis);
  return chosen.map((one) => buildLayout(one, options));
}
