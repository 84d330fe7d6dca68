import type { ReviewReference, ReviewState } from "./types";

/**
 * The review remembering `reference` as the version last compared with, or forgetting it (null).
 * The same object when nothing changes, so the caller can skip a save.
 */
export function withReference(state: ReviewState, reference: ReviewReference | null): ReviewState {
  const current = state.reference;
  if (reference === null) {
    if (current === undefined) return state;
    const { reference: _dropped, ...rest } = state;
    return rest;
  }
  if (current?.name === reference.name && current.modified === reference.modified) return state;
  return { ...state, reference: { name: reference.name, modified: reference.modified } };
}
