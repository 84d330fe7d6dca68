import { useCallback, useRef } from "react";
import type { Finding } from "../../core/findings/types";
import type { CellSelection, WorkbookGateway } from "../../core/gateway";
import { useSubscription } from "./useSubscription";

const placeKey = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** The listed findings by the cell they mark, each cell's in list order. */
export function findingsByCell(order: readonly Finding[]): ReadonlyMap<string, readonly Finding[]> {
  const byCell = new Map<string, Finding[]>();
  for (const f of order) {
    if (f.sheet === null || f.cell === null) continue;
    const key = placeKey(f.sheet, f.cell);
    const here = byCell.get(key);
    if (here) here.push(f);
    else byCell.set(key, [f]);
  }
  return byCell;
}

/**
 * A reviewer goes through the marked cells in Excel: selecting a cell that holds a listed finding
 * opens that finding in the pane, so every mark shows why it is there. A cell without one changes
 * nothing. The pane's own selectCell comes back as a selection of the current finding's cell and
 * changes nothing either, so the two never chase each other.
 */
export function useSelectionFollow(
  gateway: WorkbookGateway,
  order: readonly Finding[],
  currentId: string | null,
  onFollow: (finding: Finding) => void,
  report: (error: unknown) => void
): void {
  const latest = useRef({ order, currentId, onFollow });
  latest.current = { order, currentId, onFollow };
  // Worked out at the first selection after the list changed, not while the pane renders it.
  const index = useRef<{ order: readonly Finding[]; byCell: ReadonlyMap<string, readonly Finding[]> }>();

  const subscribe = useCallback(
    () =>
      gateway.onSelectionChanged!(({ sheet, cell }: CellSelection) => {
        const { order, currentId, onFollow } = latest.current;
        if (index.current?.order !== order) index.current = { order, byCell: findingsByCell(order) };
        const here = index.current.byCell.get(placeKey(sheet, cell));
        if (!here || here.some((f) => f.id === currentId)) return;
        onFollow(here[0]!);
      }),
    [gateway]
  );
  useSubscription(gateway.onSelectionChanged ? subscribe : null, report);
}
