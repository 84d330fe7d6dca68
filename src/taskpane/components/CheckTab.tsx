import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "../../core/findings/types";
import type { WorkbookGateway } from "../../core/gateway";
import { useErrors } from "../hooks/useErrors";
import { useSelectionFollow } from "../hooks/useSelectionFollow";
import type { FindingsView } from "../hooks/useFindingsView";
import type { ReviewValue } from "../hooks/useReview";
import type { CheckResult } from "../state/runCheck";
import { FindingDetail } from "./FindingDetail";
import { FindingsOverview } from "./FindingsOverview";

const NO_FINDINGS: readonly Finding[] = [];

export interface CheckTabProps {
  readonly gateway: WorkbookGateway;
  readonly result: CheckResult;
  readonly review: ReviewValue;
  readonly view: FindingsView;
  readonly reviewer: string;
  readonly onReviewerChange: (name: string) => void;
}

/**
 * The result of a check, as a list and a detail page (a narrow pane has no room for both): choosing
 * a finding, Vorige/Volgende, or selecting its cell in Excel opens it; 'Alle bevindingen' goes back
 * to the list.
 */
export const CheckTab = memo(function CheckTab({
  gateway,
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
  // Selecting a marked cell in Excel opens its finding here.
  const { report } = useErrors();
  const followFinding = useCallback(
    (finding: Finding) =>
      startTransition(() => {
        cursor.follow(finding);
        setOpen(true);
      }),
    [cursor]
  );
  useSelectionFollow(gateway, view.list?.order ?? NO_FINDINGS, cursor.currentId, followFinding, report);

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
