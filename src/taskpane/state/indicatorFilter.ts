/**
 * The Settings tab's 'Zoek indicator': which indicators a typed text finds. Names and query are
 * folded alike (case, accents, runs of white space), and every word of the query must occur in the
 * name, in any order: "wachttijd 2024" finds "Gemiddelde wachttijd balie 2024". The names are folded
 * once per list, so a key press costs one pass of `includes` over the folded names.
 */
import type { Indicator } from "../../core/model/types";

/** Lower case, without accents, single spaces: "  Klanttevredenheid   Wébsite " → "klanttevredenheid website". */
export function foldText(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim();
}

/**
 * Finds indicators by name: the indicators whose names hold every word of the query, in the
 * list's order; all of them for an empty query. The names are folded on the first search, not
 * when the finder is made (the Settings tab makes it when it opens).
 */
export function indicatorFinder(indicators: readonly Indicator[]): (query: string) => readonly Indicator[] {
  let folded: readonly string[] | null = null;
  return (query) => {
    const words = foldText(query).split(" ").filter(Boolean);
    if (words.length === 0) return indicators;
    folded ??= indicators.map((indicator) => foldText(indicator.name));
    const found: Indicator[] = [];
    folded.forEach((name, i) => {
      if (words.every((word) => name.includes(word))) found.push(indicators[i]!);
    });
    return found;
  };
}
