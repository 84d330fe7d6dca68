/**
 * Why a reference cannot be compared with. Apart from compareJob.ts so that the pane's start-up code
 * can recognise the error without carrying the engine.
 */
import type { XlsxReadErrorCode } from "../../xlsx/errors";

/** Why a reference cannot be compared with: the .xlsx reader's reasons, or no indicator table in it. */
export type CompareErrorCode = Exclude<XlsxReadErrorCode, "file-not-found"> | "no-indicators";

const CODES: ReadonlySet<string> = new Set<CompareErrorCode>([
  "not-xlsx",
  "encrypted",
  "empty",
  "unreadable",
  "no-indicators",
]);

export class CompareError extends Error {
  override readonly name = "CompareError";
  constructor(
    readonly code: CompareErrorCode,
    /** The reference's file name, for the message. */
    readonly file: string,
    detail?: string
  ) {
    super(`Cannot compare with ${file}: ${code}${detail ? ` (${detail})` : ""}`);
  }
}

/** A CompareError, also when it crossed from the worker as plain data. */
export function asCompareError(error: unknown): CompareError | null {
  const e = error as Partial<CompareError> | null;
  return typeof e === "object" &&
    e !== null &&
    e.name === "CompareError" &&
    typeof e.code === "string" &&
    CODES.has(e.code) &&
    typeof e.file === "string"
    ? (e as CompareError)
    : null;
}
