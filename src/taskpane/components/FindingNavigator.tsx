import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronUpRegular } from "@fluentui/react-icons";
import { useTexts } from "../hooks/useTexts";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  position: { flexGrow: 1, textAlign: "center" },
});

/** Vorige / "3 van 17" / Volgende, as Excel's Error Checking steps through its errors. */
export function FindingNavigator({
  position,
  total,
  onStep,
}: {
  position: number | null;
  total: number;
  onStep: (delta: 1 | -1) => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <div className={styles.root}>
      <Button icon={<ChevronUpRegular />} disabled={total === 0} onClick={() => onStep(-1)}>
        {texts.previous}
      </Button>
      <Text className={styles.position} aria-live="polite">
        {texts.position(position, total)}
      </Text>
      <Button
        icon={<ChevronDownRegular />}
        iconPosition="after"
        disabled={total === 0}
        onClick={() => onStep(1)}
      >
        {texts.next}
      </Button>
    </div>
  );
}
