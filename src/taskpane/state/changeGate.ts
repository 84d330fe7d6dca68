/**
 * Tells the workbook's own edits from the pane's: while the pane writes (marks, the tables sheet)
 * and for a moment after, Excel's change events are the pane's echo and must not trigger a re-check.
 */
export interface ChangeGate {
  /** The pane starts writing. */
  begin(): void;
  /** The pane finished writing at `now` (ms). */
  end(now: number): void;
  /** Whether a change event at `now` is the user's. */
  accepts(now: number): boolean;
}

export const ECHO_MS = 1000;

export function createChangeGate(echoMs = ECHO_MS): ChangeGate {
  let writing = 0;
  let quietUntil = 0;
  return {
    begin: () => {
      writing++;
    },
    end: (now) => {
      writing = Math.max(0, writing - 1);
      quietUntil = Math.max(quietUntil, now + echoMs);
    },
    accepts: (now) => writing === 0 && now >= quietUntil,
  };
}
