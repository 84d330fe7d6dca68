import { useEffect } from "react";

/**
 * Keeps a gateway subscription (onChanged, onSelectionChanged) while the component lives and
 * `subscribe` stays the same; null subscribes to nothing. A subscription that resolves after
 * the component went away is undone at once. Errors go to `report`, never lost.
 */
export function useSubscription(
  subscribe: (() => Promise<() => Promise<void>>) | null,
  report: (error: unknown) => void
): void {
  useEffect(() => {
    if (!subscribe) return;
    let unsubscribe: (() => Promise<void>) | null = null;
    let ended = false;
    subscribe().then(
      (off) => {
        if (ended) off().catch(report);
        else unsubscribe = off;
      },
      (error: unknown) => {
        if (!ended) report(error);
      }
    );
    return () => {
      ended = true;
      unsubscribe?.().catch(report);
    };
  }, [subscribe, report]);
}
