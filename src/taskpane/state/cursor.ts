/**
 * Stepping through findings as Excel's Error Checking does: Volgende after the last wraps to the
 * first, Vorige before the first to the last. A current finding that the filters hide is no place
 * (index -1): Volgende then starts at the first, Vorige at the last.
 */
export function stepIndex(length: number, at: number, delta: 1 | -1): number | null {
  if (length === 0) return null;
  if (at === -1) return delta === 1 ? 0 : length - 1;
  return (at + delta + length) % length;
}

export function stepThrough(order: readonly string[], current: string | null, delta: 1 | -1): string | null {
  const next = stepIndex(order.length, current === null ? -1 : order.indexOf(current), delta);
  return next === null ? null : (order[next] ?? null);
}

/** 1-based position for "3 van 17", or null when the current finding is not in the list. */
export function positionIn(order: readonly string[], current: string | null): number | null {
  if (current === null) return null;
  const at = order.indexOf(current);
  return at === -1 ? null : at + 1;
}
