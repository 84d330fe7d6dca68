import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useErrors } from "../hooks/useErrors";
import { useTexts } from "../hooks/useTexts";
import { describeError } from "../state/errors";

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
          <MessageBar key={id} intent={shown.intent} layout="multiline" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{shown.title}</MessageBarTitle> {shown.body}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={texts.dismiss}
                  icon={<DismissRegular />}
                  onClick={() => dismiss(id)}
                />
              }
            />
          </MessageBar>
        );
      })}
    </MessageBarGroup>
  );
}
