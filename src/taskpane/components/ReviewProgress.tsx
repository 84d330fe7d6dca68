import { Field, ProgressBar } from "@fluentui/react-components";
import type { ReviewProgress as Progress } from "../../core/review";
import { useTexts } from "../hooks/useTexts";

/** "5 van 17 beoordeeld" with a bar. */
export function ReviewProgress({ progress }: { progress: Progress }) {
  const texts = useTexts();
  const text = texts.reviewProgress(progress.reviewed, progress.total);
  return (
    <Field label={texts.reviewProgressLabel} validationMessage={text} validationState="none">
      <ProgressBar
        value={progress.total === 0 ? 1 : progress.reviewed / progress.total}
        color={progress.total > 0 && progress.reviewed === progress.total ? "success" : "brand"}
      />
    </Field>
  );
}
