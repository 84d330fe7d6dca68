import type { IndicatorId } from "../findings/types";
import type { Indicator, Programme } from "../model/types";
import { safeText } from "./safeText";
import type { LayoutTexts } from "./texts";
import type { LayoutOptions, RelationLine, RelationTable } from "./types";

/**
 * The relation table (Resultaten | Prestatie-indicator(en)), one row per result in the author's order.
 * As written, a row lists the author's reference lines ("Klanttevredenheid publieksbalie Harm;
 * Buiterplein/Kreupelstraat/Haren"); resolved, it lists each linked indicator once under its name in
 * the indicator table ("Klanttevredenheid publieksbalie Harm Buiterplein.", "… Kreupelstraat.", …).
 */
export function buildRelationTable(
  programme: Programme,
  texts: LayoutTexts,
  lang: "nl" | "en",
  options: LayoutOptions
): RelationTable | null {
  const table = programme.tables.find((t) => t.kind === "mapping");
  if (!table) return null;
  const names = new Map<IndicatorId, string>(programme.indicators.map((i: Indicator) => [i.id, i.name]));
  const mode = options.references ?? "as-written";
  return {
    title: safeText(lang === "nl" && table.title ? table.title : texts.relationTitle(programme.name)),
    columns: texts.relationColumns,
    rows: programme.results.map((result) => {
      const withoutIndicator = result.references.length === 0;
      return {
        result: safeText(result.text),
        lines:
          mode === "resolved"
            ? resolvedLines(result.references, names)
            : result.references.map((r) => ({
                text: safeText(r.text),
                indicatorIds: r.indicatorIds,
                resolved: r.indicatorIds.length > 0,
              })),
        withoutIndicator,
        note: withoutIndicator && options.markResultsWithoutIndicator ? texts.withoutIndicator : null,
      };
    }),
  };
}

/** Each indicator once, in the order first referenced; a reference that resolved to nothing stays as written. */
function resolvedLines(
  references: Programme["results"][number]["references"],
  names: ReadonlyMap<IndicatorId, string>
): RelationLine[] {
  const seen = new Set<IndicatorId>();
  const lines: RelationLine[] = [];
  for (const ref of references) {
    if (ref.indicatorIds.length === 0) {
      lines.push({ text: safeText(ref.text), indicatorIds: [], resolved: false });
      continue;
    }
    for (const id of ref.indicatorIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      lines.push({ text: safeText(names.get(id) ?? ref.text), indicatorIds: [id], resolved: true });
    }
  }
  return lines;
}
