import type { Finding } from "../findings/types";
import type { ReviewEntry, ReviewState } from "./types";

export interface ReconcileOptions {
  /**
   * The entries this analysis can speak for; the others are kept as they are. A check that did not
   * compare with another version says nothing about the verdicts on comparison findings: they are
   * neither resolved nor reopened by it.
   */
  readonly covers?: (entry: ReviewEntry) => boolean;
}

/**
 * Brings the review in line with a new analysis: an entry whose finding is no longer reported gets
 * `resolvedAt` (it stays, as history); one whose finding is back loses it. Returns the same object
 * when nothing changed, so the caller can skip a save.
 */
export function reconcileReview(
  state: ReviewState,
  findings: readonly Finding[],
  now: Date,
  options: ReconcileOptions = {}
): ReviewState {
  const present = new Set<string>(findings.map((f) => f.id));
  const covers = options.covers ?? (() => true);
  const at = now.toISOString();
  let changed = false;
  const entries: Record<string, ReviewEntry> = {};
  for (const [id, entry] of Object.entries(state.entries)) {
    if (!covers(entry)) {
      entries[id] = entry;
    } else if (present.has(id) && entry.resolvedAt !== undefined) {
      const { resolvedAt: _dropped, ...rest } = entry;
      entries[id] = rest;
      changed = true;
    } else if (!present.has(id) && entry.resolvedAt === undefined) {
      entries[id] = { ...entry, resolvedAt: at };
      changed = true;
    } else {
      entries[id] = entry;
    }
  }
  return changed ? { ...state, entries } : state;
}
