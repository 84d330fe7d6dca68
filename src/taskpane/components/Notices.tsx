import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReviewWarning } from "../../core/review";
import { useTexts } from "../hooks/useTexts";

import type { NotesSupport } from "../state/capabilities";

/**
 * Standing information: where mark explanations go in this Excel, why a stored review was not
 * used, which sheets were checked without their merged cells, and on which sheets Excel would not
 * list the conditional formats (so marks of an earlier check may remain there).
 */
export function Notices({
  notes,
  reviewWarning,
  settingsPersisted,
  mergesSkipped = [],
  formatsUnread = [],
}: {
  notes: NotesSupport;
  reviewWarning: ReviewWarning | null;
  settingsPersisted: boolean;
  mergesSkipped?: readonly string[];
  /** Sheets whose conditional formats Excel would not list when marking or clearing. */
  formatsUnread?: readonly string[];
}) {
  const texts = useTexts();
  return (
    <>
      {(notes === "comments" || notes === "none") && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{texts.notesUnavailable[notes]}</MessageBarBody>
        </MessageBar>
      )}
      {reviewWarning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{texts.reviewWarning[reviewWarning]}</MessageBarBody>
        </MessageBar>
      )}
      {mergesSkipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{texts.mergesSkipped(mergesSkipped)}</MessageBarBody>
        </MessageBar>
      )}
      {formatsUnread.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{texts.formatsUnread(formatsUnread)}</MessageBarBody>
        </MessageBar>
      )}
      {!settingsPersisted && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{texts.storageUnavailable}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
