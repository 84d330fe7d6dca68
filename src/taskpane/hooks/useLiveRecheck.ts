import { useCallback, useEffect, useRef } from "react";
import type { WorkbookGateway } from "../../core/gateway";
import type { ChangeGate } from "../state/changeGate";
import { useSubscription } from "./useSubscription";

export const RECHECK_DELAY_MS = 1500;

/**
 * With live re-check on, an edit in the workbook starts a check 1.5 s after the last edit.
 * Edits the pane makes itself (marks, the tables sheet) are let through the gate, not re-checked.
 */
export function useLiveRecheck(
  gateway: WorkbookGateway,
  enabled: boolean,
  gate: ChangeGate,
  recheck: () => void,
  report: (error: unknown) => void
): void {
  const latest = useRef(recheck);
  latest.current = recheck;
  const timer = useRef<ReturnType<typeof setTimeout>>();
  // A re-check still waiting is dropped when live re-check is switched off or the pane closes.
  useEffect(() => () => clearTimeout(timer.current), [enabled, gateway, gate]);

  const subscribe = useCallback(
    () =>
      gateway.onChanged!(() => {
        if (!gate.accepts(Date.now())) return;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => latest.current(), RECHECK_DELAY_MS);
      }),
    [gateway, gate]
  );
  useSubscription(enabled && gateway.onChanged ? subscribe : null, report);
}
