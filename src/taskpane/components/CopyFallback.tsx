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

export interface CopyFallbackProps {
  /** The HTML (or other text) to copy by hand; null when it is too large to show here. */
  readonly html: string | null;
  /** Downloads the tables as .html instead. */
  readonly onDownload?: () => void;
  /** What to say and how to label the text, when it is not the tables' HTML. */
  readonly title?: string;
  readonly label?: string;
  readonly onClose: () => void;
}

/**
 * Where the clipboard is refused (some Office frames): the HTML, selected, to copy with Ctrl+C. HTML
 * too large to show (megabytes: a text box that size would hold the pane for seconds) is offered as
 * the .html download instead.
 */
export function CopyFallback({ html, onDownload, onClose, title, label }: CopyFallbackProps) {
  const styles = useStyles();
  const texts = useTexts();
  const ref = useRef<HTMLTextAreaElement>(null);
  const download = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (html === null) download.current?.focus();
    ref.current?.focus();
    ref.current?.select();
  }, [html]);
  if (html === null)
    return (
      <div className={styles.root}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{texts.copyTooLarge}</MessageBarBody>
        </MessageBar>
        {onDownload && (
          <Button ref={download} appearance="primary" onClick={onDownload}>
            {texts.downloadHtml}
          </Button>
        )}
        <Button onClick={onClose}>{texts.close}</Button>
      </div>
    );
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{title ?? texts.copyFallbackTitle}</MessageBarBody>
      </MessageBar>
      <Field label={label ?? texts.copyFallbackLabel}>
        <Textarea ref={ref} value={html} readOnly rows={6} onFocus={(e) => e.currentTarget.select()} />
      </Field>
      <Button onClick={onClose}>{texts.close}</Button>
    </div>
  );
}
