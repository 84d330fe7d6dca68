import { useCallback, useEffect, useRef } from "react";
import { createEngine, type Engine } from "../engine/createEngine";

/** One engine (worker) per pane, ended with the pane. */
export function useEngine(): () => Engine {
  const ref = useRef<Engine | null>(null);
  useEffect(
    () => () => {
      ref.current?.dispose();
      ref.current = null;
    },
    []
  );
  return useCallback(() => (ref.current ??= createEngine()), []);
}
