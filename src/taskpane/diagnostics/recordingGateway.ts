import type { WorkbookGateway } from "../../core/gateway";
import type { DiagnosticsLog, Operation } from "./log";

/** The gateway methods the diagnosis times, by the operation it names them. */
const OPERATIONS: Readonly<Record<string, Operation>> = {
  readWorkbook: "read",
  applyMarks: "mark",
  applyMarksDetailed: "mark",
  clearMarks: "clear",
  loadReview: "review-load",
  loadReviewDetailed: "review-load",
  saveReview: "review-save",
  insertLayoutSheet: "insert-tables",
  selectCell: "select-cell",
  getSelection: "get-selection",
  onChanged: "subscribe-changes",
  onSelectionChanged: "subscribe-selection",
};

interface SyncCounting {
  /** Syncs so far; null where the gateway does not count the syncs of this method. */
  syncCount(method: string): number | null;
}

/**
 * The same gateway, with every workbook operation timed and its error recorded in the log, and its
 * syncs counted where the gateway counts them (the Excel gateway's syncCount). Everything else the
 * gateway offers (capabilities, the detailed variants) passes through unchanged, so the pane's
 * checks for those still find them.
 */
export function recordingGateway<G extends WorkbookGateway>(gateway: G, log: DiagnosticsLog): G {
  const counter = (gateway as Partial<SyncCounting>).syncCount;
  const syncsOf = (method: string) =>
    typeof counter === "function" ? () => counter.call(gateway, method) : undefined;
  // One wrapper per method (by the function itself), so the pane's hooks see stable functions.
  const wrapped = new WeakMap<object, unknown>();
  return new Proxy(gateway, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (!wrapped.has(value)) {
        const operation = typeof property === "string" ? OPERATIONS[property] : undefined;
        const method = value as (...args: unknown[]) => unknown;
        wrapped.set(
          value,
          operation
            ? (...args: unknown[]) =>
                log.operation(operation, async () => method.apply(target, args), syncsOf(property as string))
            : method.bind(target)
        );
      }
      return wrapped.get(value);
    },
  });
}
