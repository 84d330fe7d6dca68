/**
 * The sheet 'Tabellen invoegen' adds, planned on the worker (SheetPlan). For 20,000 indicators its
 * cells are some 200,000 objects, one structured clone of well over 50 ms, so the plan travels from
 * the worker like the check's result: its long lists (cells, row heights, merges) in parts, then
 * the rest with those lists empty.
 */
import type { PlannedCell, PlannedMerge, SheetPlan } from "../../core/layout/sheetPlan";

/** The long lists of a sheet plan, which travel from the worker in parts. */
export type PlanPart = "cells" | "rowHeights" | "merges";

export const PLAN_PARTS: readonly PlanPart[] = ["cells", "rowHeights", "merges"];

export type PlanLists = Readonly<Record<PlanPart, readonly unknown[]>>;

/** The plan's long lists, and the plan without them. */
export function splitPlan(plan: SheetPlan): { readonly lists: PlanLists; readonly rest: SheetPlan } {
  const { cells, rowHeights, merges } = plan;
  return { lists: { cells, rowHeights, merges }, rest: { ...plan, cells: [], rowHeights: [], merges: [] } };
}

/** The plan put together again from splitPlan's rest and the lists that came in parts. */
export function joinPlan(rest: SheetPlan, lists: PlanLists): SheetPlan {
  return {
    ...rest,
    cells: lists.cells as readonly PlannedCell[],
    rowHeights: lists.rowHeights as readonly number[],
    merges: lists.merges as readonly PlannedMerge[],
  };
}
