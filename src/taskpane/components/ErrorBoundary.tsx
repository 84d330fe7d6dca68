import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import type { Texts } from "../i18n";
import { describeError } from "../state/errors";

interface Props {
  readonly texts: Texts;
  readonly children: ReactNode;
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
}

/** A rendering error shows as a MessageBar with a way back, instead of a blank pane. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Also to the console, with the component stack, for whoever debugs the add-in.
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const shown = describeError(this.state.error, this.props.texts);
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{shown.title}</MessageBarTitle> {shown.body}{" "}
          <Button size="small" onClick={() => this.setState({ error: null, failed: false })}>
            {this.props.texts.close}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
