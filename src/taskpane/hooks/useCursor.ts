import { useCallback, useMemo, useState } from "react";
import type { Finding } from "../../core/findings/types";
import type { WorkbookGateway } from "../../core/gateway";
import { positionIn, stepThrough } from "../state/cursor";

export interface CursorValue {
  readonly currentId: string | null;
  /** 1-based place of the current finding among the listed ones, or null. */
  readonly position: number | null;
  readonly total: number;
  readonly select: (finding: Finding) => void;
  readonly step: (delta: 1 | -1) => void;
}

/** The current finding: chosen in the list or by Vorige/Volgende, and selected in Excel. */
export function useCursor(
  order: readonly Finding[],
  gateway: WorkbookGateway,
  report: (error: unknown) => void
): CursorValue {
  const [currentId, setCurrentId] = useState<string | null>(null);
  const ids = useMemo(() => order.map((f) => f.id as string), [order]);

  const select = useCallback(
    (finding: Finding) => {
      setCurrentId(finding.id);
      if (finding.sheet !== null && finding.cell !== null)
        gateway.selectCell(finding.sheet, finding.cell).catch(report);
    },
    [gateway, report]
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      const id = stepThrough(ids, currentId, delta);
      const finding = order.find((f) => f.id === id);
      if (finding) select(finding);
    },
    [ids, currentId, order, select]
  );

  return { currentId, position: positionIn(ids, currentId), total: ids.length, select, step };
}
