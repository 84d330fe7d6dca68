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

/** What is stored in the workbook. Versioned so later versions can read older files. */
export interface ReviewState {
  readonly version: 1;
  readonly entries: Readonly<Record<string, ReviewEntry>>;
}

export const EMPTY_REVIEW: ReviewState = { version: 1, entries: {} };
