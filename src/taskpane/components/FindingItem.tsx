import { Caption1Strong, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { Finding } from "../../core/findings/types";
import { describeFinding } from "../../core/messages";
import type { FindingReview } from "../../core/review";
import { useLang, useTexts } from "../hooks/useTexts";
import { ReviewBadges } from "./ReviewBadges";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  option: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset ${tokens.strokeWidthThick} 0 0 ${tokens.colorBrandStroke1}`,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  top: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  message: { overflowWrap: "anywhere" },
});

export interface FindingItemProps {
  readonly id: string;
  /** 1-based place in the whole list, which may be rendered only in part. */
  readonly position: number;
  readonly total: number;
  readonly finding: Finding;
  readonly review: FindingReview | null;
  readonly selected: boolean;
  readonly active: boolean;
  readonly onChoose: (finding: Finding) => void;
}

/**
 * One finding as an option of the findings list: severity, sheet!cell, message, review status.
 * Memoised: showing more of a long list renders only the options that are new.
 */
export const FindingItem = memo(function FindingItem({
  id,
  position,
  total,
  finding,
  review,
  selected,
  active,
  onChoose,
}: FindingItemProps) {
  const styles = useStyles();
  const texts = useTexts();
  const lang = useLang();
  const place = finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : texts.noCell;
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={total}
      data-active={active}
      data-code={finding.code}
      data-severity={finding.severity}
      className={mergeClasses(styles.option, selected && styles.selected)}
      onClick={() => onChoose(finding)}
    >
      <SeverityIcon severity={finding.severity} />
      <div className={styles.body}>
        <div className={styles.top}>
          <Caption1Strong>{place}</Caption1Strong>
        </div>
        <Text className={styles.message}>{describeFinding(finding, lang)}</Text>
        <ReviewBadges review={review} />
      </div>
    </div>
  );
});
