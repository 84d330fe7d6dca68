import { memo, startTransition, useEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "../../core/findings/types";
import type { FindingsView } from "../hooks/useFindingsView";
import type { ReviewValue } from "../hooks/useReview";
import type { CheckResult } from "../state/runCheck";
import { FindingDetail } from "./FindingDetail";
import { FindingsOverview } from "./FindingsOverview";

export interface CheckTabProps {
  readonly result: CheckResult;
  readonly review: ReviewValue;
  readonly view: FindingsView;
  readonly reviewer: string;
  readonly onReviewerChange: (name: string) => void;
}

/**
 * The result of a check, as a list and a detail page (a narrow pane has no room for both): choosing
 * a finding, or Vorige/Volgende, opens it; 'Alle bevindingen' goes back to the list.
 */
export const CheckTab = memo(function CheckTab({
  result,
  review,
  view,
  reviewer,
  onReviewerChange,
}: CheckTabProps) {
  const { analysis } = result;
  const { cursor } = view;
  const [open, setOpen] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = useMemo(
    () => analysis.findings.find((f) => f.id === cursor.currentId) ?? null,
    [analysis, cursor.currentId]
  );
  const detail = open && current !== null;

  // Keyboard focus follows the page: to the finding's heading, and back to the list.
  const shown = useRef(detail);
  useEffect(() => {
    if (shown.current === detail) return;
    shown.current = detail;
    (detail ? headingRef.current : listRef.current)?.focus();
  }, [detail]);

  // Between the list and a finding's page, React renders as a transition: in slices, input first.
  const openFinding = (finding: Finding) =>
    startTransition(() => {
      cursor.select(finding);
      setOpen(true);
    });
  const step = (delta: 1 | -1) =>
    startTransition(() => {
      cursor.step(delta);
      setOpen(true);
    });

  return detail ? (
    <FindingDetail
      analysis={analysis}
      finding={current}
      review={review}
      view={view}
      reviewer={reviewer}
      onReviewerChange={onReviewerChange}
      headingRef={headingRef}
      onBack={() => startTransition(() => setOpen(false))}
    />
  ) : (
    <FindingsOverview
      analysis={analysis}
      summary={result.summary}
      review={review}
      view={view}
      listRef={listRef}
      onOpen={openFinding}
      onStep={step}
    />
  );
});
