import { useCallback, useMemo, useRef, useState } from "react";
import {
  parseSettings,
  REVIEWER_KEY,
  serializeSettings,
  SETTINGS_KEY,
  type PaneSettings,
} from "../state/settings";
import { browserStorage, readItem, writeItem } from "../state/storage";

export interface SettingsValue {
  readonly settings: PaneSettings;
  readonly update: (change: (s: PaneSettings) => PaneSettings) => void;
  /** False when the browser refuses to keep them (the pane says so). */
  readonly persisted: boolean;
  readonly reviewer: string;
  readonly setReviewer: (name: string) => void;
}

/** The settings and the reviewer's name, read from and written to localStorage. */
export function useSettings(): SettingsValue {
  const store = useMemo(browserStorage, []);
  const [settings, setSettings] = useState<PaneSettings>(() => parseSettings(readItem(store, SETTINGS_KEY)));
  const [reviewer, setReviewerState] = useState<string>(() => readItem(store, REVIEWER_KEY) ?? "");
  const [persisted, setPersisted] = useState(store !== null);

  const latest = useRef(settings);
  const update = useCallback(
    (change: (s: PaneSettings) => PaneSettings) => {
      const next = change(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      setSettings(next);
      setPersisted(writeItem(store, SETTINGS_KEY, serializeSettings(next)));
    },
    [store]
  );
  const setReviewer = useCallback(
    (name: string) => {
      setReviewerState(name);
      setPersisted(writeItem(store, REVIEWER_KEY, name));
    },
    [store]
  );
  return { settings, update, persisted, reviewer, setReviewer };
}
