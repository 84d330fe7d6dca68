/**
 * Long work on the pane's thread in slices: a generator does the work and yields now and then;
 * the runner stops after a few milliseconds and lets the browser paint and answer input before
 * it goes on. The same generator runs at once where waiting would gain nothing (small lists, tests).
 */

/** Lets the browser paint and handle input before the next piece of work. */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Work that yields (undefined) between pieces and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the work at once. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface Cancel {
  cancelled: boolean;
}

/** How long one slice may run: well under the 50 ms that makes a task 'long'. */
export const SLICE_MS = 8;

/** Runs the work in slices of about `sliceMs`; resolves with null when cancelled. */
export async function runSliced<T>(steps: Steps<T>, cancel: Cancel, sliceMs = SLICE_MS): Promise<T | null> {
  for (;;) {
    const until = performance.now() + sliceMs;
    while (performance.now() < until) {
      if (cancel.cancelled) return null;
      const next = steps.next();
      if (next.done) return next.value;
    }
    await yieldToUi();
  }
}

/** How many items a loop handles between yields: a few milliseconds' worth of simple work. */
export const STRIDE = 2048;
