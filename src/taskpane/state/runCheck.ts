import type { WorkbookGateway } from "../../core/gateway";
import type { Lang } from "../../core/messages";
import type { Analysis } from "../../core/model/types";
import type { AnalyseOptions } from "../../core/analyse";
import {
  EMPTY_REVIEW,
  reconcileReview,
  type ParsedReview,
  type ReviewState,
  type ReviewWarning,
} from "../../core/review";
import type { WorkbookData } from "../../core/workbook";
import type { EngineJob, EngineOutput, EngineProgress } from "../engine/types";
import { yieldToUi } from "./slices";
import type { CheckSummary } from "./summary";

export type CheckStep =
  | { readonly kind: "reading"; readonly done: number; readonly total: number }
  /** The engine at work; `progress` says how far, when it can tell. */
  | { readonly kind: "analysing"; readonly progress: EngineProgress | null }
  | { readonly kind: "marking"; readonly cells: number }
  | { readonly kind: "review" };

export interface CheckOptions {
  readonly analyse: AnalyseOptions;
  readonly lang: Lang;
  readonly showMet: boolean;
  readonly now?: () => Date;
}

export interface CheckResult {
  readonly analysis: Analysis;
  /** Counts by severity and of met and breached values, worked out with the analysis. */
  readonly summary: CheckSummary;
  readonly review: ReviewState;
  readonly reviewWarning: ReviewWarning | null;
  /** False when the stored review must not be overwritten (unreadable load, newer version). */
  readonly reviewWritable: boolean;
  /**
   * What went wrong after the analysis succeeded (marking a protected sheet, saving the review):
   * the findings are still worth showing, and every one of these is shown too.
   */
  readonly problems: readonly unknown[];
  /** Sheets whose merged areas Excel would not give (SheetData.mergesSkipped): the pane says so. */
  readonly mergesSkipped: readonly string[];
}

/** Runs an engine job: the worker's, or the same job on this thread. */
export type RunEngine = (
  workbook: WorkbookData,
  job: EngineJob,
  onProgress: (progress: EngineProgress) => void
) => Promise<EngineOutput>;

/** The gateway's review with its warning, where the gateway can tell one (the Excel gateway can). */
async function loadReview(gateway: WorkbookGateway): Promise<ParsedReview> {
  const detailed = (gateway as { loadReviewDetailed?: () => Promise<ParsedReview> }).loadReviewDetailed;
  if (typeof detailed === "function") return detailed.call(gateway);
  return { state: await gateway.loadReview(), warning: null };
}

/** How often the engine's progress reaches the status line at most, within one step. */
const PROGRESS_EVERY_MS = 100;

/** Passes the engine's progress on when its step changes, when a step completes, or now and then. */
function throttled(onStep: (step: CheckStep) => void): (progress: EngineProgress) => void {
  let last = 0;
  let lastKey = "";
  return (progress) => {
    const key =
      progress.kind === "phase"
        ? progress.phase
        : `${progress.kind}:${"part" in progress ? progress.part : ""}`;
    const now = Date.now();
    const complete = progress.kind !== "phase" && progress.done === progress.total;
    if (key === lastKey && !complete && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    lastKey = key;
    onStep({ kind: "analysing", progress });
  };
}

/**
 * 'Controleren' from start to end: read the workbook, analyse it and plan the marks (on the
 * engine's thread), mark it, and bring the stored review in line with the findings. Reading and
 * analysing must succeed (else this rejects); the later steps are each tried, and their failures
 * come back in `problems`. Between the steps the browser gets to paint the progress.
 */
export async function runCheck(
  gateway: WorkbookGateway,
  engine: RunEngine,
  options: CheckOptions,
  onStep: (step: CheckStep) => void
): Promise<CheckResult> {
  const now = options.now ?? (() => new Date());
  onStep({ kind: "reading", done: 0, total: 0 });
  const workbook = await gateway.readWorkbook((done, total) => onStep({ kind: "reading", done, total }));
  onStep({ kind: "analysing", progress: null });
  await yieldToUi();
  const { analysis, marks, summary } = await engine(
    workbook,
    { options: options.analyse, marks: { lang: options.lang, showMet: options.showMet } },
    throttled(onStep)
  );
  onStep({ kind: "marking", cells: marks.length });
  await yieldToUi();

  const problems: unknown[] = [];
  try {
    await gateway.applyMarks(marks);
  } catch (error) {
    problems.push(error);
  }

  onStep({ kind: "review" });
  await yieldToUi();
  let loaded: ParsedReview;
  let reviewWritable = true;
  try {
    loaded = await loadReview(gateway);
    reviewWritable = loaded.warning !== "newer-version";
  } catch (error) {
    problems.push(error);
    loaded = { state: EMPTY_REVIEW, warning: null };
    reviewWritable = false;
  }
  await yieldToUi();
  // Nothing to reconcile in an empty review: skip the pass over every finding.
  const review =
    Object.keys(loaded.state.entries).length === 0
      ? loaded.state
      : reconcileReview(loaded.state, analysis.findings, now());
  if (review !== loaded.state && reviewWritable) {
    try {
      await gateway.saveReview(review);
    } catch (error) {
      problems.push(error);
    }
  }
  const mergesSkipped = workbook.sheets.filter((s) => s.mergesSkipped === true).map((s) => s.name);
  return {
    analysis,
    summary,
    review,
    reviewWarning: loaded.warning,
    reviewWritable,
    problems,
    mergesSkipped,
  };
}
