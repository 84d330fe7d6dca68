/**
 * Long lists in the pane are rendered a page at a time: a span of the list, grown a page at a time
 * towards either end on request, and let go of at the far end past MOST_RENDERED. The findings list
 * and the indicator settings both page this way.
 */

/** Items rendered at a time: a few screens' worth; more on request or as the keyboard gets there. */
export const PAGE = 50;
/** The most items rendered at once: past this, the far end of the rendered part is let go. */
export const MOST_RENDERED = 5 * PAGE;

/** The part of a list that is rendered: items start..end-1. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The page that holds `index` (the first page when it is -1). */
export function pageAround(index: number, total: number): Span {
  const start = index < 0 ? 0 : Math.floor(index / PAGE) * PAGE;
  return { start, end: Math.min(total, start + PAGE) };
}

/** Grows the span by a page towards `index` when that is near, else moves to the page of `index`. */
export function spanTo(span: Span, index: number, total: number): Span {
  if (index >= span.start && index < span.end) return span;
  if (index >= span.end && index < span.end + PAGE) return grow(span, 1, total);
  if (index < span.start && index >= span.start - PAGE) return grow(span, -1, total);
  return pageAround(index, total);
}

/** One page more at the end (1) or the start (-1), letting go of the other end past MOST_RENDERED. */
export function grow(span: Span, direction: 1 | -1, total: number): Span {
  if (direction === 1) {
    const end = Math.min(total, span.end + PAGE);
    return { start: Math.max(span.start, end - MOST_RENDERED), end };
  }
  const start = Math.max(0, span.start - PAGE);
  return { start, end: Math.min(span.end, start + MOST_RENDERED) };
}
