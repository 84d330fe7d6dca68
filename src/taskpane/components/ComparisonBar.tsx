import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSwapRegular, DismissCircleRegular, DocumentArrowLeftRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { ReviewReference } from "../../core/review";
import type { PaneHost } from "../host";
import { useLang, useTexts } from "../hooks/useTexts";
import type { ChosenReference, FileLike } from "../state/comparison";
import { formatDay } from "../state/formatDate";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  current: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  name: { overflowWrap: "anywhere" },
});

export interface ComparisonBarProps {
  /** The file chosen in this session. */
  readonly chosen: ChosenReference | null;
  /** The reference the workbook's review remembers from an earlier session. */
  readonly remembered: ReviewReference | null;
  /** A version the host offers at hand (the demo's previous-year sample). */
  readonly sample: PaneHost["referenceSample"];
  readonly busy: boolean;
  readonly onChoose: (file: FileLike) => void;
  readonly onChooseSample: () => void;
  readonly onStop: () => void;
}

/**
 * 'Vergelijken met…': picks the version to compare with from the computer (it is read by the
 * engine in this pane, never uploaded), says which one is in use, and stops comparing. When the
 * review remembers a version whose file was not chosen in this session, it asks for it again.
 * A file input works in Office task panes (office-js#908); only in the workbook `npm start` opens
 * on Windows did its dialog fail to open (office-js#1577; sideloaded through Insert it opens).
 */
export function ComparisonBar({
  chosen,
  remembered,
  sample,
  busy,
  onChoose,
  onChooseSample,
  onStop,
}: ComparisonBarProps) {
  const styles = useStyles();
  const texts = useTexts();
  const lang = useLang();
  const picker = useRef<HTMLInputElement>(null);
  const described = (r: ReviewReference) => [r.name, formatDay(r.modified, lang)] as const;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button icon={<ArrowSwapRegular />} disabledFocusable={busy} onClick={() => picker.current?.click()}>
          {texts.compareWith}
        </Button>
        {sample && (
          <Button
            appearance="subtle"
            icon={<DocumentArrowLeftRegular />}
            disabledFocusable={busy}
            onClick={onChooseSample}
          >
            {texts.compareWithSample(sample.label)}
          </Button>
        )}
        <input
          ref={picker}
          type="file"
          accept={XLSX_TYPES}
          hidden
          tabIndex={-1}
          aria-label={texts.compareFileLabel}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ""; // the same file chosen again is a choice too
            if (file) onChoose(file);
          }}
        />
      </div>
      {chosen ? (
        <div className={styles.current}>
          <Text className={styles.name} weight="semibold">
            {texts.comparedWith(...described(chosen.reference))}
          </Text>
          <Button size="small" icon={<DismissCircleRegular />} disabledFocusable={busy} onClick={onStop}>
            {texts.stopComparing}
          </Button>
        </div>
      ) : (
        remembered && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody className={styles.name}>
              {texts.compareChooseAgain(...described(remembered))}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" disabledFocusable={busy} onClick={onStop}>
                {texts.stopComparing}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )
      )}
    </div>
  );
}
