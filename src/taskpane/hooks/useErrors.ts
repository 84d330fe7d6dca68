import { createContext, useCallback, useContext, useMemo, useState } from "react";

export interface ReportedError {
  readonly id: number;
  readonly error: unknown;
}

export interface ErrorsValue {
  readonly errors: readonly ReportedError[];
  /** Shows the error in a MessageBar (described in the current language when rendered). */
  readonly report: (error: unknown) => void;
  readonly dismiss: (id: number) => void;
  readonly clear: () => void;
}

export const ErrorsContext = createContext<ErrorsValue>({
  errors: [],
  report: (error) => {
    throw error;
  },
  dismiss: () => undefined,
  clear: () => undefined,
});

let nextErrorId = 1;

/** The state behind the ErrorsContext: the pane's one list of errors to show. */
export function useErrorState(): ErrorsValue {
  const [errors, setErrors] = useState<readonly ReportedError[]>([]);
  const report = useCallback((error: unknown) => {
    setErrors((list) => [...list.slice(-2), { id: nextErrorId++, error }]);
  }, []);
  const dismiss = useCallback((id: number) => setErrors((list) => list.filter((e) => e.id !== id)), []);
  const clear = useCallback(() => setErrors([]), []);
  return useMemo(() => ({ errors, report, dismiss, clear }), [errors, report, dismiss, clear]);
}

/** `report(error)`: every caught error goes here, never to the console alone. */
export function useReportError(): (error: unknown) => void {
  return useContext(ErrorsContext).report;
}

export function useErrors(): ErrorsValue {
  return useContext(ErrorsContext);
}
