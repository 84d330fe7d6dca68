/**
 * What the pane remembers for the diagnosis: the last errors (codes and where, never their
 * messages, which can quote a cell) and the timings and syncs of the last check. Plain data, kept
 * in memory for as long as the pane is open.
 */
import { GatewayError } from "../../core/gateway";

/** A workbook operation as the diagnosis names it. */
export type Operation =
  | "read"
  | "mark"
  | "clear"
  | "review-load"
  | "review-save"
  | "insert-tables"
  | "select-cell"
  | "get-selection"
  | "subscribe-changes"
  | "subscribe-selection"
  /** The check as a whole: an error outside the workbook calls (the engine, say). */
  | "check";

export interface ErrorRecord {
  /** ISO time. */
  readonly at: string;
  readonly operation: Operation;
  /** The GatewayError code ("sheet-protected", "too-large"…), or the error's name ("TypeError"). */
  readonly code: string;
  /** OfficeExtension.Error.code, e.g. "ItemNotFound"; null when Office gave none. */
  readonly officeCode: string | null;
  /** OfficeExtension.Error.debugInfo.errorLocation, e.g. "Range.getMergedAreasOrNullObject". */
  readonly errorLocation: string | null;
}

export interface OperationRecord {
  readonly operation: Operation;
  readonly ms: number;
  /** context.sync calls made while it ran; null where the host does not count them (the demo). */
  readonly syncs: number | null;
  readonly ok: boolean;
}

/** A step of the check as the status line shows it: reading, the engine's phases, marking, review. */
export interface StepRecord {
  readonly step: string;
  readonly ms: number;
}

export interface CheckRecord {
  readonly at: string;
  readonly ms: number;
  readonly ok: boolean;
  readonly steps: readonly StepRecord[];
  readonly operations: readonly OperationRecord[];
}

/** How many errors the diagnosis keeps: the last ones. */
export const KEPT_ERRORS = 10;

export interface DiagnosticsLog {
  /** Times an operation and records its error, if any; resolves or rejects as `run` does. */
  operation<T>(operation: Operation, run: () => Promise<T>, syncs?: () => number | null): Promise<T>;
  /** A check starts: the operations and steps from now on belong to it. */
  beginCheck(): void;
  /** The check moved on to this step (the previous step ends). */
  checkStep(step: string): void;
  /** The check ended; `error` when it failed outside an operation already recorded. */
  endCheck(error?: unknown): void;
  errors(): readonly ErrorRecord[];
  lastCheck(): CheckRecord | null;
}

/** What OfficeExtension.Error carries besides its message. */
interface OfficeLike {
  readonly code?: unknown;
  readonly debugInfo?: { readonly errorLocation?: unknown };
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** The cause of an error: GatewayError's detail.cause, else Error.cause. */
function causeOf(error: object): unknown {
  return error instanceof GatewayError ? error.detail?.cause : (error as { cause?: unknown }).cause;
}

/** The first error along the cause chain that Office made: the one with a debugInfo. */
function officeError(error: unknown): OfficeLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const debugInfo = (current as OfficeLike).debugInfo;
    if (typeof debugInfo === "object" && debugInfo !== null) return current as OfficeLike;
    current = causeOf(current);
  }
  return null;
}

/** An error as codes only: its message is left out, since Excel's can quote a cell. */
export function errorRecord(operation: Operation, error: unknown, at: Date): ErrorRecord {
  const office = officeError(error);
  const name = typeof error === "object" && error !== null ? text((error as { name?: unknown }).name) : null;
  return {
    at: at.toISOString(),
    operation,
    code: error instanceof GatewayError ? error.code : (name ?? typeof error),
    officeCode: office ? text(office.code) : null,
    errorLocation: office ? text(office.debugInfo?.errorLocation) : null,
  };
}

export function createDiagnosticsLog(now: () => number = () => Date.now()): DiagnosticsLog {
  const errors: ErrorRecord[] = [];
  let last: CheckRecord | null = null;
  let current: {
    at: number;
    operations: OperationRecord[];
    steps: StepRecord[];
    step: { name: string; since: number } | null;
    recorded: Set<unknown>;
  } | null = null;

  const keep = (record: ErrorRecord) => {
    errors.push(record);
    if (errors.length > KEPT_ERRORS) errors.splice(0, errors.length - KEPT_ERRORS);
  };
  const closeStep = (at: number) => {
    if (current?.step) current.steps.push({ step: current.step.name, ms: at - current.step.since });
    if (current) current.step = null;
  };

  return {
    async operation(operation, run, syncs) {
      const start = now();
      const syncsBefore = syncs?.() ?? null;
      const done = (ok: boolean) => {
        const after = syncs?.() ?? null;
        const record: OperationRecord = {
          operation,
          ms: now() - start,
          syncs: syncsBefore !== null && after !== null ? after - syncsBefore : null,
          ok,
        };
        current?.operations.push(record);
      };
      try {
        const result = await run();
        done(true);
        return result;
      } catch (error) {
        done(false);
        keep(errorRecord(operation, error, new Date(now())));
        current?.recorded.add(error);
        throw error;
      }
    },
    beginCheck() {
      current = { at: now(), operations: [], steps: [], step: null, recorded: new Set() };
    },
    checkStep(step) {
      if (!current || current.step?.name === step) return;
      const at = now();
      closeStep(at);
      current.step = { name: step, since: at };
    },
    endCheck(error) {
      if (!current) return;
      const at = now();
      closeStep(at);
      if (error !== undefined && !current.recorded.has(error))
        keep(errorRecord("check", error, new Date(at)));
      last = {
        at: new Date(current.at).toISOString(),
        ms: at - current.at,
        ok: error === undefined,
        steps: current.steps,
        operations: current.operations,
      };
      current = null;
    },
    errors: () => [...errors],
    lastCheck: () => last,
  };
}
