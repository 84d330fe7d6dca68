import type { FindingCode } from "../findings/types";

/** A reviewer's verdict on one finding: accepted with a reason, to be fixed, or still open. */
export type ReviewStatus = "open" | "akkoord" | "te-corrigeren";

export interface ReviewEntry {
  readonly findingId: string;
  readonly status: ReviewStatus;
  /** Required for 'akkoord': why the finding is acceptable. */
  readonly reason?: string;
  readonly note?: string;
  readonly reviewer?: string;
  /** ISO 8601. */
  readonly at: string;
  /** The finding's fingerprint when reviewed: a different one now means the finding changed. */
  readonly fingerprint: string;
  /** What the finding was, so the history can show it after it disappears. */
  readonly code: FindingCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly summary: string;
  /** Set when a re-analysis no longer reports the finding. */
  readonly resolvedAt?: string;
}

/**
 * The version of the document the workbook was last compared with ('Vergelijken met…'), so that
 * the next check can ask for it again: a file chosen on the computer cannot be reopened unasked.
 */
export interface ReviewReference {
  /** The file's name: "begroting-2025-dienstverlening.xlsx". */
  readonly name: string;
  /** When the file was last changed (ISO 8601), as the computer reported it when it was chosen. */
  readonly modified: string;
}

/**
 * What is stored in the workbook. Versioned so later versions can read older files; `reference`
 * is optional, so a part written before comparing existed reads as it was.
 */
export interface ReviewState {
  readonly version: 1;
  readonly entries: Readonly<Record<string, ReviewEntry>>;
  readonly reference?: ReviewReference;
}

export const EMPTY_REVIEW: ReviewState = { version: 1, entries: {} };
