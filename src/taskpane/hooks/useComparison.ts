import { useCallback, useMemo, useState } from "react";
import { chooseReference, type ChosenReference, type FileLike } from "../state/comparison";

/** What the next check does about comparing: nothing chosen yet, a file chosen, or stopped. */
export type ComparisonState =
  | { readonly kind: "none" }
  | { readonly kind: "stop" }
  | { readonly kind: "file"; readonly chosen: ChosenReference };

export interface ComparisonValue {
  readonly state: ComparisonState;
  /** The file chosen in this session, if any. */
  readonly chosen: ChosenReference | null;
  /** 'Vergelijken met…': compare every following check with this file. */
  readonly choose: (file: FileLike) => void;
  /** 'Stoppen met vergelijken': the next check compares nothing and the review forgets the reference. */
  readonly stop: () => void;
  /** The chosen file cannot be compared with (not an .xlsx, no indicator table): it is let go. */
  readonly drop: (chosen: ChosenReference) => void;
}

const NONE: ComparisonState = { kind: "none" };

/**
 * The reference chosen in this session. A file input cannot be reopened unasked, so the file is kept
 * here (never uploaded anywhere) and read again for each check; the review remembers only its name
 * and date, so a later session can ask for it again.
 */
export function useComparison(): ComparisonValue {
  const [state, setState] = useState<ComparisonState>(NONE);
  const choose = useCallback(
    (file: FileLike) => setState({ kind: "file", chosen: chooseReference(file) }),
    []
  );
  const stop = useCallback(() => setState({ kind: "stop" }), []);
  const drop = useCallback(
    (chosen: ChosenReference) => setState((s) => (s.kind === "file" && s.chosen === chosen ? NONE : s)),
    []
  );
  const chosen = state.kind === "file" ? state.chosen : null;
  return useMemo(() => ({ state, chosen, choose, stop, drop }), [state, chosen, choose, stop, drop]);
}
