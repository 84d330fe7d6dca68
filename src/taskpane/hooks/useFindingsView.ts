import { useMemo, useState } from "react";
import type { Finding } from "../../core/findings/types";
import type { WorkbookGateway } from "../../core/gateway";
import type { Analysis } from "../../core/model/types";
import type { ReviewView } from "../../core/review";
import { applyFilters, NO_FILTERS, type FindingFilters } from "../state/filters";
import { groupFindings, listOrder, type FindingGroup, type GroupMode } from "../state/grouping";
import { useCursor, type CursorValue } from "./useCursor";

export interface FindingsView {
  readonly mode: GroupMode;
  readonly setMode: (mode: GroupMode) => void;
  readonly filters: FindingFilters;
  readonly setFilters: (filters: FindingFilters) => void;
  /** Whether the filters section is unfolded (kept while a finding is open). */
  readonly filtersOpen: boolean;
  readonly setFiltersOpen: (open: boolean) => void;
  /** The findings that pass the filters. */
  readonly shown: readonly Finding[];
  readonly groups: readonly FindingGroup[];
  /** Steps through the list in the order it shows. */
  readonly cursor: CursorValue;
}

const NONE: readonly Finding[] = [];

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
  const shown = useMemo(
    () => (analysis ? applyFilters(analysis.findings, filters, review) : NONE),
    [analysis, filters, review]
  );
  const groups = useMemo(
    () => (analysis ? groupFindings(analysis, shown, mode) : []),
    [analysis, shown, mode]
  );
  const order = useMemo(() => listOrder(groups), [groups]);
  const cursor = useCursor(order, gateway, report);
  return { mode, setMode, filters, setFilters, filtersOpen, setFiltersOpen, shown, groups, cursor };
}
