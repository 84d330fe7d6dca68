import { startTransition, useEffect, useMemo, useState } from "react";
import type { Finding } from "../../core/findings/types";
import type { WorkbookGateway } from "../../core/gateway";
import type { Analysis } from "../../core/model/types";
import type { ReviewView } from "../../core/review";
import { NO_FILTERS, type FindingFilters } from "../state/filters";
import type { FindingGroup, GroupMode } from "../state/grouping";
import { EMPTY_LIST, listViewSteps, type ListView } from "../state/listView";
import { runSliced, runToEnd } from "../state/slices";
import { useCursor, type CursorValue } from "./useCursor";

export interface FindingsView {
  readonly mode: GroupMode;
  readonly setMode: (mode: GroupMode) => void;
  readonly filters: FindingFilters;
  readonly setFilters: (filters: FindingFilters) => void;
  /** Whether the filters section is unfolded (kept while a finding is open). */
  readonly filtersOpen: boolean;
  readonly setFiltersOpen: (open: boolean) => void;
  /**
   * The list as filtered and grouped; null while the first one for this analysis is worked out.
   * A large list is worked out in slices, so the pane stays responsive meanwhile.
   */
  readonly list: ListView | null;
  /** True while the list is being worked out again (it shows the previous one meanwhile). */
  readonly updating: boolean;
  /** The findings that pass the filters. */
  readonly shown: readonly Finding[];
  readonly groups: readonly FindingGroup[];
  /** Steps through the list in the order it shows. */
  readonly cursor: CursorValue;
}

/** Up to this many findings the list is worked out at once, during the render that needs it. */
export const SYNC_LIMIT = 5000;

interface Inputs {
  readonly analysis: Analysis;
  readonly filters: FindingFilters;
  readonly review: ReviewView | null;
  readonly mode: GroupMode;
}

const sameInputs = (a: Inputs, b: Inputs) =>
  a.analysis === b.analysis && a.filters === b.filters && a.review === b.review && a.mode === b.mode;

/** Grouping, filters and the current finding, kept across checks and tab switches. */
export function useFindingsView(
  analysis: Analysis | null,
  review: ReviewView | null,
  gateway: WorkbookGateway,
  report: (error: unknown) => void
): FindingsView {
  const [mode, setMode] = useState<GroupMode>("indicator");
  const [filters, setFilters] = useState<FindingFilters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // The review changes with every verdict, but only a review filter makes the list depend on it.
  const reviewUsed = filters.review.length > 0 ? review : null;
  const inputs = useMemo<Inputs | null>(
    () => (analysis ? { analysis, filters, review: reviewUsed, mode } : null),
    [analysis, filters, reviewUsed, mode]
  );
  const sliced = (analysis?.findings.length ?? 0) > SYNC_LIMIT;

  const direct = useMemo(
    () =>
      inputs && !sliced
        ? runToEnd(listViewSteps(inputs.analysis, inputs.filters, inputs.review, inputs.mode))
        : null,
    [inputs, sliced]
  );
  const [built, setBuilt] = useState<{ inputs: Inputs; list: ListView } | null>(null);
  useEffect(() => {
    if (!inputs || !sliced) return;
    const cancel = { cancelled: false };
    void runSliced(listViewSteps(inputs.analysis, inputs.filters, inputs.review, inputs.mode), cancel).then(
      (list) => {
        // Rendered as a transition: React renders the list in slices too, and keeps input first.
        if (list) startTransition(() => setBuilt({ inputs, list }));
      }
    );
    return () => {
      cancel.cancelled = true;
    };
  }, [inputs, sliced]);

  const fromBuilt = built && inputs && built.inputs.analysis === inputs.analysis ? built : null;
  const list = sliced ? (fromBuilt?.list ?? null) : direct;
  const updating = sliced && inputs !== null && (fromBuilt === null || !sameInputs(fromBuilt.inputs, inputs));
  const { order, indexOf, shown, groups } = list ?? EMPTY_LIST;
  const cursor = useCursor(order, indexOf, gateway, report);
  return useMemo(
    () => ({
      mode,
      setMode,
      filters,
      setFilters,
      filtersOpen,
      setFiltersOpen,
      list,
      updating,
      shown,
      groups,
      cursor,
    }),
    [mode, filters, filtersOpen, list, updating, shown, groups, cursor]
  );
}
