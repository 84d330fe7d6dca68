import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useTexts } from "../hooks/useTexts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Where the clipboard is refused (some Office frames): the HTML, selected, to copy with Ctrl+C. */
export function CopyFallback({ html, onClose }: { html: string; onClose: () => void }) {
  const styles = useStyles();
  const texts = useTexts();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [html]);
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{texts.copyFallbackTitle}</MessageBarBody>
      </MessageBar>
      <Field label={texts.copyFallbackLabel}>
        <Textarea ref={ref} value={html} readOnly rows={6} onFocus={(e) => e.currentTarget.select()} />
      </Field>
      <Button onClick={onClose}>{texts.close}</Button>
    </div>
  );
}
