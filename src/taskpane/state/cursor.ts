/**
 * Stepping through findings as Excel's Error Checking does: Volgende after the last wraps to the
 * first, Vorige before the first to the last. A current finding that the filters hide is no place:
 * Volgende then starts at the first, Vorige at the last.
 */
export function stepThrough(order: readonly string[], current: string | null, delta: 1 | -1): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at === -1) return (delta === 1 ? order[0] : order[order.length - 1]) ?? null;
  return order[(at + delta + order.length) % order.length] ?? null;
}

/** 1-based position for "3 van 17", or null when the current finding is not in the list. */
export function positionIn(order: readonly string[], current: string | null): number | null {
  if (current === null) return null;
  const at = order.indexOf(current);
  return at === -1 ? null : at + 1;
}
