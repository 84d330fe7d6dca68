import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTexts } from "../hooks/useTexts";
import { CopyFallback } from "./CopyFallback";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

export interface DiagnosisSectionProps {
  /** The diagnosis text as it is now. */
  readonly diagnose: () => string;
  /** The host's plain-text clipboard; absent or refused, the text is shown to copy by hand. */
  readonly copyText?: (text: string) => Promise<boolean>;
}

/** 'Diagnose kopiëren': puts the diagnosis (no cell contents) on the clipboard for a support request. */
export function DiagnosisSection({ diagnose, copyText }: DiagnosisSectionProps) {
  const styles = useStyles();
  const texts = useTexts().diagnosis;
  const [byHand, setByHand] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    const text = diagnose();
    setCopied(false);
    const ok = copyText ? await copyText(text) : false;
    setByHand(ok ? null : text);
    setCopied(ok);
  };

  return (
    <section className={styles.root} aria-labelledby="diagnosis-heading">
      <Subtitle2 as="h2" id="diagnosis-heading">
        {texts.heading}
      </Subtitle2>
      <Caption1>{texts.intro}</Caption1>
      <Button onClick={() => void copy()}>{texts.copy}</Button>
      <Text role="status">{copied ? texts.copied : ""}</Text>
      {byHand !== null && (
        <CopyFallback
          html={byHand}
          title={texts.fallbackTitle}
          label={texts.fallbackLabel}
          onClose={() => setByHand(null)}
        />
      )}
    </section>
  );
}
