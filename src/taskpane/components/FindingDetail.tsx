import { Button, Caption1, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import type { Ref } from "react";
import type { Finding } from "../../core/findings/types";
import type { Analysis } from "../../core/model/types";
import type { FindingsView } from "../hooks/useFindingsView";
import type { ReviewValue } from "../hooks/useReview";
import { useTexts } from "../hooks/useTexts";
import { FindingNavigator } from "./FindingNavigator";
import { ReviewPanel } from "./ReviewPanel";
import { ReviewProgress } from "./ReviewProgress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  back: { alignSelf: "flex-start" },
  heading: { ...typographyStyles.subtitle2, outlineStyle: "none" },
});

export interface FindingDetailProps {
  readonly analysis: Analysis;
  readonly finding: Finding;
  readonly review: ReviewValue;
  readonly view: FindingsView;
  readonly reviewer: string;
  readonly onReviewerChange: (name: string) => void;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onBack: () => void;
}

/** One finding, as Excel's Error Checking shows one error: where, what, and the reviewer's verdict. */
export function FindingDetail(props: FindingDetailProps) {
  const { analysis, finding, review, view, reviewer } = props;
  const styles = useStyles();
  const texts = useTexts();
  const indicator = analysis.programme.indicators.find((i) => i.id === finding.indicatorId);
  return (
    <section className={styles.root} aria-labelledby="current-heading">
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={props.onBack}>
        {texts.backToList}
      </Button>
      <h2 id="current-heading" tabIndex={-1} ref={props.headingRef} className={styles.heading}>
        {texts.currentHeading}
      </h2>
      {indicator && <Caption1>{indicator.name}</Caption1>}
      <FindingNavigator position={view.cursor.position} total={view.cursor.total} onStep={view.cursor.step} />
      <ReviewPanel
        key={finding.id}
        finding={finding}
        review={review.view?.byFinding.get(finding.id) ?? null}
        writable={review.writable}
        saving={review.saving}
        reviewer={reviewer}
        onReviewerChange={props.onReviewerChange}
        onJudge={(status, input) => review.judge(finding, status, { ...input, reviewer })}
      />
      {review.view && <ReviewProgress progress={review.view.progress} />}
    </section>
  );
}
