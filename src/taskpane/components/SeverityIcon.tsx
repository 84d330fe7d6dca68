import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/findings/types";
import { useTexts } from "../hooks/useTexts";

const useStyles = makeStyles({
  icon: { flexShrink: 0 },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

const ICONS = { error: ErrorCircle20Filled, warning: Warning20Filled, info: Info20Filled } as const;

/** Excel's own symbols: a red cross for an error, an amber triangle for a warning, a blue i for a note. */
export function SeverityIcon({ severity, labelled = true }: { severity: Severity; labelled?: boolean }) {
  const styles = useStyles();
  const texts = useTexts();
  const Icon = ICONS[severity];
  return (
    <Icon
      className={mergeClasses(styles.icon, styles[severity])}
      {...(labelled ? { "aria-label": texts.severityName[severity] } : { "aria-hidden": true })}
    />
  );
}
