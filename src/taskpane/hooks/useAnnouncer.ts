import { useCallback, useState } from "react";
import type { Texts } from "../i18n";

/** A message for the live region, made from the texts when shown so it follows a language switch. */
export type Announcement = (texts: Texts) => string;

export function useAnnouncer(): [Announcement | null, (message: Announcement | null) => void] {
  const [message, setMessage] = useState<Announcement | null>(null);
  const announce = useCallback((m: Announcement | null) => setMessage(() => m), []);
  return [message, announce];
}
