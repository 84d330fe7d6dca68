/**
 * Size-bounded syncs that survive Excel's payload limit. Excel on the web refuses a request or a
 * response above 5 MB with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded
 * ("Resource limits and performance optimization for Office Add-ins", section "Excel add-ins":
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * Our byte counts are estimates of Office's wire format, not measurements, so every bounded batch
 * goes through syncBounded: packed up to a budget, and on a payload refusal packed again at half
 * the size, down to one part; a single part Excel still refuses is a GatewayError "too-large" that
 * names its sheet.
 */
import { GatewayError } from "../core/gateway";
import { officeCode } from "./errors";

/** One piece of a batch: what it costs in the request, and how to queue it (again, after a refusal). */
export interface BatchPart {
  readonly bytes: number;
  /** Queues the part's commands and loads; called once more for every retry of its batch. */
  readonly queue: () => void;
  /** The sheet the part writes to or reads from, for the "too-large" message. */
  readonly sheet?: string;
}

export interface BoundedOptions {
  /** Bytes per sync, below the 5 MB limit with room for the request's framing. */
  readonly budget?: number;
  /** Queued at the start of every batch (suspendScreenUpdatingUntilNextSync and the like). */
  readonly everyBatch?: () => void;
  /**
   * Whether the parts only load. Excel checks a request before running it, so a refused request
   * ran nothing and can be sent again smaller; a refused response comes after the commands ran,
   * so only a batch of loads may be read again after ResponsePayloadSizeLimitExceeded.
   */
  readonly loadsOnly?: boolean;
}

/** 4 MB: under Excel on the web's 5 MB with a margin for what our estimate leaves out. */
export const SYNC_BUDGET_BYTES = 4_000_000;

/** What one action costs in Office's request beyond its arguments: ids, type, name, object path. */
export const ACTION_BYTES = 200;

const REQUEST_REFUSED = new Set(["RequestPayloadSizeLimitExceeded", "PayloadTooLarge"]);
const RESPONSE_REFUSED = new Set(["ResponsePayloadSizeLimitExceeded"]);

/**
 * Bytes of a text as a JSON string in the request, on the safe side: non-ASCII as a \uXXXX escape
 * (6 bytes; 12 for an emoji's surrogate pair), control characters, quote and backslash escaped.
 */
export function jsonTextBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c < 0x20) n += 6;
    else n += c === 0x22 || c === 0x5c ? 2 : 1;
  }
  return n;
}

/** Estimated request bytes of one action with these arguments. */
export function actionBytes(...args: readonly (string | number | boolean)[]): number {
  return args.reduce<number>(
    (n, a) => n + (typeof a === "string" ? jsonTextBytes(a) : String(a).length) + 1,
    ACTION_BYTES
  );
}

/**
 * Queues the parts in syncs of at most `budget` estimated bytes, in order, and syncs each. On a
 * payload refusal the budget halves and the refused parts are packed again; the smaller budget
 * holds for the rest. Returns the number of syncs that succeeded.
 */
export async function syncBounded(
  context: Excel.RequestContext,
  parts: readonly BatchPart[],
  options: BoundedOptions = {}
): Promise<number> {
  let budget = options.budget ?? SYNC_BUDGET_BYTES;
  let next = 0;
  let syncs = 0;
  while (next < parts.length) {
    let end = next;
    let bytes = 0;
    while (end < parts.length && (end === next || bytes + parts[end]!.bytes <= budget))
      bytes += parts[end++]!.bytes;
    options.everyBatch?.();
    for (let i = next; i < end; i++) parts[i]!.queue();
    try {
      // One sync per budget's worth of parts, never one per part.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!refusedForSize(error, options.loadsOnly === true)) throw error;
      if (end - next === 1) {
        const sheet = parts[next]!.sheet;
        throw new GatewayError(
          "too-large",
          `Excel refused the request as too large even for a single change${sheet ? ` on sheet '${sheet}'` : ""}.`,
          { ...(sheet !== undefined && { sheet }), cause: error }
        );
      }
      budget = Math.max(1, Math.floor(bytes / 2));
      continue;
    }
    syncs++;
    next = end;
  }
  return syncs;
}

function refusedForSize(error: unknown, loadsOnly: boolean): boolean {
  const code = officeCode(error);
  return code !== null && (REQUEST_REFUSED.has(code) || (loadsOnly && RESPONSE_REFUSED.has(code)));
}
