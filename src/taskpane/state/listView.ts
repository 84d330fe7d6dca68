import type { Finding } from "../../core/findings/types";
import type { Analysis } from "../../core/model/types";
import type { ReviewView } from "../../core/review";
import { findingFilter, isFiltering, type FindingFilters } from "./filters";
import { groupSteps, type FindingGroup, type GroupMode } from "./grouping";
import { STRIDE, type Steps } from "./slices";

/** The findings list as the pane shows it: filtered, grouped, and indexed for stepping through. */
export interface ListView {
  /** The findings that pass the filters. */
  readonly shown: readonly Finding[];
  readonly groups: readonly FindingGroup[];
  /** The findings in the order the list shows them: what Vorige/Volgende step through. */
  readonly order: readonly Finding[];
  /** Where each group starts in `order`. */
  readonly starts: readonly number[];
  /** Each listed finding's place in `order`, by id. */
  readonly indexOf: ReadonlyMap<string, number>;
}

export const EMPTY_LIST: ListView = { shown: [], groups: [], order: [], starts: [], indexOf: new Map() };

/** Builds the ListView in pieces (see slices.ts); `review` matters only to a review filter. */
export function* listViewSteps(
  analysis: Analysis,
  filters: FindingFilters,
  review: ReviewView | null,
  mode: GroupMode
): Steps<ListView> {
  let shown: readonly Finding[] = analysis.findings;
  if (isFiltering(filters)) {
    const passes = findingFilter(filters, review);
    const kept: Finding[] = [];
    for (let n = 0; n < analysis.findings.length; n++) {
      const f = analysis.findings[n]!;
      if (passes(f)) kept.push(f);
      if (n % STRIDE === STRIDE - 1) yield;
    }
    shown = kept;
  }
  const groups = yield* groupSteps(analysis, shown, mode);
  const order: Finding[] = [];
  const starts: number[] = [];
  const indexOf = new Map<string, number>();
  for (const group of groups) {
    starts.push(order.length);
    for (const f of group.findings) {
      indexOf.set(f.id, order.length);
      order.push(f);
      if (order.length % STRIDE === 0) yield;
    }
  }
  return { shown, groups, order, starts, indexOf };
}

/** The group that holds the finding at `index` of the order: the last start at or before it. */
export function groupAt(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= index) low = mid;
    else high = mid - 1;
  }
  return low;
}
