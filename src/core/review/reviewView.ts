import type { Finding } from "../findings/types";
import type { ReviewEntry, ReviewState, ReviewStatus } from "./types";

export interface FindingReview {
  readonly findingId: string;
  /** The reviewer's verdict; 'open' when nobody judged the finding yet. */
  readonly status: ReviewStatus;
  /** The finding's place or parameters differ from when it was judged: the verdict needs another look. */
  readonly changed: boolean;
  readonly entry: ReviewEntry | null;
}

export interface ReviewProgress {
  readonly total: number;
  /** Judged (akkoord or te corrigeren) and unchanged since. */
  readonly reviewed: number;
  readonly akkoord: number;
  readonly teCorrigeren: number;
  /** Not judged, reopened, or changed since it was judged. */
  readonly open: number;
  /** Judged, but the finding changed since. */
  readonly changed: number;
}

export interface ReviewView {
  /** Every finding's review; with `judgedOnly`, only those of findings that have an entry. */
  readonly byFinding: ReadonlyMap<string, FindingReview>;
  readonly progress: ReviewProgress;
  /** Entries whose finding disappeared, newest first: the history the pane can show. */
  readonly resolved: readonly ReviewEntry[];
}

export interface ReviewViewOptions {
  /**
   * Leave findings nobody judged out of byFinding (their review is 'open', unchanged): with tens
   * of thousands of findings and a few verdicts, that spares a map entry per finding.
   */
  readonly judgedOnly?: boolean;
}

/** What the pane shows per finding, and the progress bar: "12 van 30 beoordeeld". */
export function reviewView(
  state: ReviewState,
  findings: readonly Finding[],
  options: ReviewViewOptions = {}
): ReviewView {
  const byFinding = new Map<string, FindingReview>();
  let akkoord = 0;
  let teCorrigeren = 0;
  let changedCount = 0;
  for (const f of findings) {
    const entry = state.entries[f.id] ?? null;
    if (entry === null && options.judgedOnly) continue;
    const status = entry?.status ?? "open";
    const changed = entry !== null && entry.fingerprint !== f.fingerprint;
    byFinding.set(f.id, { findingId: f.id, status, changed, entry });
    if (changed && status !== "open") changedCount++;
    else if (status === "akkoord") akkoord++;
    else if (status === "te-corrigeren") teCorrigeren++;
  }
  const reviewed = akkoord + teCorrigeren;
  const resolved = Object.values(state.entries)
    .filter((e) => e.resolvedAt !== undefined)
    .sort((a, b) => (b.resolvedAt! < a.resolvedAt! ? -1 : b.resolvedAt! > a.resolvedAt! ? 1 : 0));
  return {
    byFinding,
    progress: {
      total: findings.length,
      reviewed,
      akkoord,
      teCorrigeren,
      open: findings.length - reviewed,
      changed: changedCount,
    },
    resolved,
  };
}
