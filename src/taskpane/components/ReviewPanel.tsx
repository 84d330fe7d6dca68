import {
  Caption1,
  Caption1Strong,
  Field,
  Input,
  Text,
  Textarea,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Finding } from "../../core/findings/types";
import { describeFinding } from "../../core/messages";
import type { FindingReview, ReviewStatus } from "../../core/review";
import type { ReviewOutcome } from "../hooks/useReview";
import { useLang, useTexts } from "../hooks/useTexts";
import { formatDate } from "../state/formatDate";
import { HelpLink } from "./HelpLink";
import { ReviewBadges } from "./ReviewBadges";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  finding: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  message: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const STATUSES: readonly ReviewStatus[] = ["akkoord", "te-corrigeren", "open"];

export interface ReviewPanelProps {
  readonly finding: Finding;
  readonly review: FindingReview | null;
  readonly writable: boolean;
  readonly saving: boolean;
  readonly reviewer: string;
  readonly onReviewerChange: (name: string) => void;
  readonly onJudge: (status: ReviewStatus, input: { reason: string; note: string }) => Promise<ReviewOutcome>;
}

/**
 * The selected finding and the reviewer's verdict on it: Akkoord (with a reason), Te corrigeren
 * or Open, an optional note and the reviewer's name. Mount it with key={finding.id}.
 */
export function ReviewPanel({
  finding,
  review,
  writable,
  saving,
  reviewer,
  onReviewerChange,
  onJudge,
}: ReviewPanelProps) {
  const styles = useStyles();
  const texts = useTexts();
  const lang = useLang();
  const entry = review?.entry ?? null;
  const [reason, setReason] = useState(entry?.reason ?? "");
  const [note, setNote] = useState(entry?.note ?? "");
  const [reasonMissing, setReasonMissing] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const status = review?.status ?? "open";
  const place = finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : texts.noCell;

  const judge = async (next: ReviewStatus) => {
    const outcome = await onJudge(next, { reason, note });
    setReasonMissing(outcome === "reason-required");
    if (outcome === "reason-required") reasonRef.current?.focus();
  };

  return (
    <div className={styles.root}>
      <div className={styles.finding}>
        <SeverityIcon severity={finding.severity} />
        <div className={styles.text}>
          <Caption1Strong>{place}</Caption1Strong>
          <Text className={styles.message}>{describeFinding(finding, lang)}</Text>
          <HelpLink code={finding.code} />
          <ReviewBadges review={review} />
          {entry && status !== "open" && (
            <Caption1>{texts.reviewedBy(entry.reviewer ?? null, formatDate(entry.at, lang))}</Caption1>
          )}
        </div>
      </div>
      {!writable && <Caption1>{texts.reviewReadOnly}</Caption1>}
      <Field
        label={texts.reason}
        hint={texts.reasonHint}
        validationMessage={reasonMissing ? texts.reasonRequired : undefined}
        validationState={reasonMissing ? "error" : "none"}
      >
        <Textarea
          ref={reasonRef}
          value={reason}
          resize="vertical"
          onChange={(_, data) => {
            setReason(data.value);
            if (data.value.trim() !== "") setReasonMissing(false);
          }}
        />
      </Field>
      <Field label={texts.note}>
        <Textarea value={note} resize="vertical" onChange={(_, data) => setNote(data.value)} />
      </Field>
      <Field label={texts.reviewer}>
        <Input value={reviewer} onChange={(_, data) => onReviewerChange(data.value)} />
      </Field>
      <div className={styles.actions} role="group" aria-label={texts.reviewActions}>
        {STATUSES.map((s) => (
          <ToggleButton
            key={s}
            checked={status === s}
            disabledFocusable={!writable || saving}
            onClick={() => void judge(s)}
          >
            {texts.reviewStatus[s]}
          </ToggleButton>
        ))}
      </div>
    </div>
  );
}
