import { GatewayError, type GatewayErrorCode } from "../core/gateway";
import { meterSyncs } from "./diagnostics";

/** What Office.js rejects with: an OfficeExtension.Error carries a string code. */
interface OfficeLikeError {
  readonly code?: unknown;
  readonly message?: unknown;
}

const BY_OFFICE_CODE: Readonly<Record<string, GatewayErrorCode>> = {
  ApiNotFound: "api-unsupported",
  ItemNotFound: "not-found",
  InvalidReference: "not-found",
  AccessDenied: "sheet-protected",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  PayloadTooLarge: "too-large",
  RangeExceedsLimit: "too-large",
};

export function officeCode(error: unknown): string | null {
  const code = (error as OfficeLikeError | null)?.code;
  return typeof code === "string" ? code : null;
}

/**
 * An Office.js failure as a GatewayError that keeps the original as its cause. `sheets` names the
 * sheets the operation wrote to, so "sheet-protected" can say which one.
 */
export function toGatewayError(error: unknown, sheets: readonly string[] = []): GatewayError {
  if (error instanceof GatewayError) return error;
  const code = officeCode(error);
  const message = String((error as OfficeLikeError | null)?.message ?? error);
  const mapped: GatewayErrorCode = (code !== null ? BY_OFFICE_CODE[code] : undefined) ?? "failed";
  if (mapped === "sheet-protected") {
    const which = sheets.length > 0 ? sheets.join(", ") : "a sheet";
    return new GatewayError(
      "sheet-protected",
      `Excel refused the change: ${which} is protected (${message})`,
      {
        ...(sheets[0] !== undefined && { sheet: sheets[0] }),
        cause: error,
      }
    );
  }
  return new GatewayError(mapped, `Excel ${code ?? "error"}: ${message}`, { cause: error });
}

/** Excel.run with every sync counted (diagnostics.ts) and every rejection turned into a GatewayError. */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  sheets: readonly string[] = []
): Promise<T> {
  try {
    return await Excel.run((context) => batch(meterSyncs(context)));
  } catch (error) {
    throw toGatewayError(error, sheets);
  }
}
