import { Caption1Strong, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
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
  readonly finding: Finding;
  readonly review: FindingReview | null;
  readonly selected: boolean;
  readonly active: boolean;
  readonly onChoose: () => void;
}

/** One finding as an option of the findings list: severity, sheet!cell, message, review status. */
export function FindingItem({ id, finding, review, selected, active, onChoose }: FindingItemProps) {
  const styles = useStyles();
  const texts = useTexts();
  const lang = useLang();
  const place = finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : texts.noCell;
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      data-active={active}
      className={mergeClasses(styles.option, selected && styles.selected)}
      onClick={onChoose}
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
}
