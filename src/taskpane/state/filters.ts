import type { Finding, FindingCode, Severity } from "../../core/findings/types";
import type { ReviewStatus, ReviewView } from "../../core/review";
import type { FindingOrigin } from "../i18n";
import { isComparisonFinding } from "./comparison";

/** A review filter: a status, or 'changed' for verdicts the finding has outgrown. */
export type ReviewFilter = ReviewStatus | "changed";

/** Empty lists mean 'all'. */
export interface FindingFilters {
  readonly severities: readonly Severity[];
  readonly codes: readonly FindingCode[];
  readonly review: readonly ReviewFilter[];
  /** The check's own findings, the comparison's ('Vergelijking'), or both. */
  readonly origins: readonly FindingOrigin[];
}

export const NO_FILTERS: FindingFilters = { severities: [], codes: [], review: [], origins: [] };

export function isFiltering(filters: FindingFilters): boolean {
  return (
    filters.severities.length + filters.codes.length + filters.review.length + filters.origins.length > 0
  );
}

/** Where a finding comes from: the comparison with another version, or the check itself. */
export const originOf = (finding: Finding): FindingOrigin =>
  isComparisonFinding(finding) ? "comparison" : "check";

function reviewMatches(wanted: readonly ReviewFilter[], finding: Finding, view: ReviewView | null): boolean {
  if (wanted.length === 0) return true;
  const review = view?.byFinding.get(finding.id);
  const status = review?.status ?? "open";
  return wanted.includes(status) || (wanted.includes("changed") && review?.changed === true);
}

/** The test a finding must pass to be listed. */
export function findingFilter(
  filters: FindingFilters,
  view: ReviewView | null
): (finding: Finding) => boolean {
  return (f) =>
    (filters.severities.length === 0 || filters.severities.includes(f.severity)) &&
    (filters.codes.length === 0 || filters.codes.includes(f.code)) &&
    (filters.origins.length === 0 || filters.origins.includes(originOf(f))) &&
    reviewMatches(filters.review, f, view);
}

export function applyFilters(
  findings: readonly Finding[],
  filters: FindingFilters,
  view: ReviewView | null
): Finding[] {
  return findings.filter(findingFilter(filters, view));
}

/** The codes that occur, in first-seen order: the code filter offers only these. */
export function codesIn(findings: readonly Finding[]): FindingCode[] {
  return [...new Set(findings.map((f) => f.code))];
}
