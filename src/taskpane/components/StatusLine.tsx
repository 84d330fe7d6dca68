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
    case "analysing": {
      const { progress } = step;
      if (progress === null) return texts.stepAnalysing;
      if (progress.kind === "phase") return texts.stepPhase[progress.phase];
      if (progress.kind === "sending") return texts.stepSending(progress.done, progress.total);
      return texts.stepReceiving(progress.part, progress.done, progress.total);
    }
    case "comparing":
      return texts.stepComparing(step.file);
    case "marking":
      return texts.stepMarking(step.cells);
    case "review":
      return texts.stepReview;
  }
}

/** How far the step is, where it can tell; undefined shows a moving bar. */
function fraction(step: CheckStep): number | undefined {
  const counted =
    step.kind === "reading"
      ? step
      : step.kind === "analysing" && step.progress?.kind !== "phase"
        ? step.progress
        : null;
  return counted && counted.total > 0 ? counted.done / counted.total : undefined;
}

/** The live region: progress while the check runs, then what the last action did. */
export function StatusLine({ step, message }: { step: CheckStep | null; message: Announcement | null }) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <div className={styles.root} role="status" aria-live="polite">
      {step ? (
        <Field validationMessage={stepText(step, texts)} validationState="none">
          <ProgressBar value={fraction(step)} thickness="large" aria-label={stepText(step, texts)} />
        </Field>
      ) : message ? (
        <Text>{message(texts)}</Text>
      ) : null}
    </div>
  );
}
