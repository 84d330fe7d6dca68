/**
 * What the page tells while a file opens ("Werkmap lezen…", then the rows as they arrive), as a
 * status line for screen readers too. It has a store of its own, so a progress step re-renders this
 * line and not the pane or the preview beside it.
 */
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import type { OpenProgress } from "./fileClient";
import type { DemoTexts } from "./strings";

export interface Opening {
  readonly file: string;
  readonly progress: OpenProgress;
}

/** The file being opened and how far it is, or null. */
export class OpeningStore {
  private value: Opening | null = null;
  private readonly listeners = new Set<() => void>();

  get = (): Opening | null => this.value;

  set(value: Opening | null): void {
    this.value = value;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const useStyles = makeStyles({
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function progressText(texts: DemoTexts, { file, progress }: Opening): string {
  return progress.kind === "reading"
    ? texts.loading(file)
    : texts.receiving(file, progress.done, progress.total);
}

export function OpeningStatus({ store, texts }: { store: OpeningStore; texts: DemoTexts }) {
  const styles = useStyles();
  const opening = useSyncExternalStore(store.subscribe, store.get);
  if (!opening) return null;
  return (
    <div role="status" aria-label={texts.openingStatus} className={styles.status}>
      <Spinner size="tiny" />
      {progressText(texts, opening)}
    </div>
  );
}
