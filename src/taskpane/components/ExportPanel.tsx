import { Button, Spinner, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  CopyRegular,
  DocumentArrowDownRegular,
  TableAddRegular,
  CodeRegular,
  TextBulletListSquareRegular,
} from "@fluentui/react-icons";
import type { ReactElement } from "react";
import type { ExportAction, ExportValue } from "../hooks/useExport";
import { useTexts } from "../hooks/useTexts";
import type { Texts } from "../i18n";
import { CopyFallback } from "./CopyFallback";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  options: { display: "flex", flexDirection: "column" },
  actions: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  action: { justifyContent: "flex-start" },
});

const ACTIONS: readonly { action: ExportAction; label: (t: Texts) => string; icon: ReactElement }[] = [
  { action: "insert", label: (t) => t.insertTables, icon: <TableAddRegular /> },
  { action: "findings", label: (t) => t.insertFindings, icon: <TextBulletListSquareRegular /> },
  { action: "docx", label: (t) => t.downloadDocx, icon: <DocumentArrowDownRegular /> },
  { action: "html", label: (t) => t.downloadHtml, icon: <CodeRegular /> },
  { action: "copy", label: (t) => t.copyHtml, icon: <CopyRegular /> },
];

export interface ExportPanelProps {
  readonly ready: boolean;
  readonly harmonise: boolean;
  readonly statusColumn: boolean;
  /** What the changed targets are footnoted against ("begroting 2025"), when a comparison found any. */
  readonly changedAgainst?: string | null;
  readonly markChangedTargets?: boolean;
  readonly onOptions: (options: {
    harmonise?: boolean;
    statusColumn?: boolean;
    markChangedTargets?: boolean;
  }) => void;
  readonly exporting: ExportValue;
}

/** The budget page's tables: into a new sheet, as .docx or .html, or onto the clipboard. */
export function ExportPanel({
  ready,
  harmonise,
  statusColumn,
  changedAgainst = null,
  markChangedTargets = false,
  onOptions,
  exporting,
}: ExportPanelProps) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <section className={styles.root} aria-label={texts.exportHeading}>
      {!ready && <Text>{texts.exportNeedsCheck}</Text>}
      <div className={styles.options}>
        <Switch
          label={texts.harmonise}
          checked={harmonise}
          onChange={(_, data) => onOptions({ harmonise: data.checked })}
        />
        <Switch
          label={texts.statusColumn}
          checked={statusColumn}
          onChange={(_, data) => onOptions({ statusColumn: data.checked })}
        />
        {changedAgainst !== null && (
          <Switch
            label={texts.markChangedTargets(changedAgainst)}
            checked={markChangedTargets}
            onChange={(_, data) => onOptions({ markChangedTargets: data.checked })}
          />
        )}
      </div>
      <div className={styles.actions}>
        {ACTIONS.map(({ action, label, icon }) => (
          <Button
            key={action}
            className={styles.action}
            icon={exporting.busy === action ? <Spinner size="extra-tiny" aria-label={texts.working} /> : icon}
            disabledFocusable={!ready || exporting.busy !== null}
            onClick={() => exporting.start(action)}
          >
            {label(texts)}
          </Button>
        ))}
      </div>
      <div aria-live="polite">
        {exporting.insertedSheet && <Text>{texts.insertedAs(exporting.insertedSheet)}</Text>}
        {exporting.insertedFindings && <Text>{texts.findingsInsertedAs(exporting.insertedFindings)}</Text>}
      </div>
      {exporting.copyFallback !== null && (
        <CopyFallback
          html={exporting.copyFallback.html}
          onDownload={() => {
            exporting.closeFallback();
            exporting.start("html");
          }}
          onClose={exporting.closeFallback}
        />
      )}
    </section>
  );
}
