import type { Finding } from "../findings/types";
import { describeFinding, type Lang } from "../messages";
import type { ReviewEntry, ReviewState, ReviewStatus } from "./types";

export interface ReviewInput {
  /** Why the finding is acceptable; required for 'akkoord'. */
  readonly reason?: string;
  readonly note?: string;
  readonly reviewer?: string;
}

export type ReviewErrorCode = "reason-required";

export type SetReviewResult =
  | { readonly ok: true; readonly state: ReviewState }
  | { readonly ok: false; readonly error: { readonly code: ReviewErrorCode; readonly findingId: string } };

const trimmed = (text: string | undefined): string | undefined => {
  const t = text?.trim();
  return t ? t : undefined;
};

/** The entry as the history shows it: what the finding was when the reviewer judged it. */
function entryFor(
  finding: Finding,
  status: ReviewStatus,
  input: ReviewInput,
  at: string,
  lang: Lang
): ReviewEntry {
  const reason = trimmed(input.reason);
  const note = trimmed(input.note);
  const reviewer = trimmed(input.reviewer);
  return {
    findingId: finding.id,
    status,
    ...(reason !== undefined && { reason }),
    ...(note !== undefined && { note }),
    ...(reviewer !== undefined && { reviewer }),
    at,
    fingerprint: finding.fingerprint,
    code: finding.code,
    sheet: finding.sheet,
    cell: finding.cell,
    summary: describeFinding(finding, lang),
  };
}

/**
 * Records a reviewer's verdict on one finding. 'akkoord' (accepted) needs a reason — "norm geldt
 * niet voor 2024, zie raadsbesluit" — and is refused without one; the state is never changed then.
 */
export function setReview(
  state: ReviewState,
  finding: Finding,
  status: ReviewStatus,
  input: ReviewInput,
  now: Date,
  lang: Lang = "nl"
): SetReviewResult {
  if (status === "akkoord" && trimmed(input.reason) === undefined) {
    return { ok: false, error: { code: "reason-required", findingId: finding.id } };
  }
  const entry = entryFor(finding, status, input, now.toISOString(), lang);
  return { ok: true, state: { ...state, entries: { ...state.entries, [finding.id]: entry } } };
}
