import { useCallback, useMemo, useState } from "react";
import type { Finding } from "../../core/findings/types";
import type { WorkbookGateway } from "../../core/gateway";
import type { Lang } from "../../core/messages";
import {
  EMPTY_REVIEW,
  reviewView,
  setReview,
  type ReviewInput,
  type ReviewState,
  type ReviewStatus,
  type ReviewView,
} from "../../core/review";
import type { CheckResult } from "../state/runCheck";

export type ReviewOutcome = "saved" | "reason-required" | "failed" | "read-only";

export interface ReviewValue {
  readonly state: ReviewState;
  readonly view: ReviewView | null;
  /** False when the stored review must not be overwritten. */
  readonly writable: boolean;
  readonly saving: boolean;
  readonly judge: (finding: Finding, status: ReviewStatus, input: ReviewInput) => Promise<ReviewOutcome>;
}

/**
 * The review of the last check's findings. Every check brings the stored review (reconciled with
 * its findings); every verdict is saved to the workbook through the gateway before it shows.
 */
export function useReview(
  gateway: WorkbookGateway,
  result: CheckResult | null,
  lang: Lang,
  report: (error: unknown) => void
): ReviewValue {
  const [state, setState] = useState<ReviewState>(result?.review ?? EMPTY_REVIEW);
  const [from, setFrom] = useState(result);
  const [saving, setSaving] = useState(false);
  if (from !== result) {
    // A new check: its reconciled review replaces ours (React's "adjust state when a prop changes").
    setFrom(result);
    setState(result?.review ?? EMPTY_REVIEW);
  }
  const writable = result?.reviewWritable ?? false;
  const findings = result?.analysis.findings ?? null;
  // Only judged findings get an entry: the list takes a missing one as 'open'.
  const view = useMemo(
    () => (findings ? reviewView(state, findings, { judgedOnly: true }) : null),
    [state, findings]
  );

  const judge = useCallback(
    async (finding: Finding, status: ReviewStatus, input: ReviewInput): Promise<ReviewOutcome> => {
      if (!writable) return "read-only";
      const next = setReview(state, finding, status, input, new Date(), lang);
      if (!next.ok) return "reason-required";
      setSaving(true);
      try {
        await gateway.saveReview(next.state);
        setState(next.state);
        return "saved";
      } catch (error) {
        report(error);
        return "failed";
      } finally {
        setSaving(false);
      }
    },
    [gateway, lang, report, state, writable]
  );

  return useMemo(() => ({ state, view, writable, saving, judge }), [state, view, writable, saving, judge]);
}
