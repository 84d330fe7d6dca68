import { useCallback, useState, type KeyboardEvent } from "react";

/**
 * Keyboard for a single-select listbox with aria-activedescendant (WAI-ARIA listbox pattern):
 * the list is one tab stop; arrows, Home and End move the active option; Enter or Space chooses it.
 */
export function useListboxKeys(
  ids: readonly string[],
  selectedId: string | null,
  choose: (id: string) => void,
  /** Scrolls the option into view; for keyboard moves only, never on a click (it would move the target). */
  reveal: (id: string) => void
) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = activeId !== null && ids.includes(activeId) ? activeId : null;

  const onFocus = useCallback(() => {
    if (active === null)
      setActiveId(selectedId !== null && ids.includes(selectedId) ? selectedId : (ids[0] ?? null));
  }, [active, ids, selectedId]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (ids.length === 0) return;
      const at = active === null ? -1 : ids.indexOf(active);
      let next: number | null = null;
      switch (event.key) {
        case "ArrowDown":
          next = Math.min(ids.length - 1, at + 1);
          break;
        case "ArrowUp":
          next = at === -1 ? ids.length - 1 : Math.max(0, at - 1);
          break;
        case "Home":
          next = 0;
          break;
        case "End":
          next = ids.length - 1;
          break;
        case "Enter":
        case " ":
          if (active !== null) {
            event.preventDefault();
            choose(active);
          }
          return;
        default:
          return;
      }
      event.preventDefault();
      const id = ids[next] ?? null;
      setActiveId(id);
      if (id !== null) reveal(id);
    },
    [active, ids, choose, reveal]
  );

  return { activeId: active, setActiveId, onFocus, onKeyDown };
}
