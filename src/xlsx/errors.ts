/** Why a workbook file could not be read. The CLI and the task pane translate by code. */
export type XlsxReadErrorCode = "file-not-found" | "not-xlsx" | "encrypted" | "empty" | "unreadable";

const MESSAGES: Record<XlsxReadErrorCode, string> = {
  "file-not-found": "File not found",
  "not-xlsx": "Not an .xlsx workbook",
  encrypted: "Workbook is password-protected (encrypted); save it without a password first",
  empty: "Workbook is empty",
  unreadable: "File cannot be read",
};

export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";
  readonly code: XlsxReadErrorCode;
  /** The file, when reading from disk. */
  readonly path?: string;

  constructor(code: XlsxReadErrorCode, options: { path?: string; detail?: string; cause?: unknown } = {}) {
    const where = options.path ? `: ${options.path}` : "";
    const detail = options.detail ? ` (${options.detail})` : "";
    super(
      `${MESSAGES[code]}${where}${detail}`,
      options.cause === undefined ? undefined : { cause: options.cause }
    );
    this.code = code;
    if (options.path !== undefined) this.path = options.path;
  }
}

export function isXlsxReadError(error: unknown): error is XlsxReadError {
  return error instanceof XlsxReadError;
}
