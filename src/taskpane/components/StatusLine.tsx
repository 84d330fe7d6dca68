import { Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Announcement } from "../hooks/useAnnouncer";
import { useTexts } from "../hooks/useTexts";
import type { Texts } from "../i18n";
import type { CheckStep } from "../state/runCheck";

const useStyles = makeStyles({
  root: { minHeight: tokens.lineHeightBase300 },
});

function stepText(step: CheckStep, texts: Texts): string {
  switch (step.kind) {
    case "reading":
      return texts.stepReading(step.done, step.total);
    case "analysing":
      return texts.stepAnalysing;
    case "marking":
      return texts.stepMarking;
    case "review":
      return texts.stepReview;
  }
}

/** The live region: progress while the check runs, then what the last action did. */
export function StatusLine({ step, message }: { step: CheckStep | null; message: Announcement | null }) {
  const styles = useStyles();
  const texts = useTexts();
  const reading = step?.kind === "reading" && step.total > 0 ? step.done / step.total : undefined;
  return (
    <div className={styles.root} role="status" aria-live="polite">
      {step ? (
        <Field validationMessage={stepText(step, texts)} validationState="none">
          <ProgressBar value={reading} thickness="large" aria-label={stepText(step, texts)} />
        </Field>
      ) : message ? (
        <Text>{message(texts)}</Text>
      ) : null}
    </div>
  );
}
