import { useCallback, useMemo, useState } from "react";
import type { Finding } from "../../core/findings/types";
import type { WorkbookGateway } from "../../core/gateway";
import { stepIndex } from "../state/cursor";

export interface CursorValue {
  readonly currentId: string | null;
  /** 1-based place of the current finding among the listed ones, or null. */
  readonly position: number | null;
  readonly total: number;
  /** Makes the finding current and selects its cell in Excel. */
  readonly select: (finding: Finding) => void;
  /** Makes the finding current without selecting anything: the user already selected its cell. */
  readonly follow: (finding: Finding) => void;
  readonly step: (delta: 1 | -1) => void;
}

/**
 * The current finding: chosen in the list or by Vorige/Volgende, and selected in Excel. `indexOf`
 * gives each finding's place in `order`, so finding the current one takes no search.
 */
export function useCursor(
  order: readonly Finding[],
  indexOf: ReadonlyMap<string, number>,
  gateway: WorkbookGateway,
  report: (error: unknown) => void
): CursorValue {
  const [currentId, setCurrentId] = useState<string | null>(null);
  const at = currentId === null ? -1 : (indexOf.get(currentId) ?? -1);

  const select = useCallback(
    (finding: Finding) => {
      setCurrentId(finding.id);
      if (finding.sheet !== null && finding.cell !== null)
        gateway.selectCell(finding.sheet, finding.cell).catch(report);
    },
    [gateway, report]
  );

  const follow = useCallback((finding: Finding) => setCurrentId(finding.id), []);

  const step = useCallback(
    (delta: 1 | -1) => {
      const next = stepIndex(order.length, at, delta);
      const finding = next === null ? undefined : order[next];
      if (finding) select(finding);
    },
    [order, at, select]
  );

  const total = order.length;
  return useMemo(
    () => ({ currentId, position: at === -1 ? null : at + 1, total, select, follow, step }),
    [currentId, at, total, select, follow, step]
  );
}
