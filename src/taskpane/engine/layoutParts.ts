/**
 * A budget layout of 20,000 indicators is one structured clone of well over 50 ms, so it travels
 * from the worker like the check's result: its three long lists (the relation table's rows, the
 * indicator table's rows, the toelichting's entries) in parts, then the rest with those lists empty.
 */
import type { BudgetLayout, ExplanationEntry, IndicatorTableRow, RelationRow } from "../../core/layout/types";

/** The long lists of a layout, which travel from the worker in parts. */
export type LayoutPart = "relation" | "indicators" | "explanations";

export const LAYOUT_PARTS: readonly LayoutPart[] = ["relation", "indicators", "explanations"];

export type LayoutLists = Readonly<Record<LayoutPart, readonly unknown[]>>;

/** The layout's long lists, and the layout without them. */
export function splitLayout(layout: BudgetLayout): {
  readonly lists: LayoutLists;
  readonly rest: BudgetLayout;
} {
  const { relation, indicators, explanations } = layout;
  return {
    lists: {
      relation: relation?.rows ?? [],
      indicators: indicators?.rows ?? [],
      explanations: explanations.entries,
    },
    rest: {
      ...layout,
      relation: relation && { ...relation, rows: [] },
      indicators: indicators && { ...indicators, rows: [] },
      explanations: { ...explanations, entries: [] },
    },
  };
}

/** The layout put together again from splitLayout's rest and the lists that came in parts. */
export function joinLayout(rest: BudgetLayout, lists: LayoutLists): BudgetLayout {
  return {
    ...rest,
    relation: rest.relation && { ...rest.relation, rows: lists.relation as readonly RelationRow[] },
    indicators: rest.indicators && {
      ...rest.indicators,
      rows: lists.indicators as readonly IndicatorTableRow[],
    },
    explanations: { ...rest.explanations, entries: lists.explanations as readonly ExplanationEntry[] },
  };
}
