import { useCallback, useState, type KeyboardEvent } from "react";

/** The options of a listbox, by place, without listing them all (a list may hold tens of thousands). */
export interface ListboxItems {
  readonly count: number;
  readonly idAt: (index: number) => string | undefined;
  /** The option's place, or -1. */
  readonly indexOf: (id: string) => number;
}

/**
 * Keyboard for a single-select listbox with aria-activedescendant (WAI-ARIA listbox pattern):
 * the list is one tab stop; arrows, Home and End move the active option; Enter or Space chooses it.
 */
export function useListboxKeys(
  items: ListboxItems,
  selectedId: string | null,
  choose: (id: string) => void,
  /**
   * Brings the option into view (rendering it first if the list shows only part); for keyboard
   * moves only, never on a click (it would move the target).
   */
  reveal: (id: string) => void
) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = activeId !== null && items.indexOf(activeId) !== -1 ? activeId : null;

  const onFocus = useCallback(() => {
    if (active === null)
      setActiveId(
        selectedId !== null && items.indexOf(selectedId) !== -1 ? selectedId : (items.idAt(0) ?? null)
      );
  }, [active, items, selectedId]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const { count } = items;
      if (count === 0) return;
      const at = active === null ? -1 : items.indexOf(active);
      let next: number | null = null;
      switch (event.key) {
        case "ArrowDown":
          next = Math.min(count - 1, at + 1);
          break;
        case "ArrowUp":
          next = at === -1 ? count - 1 : Math.max(0, at - 1);
          break;
        case "Home":
          next = 0;
          break;
        case "End":
          next = count - 1;
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
      const id = items.idAt(next) ?? null;
      setActiveId(id);
      if (id !== null) reveal(id);
    },
    [active, items, choose, reveal]
  );

  return { activeId: active, setActiveId, onFocus, onKeyDown };
}
