import { useState } from "react";
import type { Span } from "../state/paging";

/**
 * The rendered span of a paged list (see state/paging.ts). A new `list` (another object) starts at
 * `first()` again, in the same render, so a stale span never shows with a new list.
 */
export function useSpan(list: unknown, first: () => Span): readonly [Span, (span: Span) => void] {
  const [span, setSpan] = useState<Span>(first);
  const [spanOf, setSpanOf] = useState(list);
  if (spanOf !== list) {
    const next = first();
    setSpanOf(list);
    setSpan(next);
    return [next, setSpan];
  }
  return [span, setSpan];
}
