import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReviewWarning } from "../../core/review";
import { useTexts } from "../hooks/useTexts";

import type { NotesSupport } from "../state/capabilities";

/** Standing information: where mark explanations go in this Excel, and why a stored review was not used. */
export function Notices({
  notes,
  reviewWarning,
  settingsPersisted,
}: {
  notes: NotesSupport;
  reviewWarning: ReviewWarning | null;
  settingsPersisted: boolean;
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
      {!settingsPersisted && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{texts.storageUnavailable}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
