import { useEffect, useRef } from "react";
import type { WorkbookGateway } from "../../core/gateway";
import type { ChangeGate } from "../state/changeGate";

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

  useEffect(() => {
    if (!enabled || !gateway.onChanged) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | null = null;
    let ended = false;
    gateway
      .onChanged(() => {
        if (!gate.accepts(Date.now())) return;
        clearTimeout(timer);
        timer = setTimeout(() => latest.current(), RECHECK_DELAY_MS);
      })
      .then(
        (off) => {
          if (ended) off().catch(report);
          else unsubscribe = off;
        },
        (error: unknown) => {
          if (!ended) report(error);
        }
      );
    return () => {
      ended = true;
      clearTimeout(timer);
      unsubscribe?.().catch(report);
    };
  }, [enabled, gateway, gate, report]);
}
