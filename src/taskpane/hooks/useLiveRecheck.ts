import { useCallback, useEffect, useRef } from "react";
import type { WorkbookGateway } from "../../core/gateway";
import type { ChangeGate } from "../state/changeGate";
import { useSubscription } from "./useSubscription";

export const RECHECK_DELAY_MS = 1500;

interface WithEchoCapability {
  capabilities(): { readonly triggerSource?: boolean };
}

/**
 * Whether the gateway passes over the echo of the pane's own writes itself: the Excel gateway on
 * ExcelApi 1.14 and later, where Excel names the source of every change event (src/excel/events.ts).
 */
export function echoesFiltered(gateway: WorkbookGateway): boolean {
  const capabilities = (gateway as Partial<WithEchoCapability>).capabilities;
  if (typeof capabilities !== "function") return false;
  try {
    return capabilities.call(gateway).triggerSource === true;
  } catch {
    return false;
  }
}

/**
 * With live re-check on, an edit in the workbook starts a check 1.5 s after the last edit.
 * Edits the pane makes itself (marks, the tables sheet) are not re-checked: where the gateway
 * passes over their echo itself (echoesFiltered), every change it reports is the user's, also one
 * made while a check runs, which then queues one more check; elsewhere the gate holds changes
 * back while the pane writes and for a moment after.
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

  const subscribe = useCallback(() => {
    const filtered = echoesFiltered(gateway);
    return gateway.onChanged!(() => {
      if (!filtered && !gate.accepts(Date.now())) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(), RECHECK_DELAY_MS);
    });
  }, [gateway, gate]);
  useSubscription(enabled && gateway.onChanged ? subscribe : null, report);
}
