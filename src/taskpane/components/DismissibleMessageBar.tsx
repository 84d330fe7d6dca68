import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

export interface DismissibleMessageBarProps {
  readonly intent: MessageBarIntent;
  readonly title: ReactNode;
  readonly children?: ReactNode;
  /** The close button's accessible name ("Sluiten"). */
  readonly dismissLabel: string;
  readonly onDismiss: () => void;
}

/** A Fluent MessageBar that says what happened (title) and what to do (body), with a close button. */
export function DismissibleMessageBar({
  intent,
  title,
  children,
  dismissLabel,
  onDismiss,
}: DismissibleMessageBarProps) {
  return (
    <MessageBar intent={intent} layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {children}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={dismissLabel}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
