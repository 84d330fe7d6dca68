import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { EraserRegular, PlayRegular } from "@fluentui/react-icons";
import { useTexts } from "../hooks/useTexts";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** 'Controleren' and 'Markeringen wissen'. */
export function CheckToolbar({
  running,
  clearing,
  onCheck,
  onClear,
}: {
  running: boolean;
  clearing: boolean;
  onCheck: () => void;
  onClear: () => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <div className={styles.root}>
      <Button appearance="primary" icon={<PlayRegular />} disabledFocusable={running} onClick={onCheck}>
        {texts.check}
      </Button>
      <Button icon={<EraserRegular />} disabledFocusable={running || clearing} onClick={onClear}>
        {texts.clearMarks}
      </Button>
    </div>
  );
}
