import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { FindingReview, ReviewStatus } from "../../core/review";
import { useTexts } from "../hooks/useTexts";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

const COLOR: Readonly<Record<ReviewStatus, "informative" | "success" | "danger">> = {
  open: "informative",
  akkoord: "success",
  "te-corrigeren": "danger",
};

/** The verdict on a finding, and a flag when the finding changed since. */
export function ReviewBadges({ review }: { review: FindingReview | null }) {
  const styles = useStyles();
  const texts = useTexts();
  const status = review?.status ?? "open";
  return (
    <span className={styles.root}>
      <Badge appearance="tint" color={COLOR[status]} size="small">
        {texts.reviewStatus[status]}
      </Badge>
      {review?.changed && (
        <Badge appearance="filled" color="warning" size="small">
          {texts.changedSinceReview}
        </Badge>
      )}
    </span>
  );
}
