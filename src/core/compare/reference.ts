/**
 * What a reference document is called. Its label, "begroting 2025", is what a budget page's footnote
 * says ("streefwaarde gewijzigd ten opzichte van de begroting 2025"): from the file name where it names
 * the document and its year, else from the budget year the reference's tables show.
 */
import type { Analysis } from "../model/types";
import type { JsonReport } from "../report/jsonReport";
import type { ComparisonReference } from "./index";
import { isJsonReport } from "./side";

/** The kinds of planning and control documents a reference can be, as their file names write them. */
const DOCUMENT =
  /(begroting|jaarstukken|jaarverslag|jaarrekening|voorjaarsnota|kadernota|najaarsnota|bestuursrapportage)[\s_-]*((?:19|20)\d\d)/i;

/** referenceOf("begroting-2025-dienstverlening.xlsx", analysis) → { name: …, label: "begroting 2025" } */
export function referenceOf(name: string, reference: Analysis | JsonReport): ComparisonReference {
  const base = name.split(/[\\/]/).pop() ?? name;
  const named = DOCUMENT.exec(base);
  if (named) return { name: base, label: `${named[1]!.toLowerCase()} ${named[2]}` };
  const year = isJsonReport(reference)
    ? latest(reference.programmes.map((p) => p.budgetYear))
    : reference.programme.budgetYear;
  return { name: base, label: year === null ? null : `begroting ${year}` };
}

function latest(years: readonly (number | null)[]): number | null {
  return years.reduce<number | null>((a, y) => (y !== null && (a === null || y > a) ? y : a), null);
}
