import type { GatewayErrorCode } from "../../core/gateway";
import { asCompareError } from "../engine/compareError";
import type { Texts } from "../i18n";

export interface ShownError {
  readonly intent: "error" | "warning";
  readonly title: string;
  readonly body: string;
}

const CODES: ReadonlySet<string> = new Set<GatewayErrorCode>([
  "api-unsupported",
  "sheet-protected",
  "not-found",
  "too-large",
  "failed",
]);

interface GatewayLike {
  readonly code: GatewayErrorCode;
  readonly message: string;
  readonly detail?: { readonly sheet?: string };
}

/** A GatewayError, recognised by shape so that a second copy of the class (another bundle) counts too. */
function asGatewayError(error: unknown): GatewayLike | null {
  const e = error as Partial<GatewayLike> | null;
  return typeof e === "object" && e !== null && typeof e.code === "string" && CODES.has(e.code)
    ? (e as GatewayLike)
    : null;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** What the pane says about an error: what happened and what to do, in the pane's language. */
export function describeError(error: unknown, texts: Texts): ShownError {
  const compare = asCompareError(error);
  if (compare) return { intent: "error", ...texts.compareErrors[compare.code](compare.file) };
  const gateway = asGatewayError(error);
  const detail = { sheet: gateway?.detail?.sheet ?? null, message: messageOf(error) };
  const code = gateway?.code ?? "unexpected";
  const text = texts.errors[code](detail);
  const intent = code === "sheet-protected" || code === "not-found" ? "warning" : "error";
  return { intent, ...text };
}
