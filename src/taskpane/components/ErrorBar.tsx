import { MessageBarGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useErrors } from "../hooks/useErrors";
import { useTexts } from "../hooks/useTexts";
import { describeError } from "../state/errors";
import { DismissibleMessageBar } from "./DismissibleMessageBar";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Every reported error as a MessageBar: what happened and what to do, until dismissed. */
export function ErrorBar() {
  const styles = useStyles();
  const texts = useTexts();
  const { errors, dismiss } = useErrors();
  if (errors.length === 0) return null;
  return (
    <MessageBarGroup className={styles.group}>
      {errors.map(({ id, error }) => {
        const shown = describeError(error, texts);
        return (
          <DismissibleMessageBar
            key={id}
            intent={shown.intent}
            title={shown.title}
            dismissLabel={texts.dismiss}
            onDismiss={() => dismiss(id)}
          >
            {shown.body}
          </DismissibleMessageBar>
        );
      })}
    </MessageBarGroup>
  );
}
