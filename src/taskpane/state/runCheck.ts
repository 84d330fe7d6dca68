import type { Comparison } from "../../core/compare";
import type { WorkbookGateway } from "../../core/gateway";
import type { MarkOptions } from "../../core/marks";
import type { Lang } from "../../core/messages";
import type { Analysis } from "../../core/model/types";
import type { AnalyseOptions } from "../../core/analyse";
import {
  EMPTY_REVIEW,
  reconcileReview,
  withReference,
  type ParsedReview,
  type ReviewEntry,
  type ReviewReference,
  type ReviewState,
  type ReviewWarning,
} from "../../core/review";
import type { WorkbookData } from "../../core/workbook";
import type { CompareOutput } from "../engine/compareJob";
import type { EngineJob, EngineOutput, EngineProgress } from "../engine/types";
import { isCompareCode } from "../../core/compare/codes";
import { yieldToUi } from "./slices";
import type { CheckSummary } from "./summary";

export type CheckStep =
  | { readonly kind: "reading"; readonly done: number; readonly total: number }
  /** The engine at work; `progress` says how far, when it can tell. */
  | { readonly kind: "analysing"; readonly progress: EngineProgress | null }
  /** Reading the reference and comparing with it ('Vergelijken met…'). */
  | { readonly kind: "comparing"; readonly file: string }
  | { readonly kind: "marking"; readonly cells: number }
  | { readonly kind: "review" };

export interface CheckOptions {
  readonly analyse: AnalyseOptions;
  readonly lang: Lang;
  readonly showMet: boolean;
  readonly now?: () => Date;
  /** What this check does about the version compared with; nothing when absent. */
  readonly reference?: ReferenceChoice;
}

/** Compares the check's analysis with the chosen reference, planning the marks of both (on the engine's thread). */
export type RunCompare = (analysis: Analysis, job: EngineJob) => Promise<CompareOutput>;

export type ReferenceChoice =
  /** No file chosen in this session: nothing is compared, and the reference the review remembers stays. */
  | { readonly kind: "none" }
  /** The user stopped comparing: nothing is compared, and the review forgets the reference. */
  | { readonly kind: "stop" }
  /** A file chosen in this session: compared with, and remembered in the review when that succeeds. */
  | { readonly kind: "file"; readonly reference: ReviewReference; readonly compare: RunCompare };

export interface CheckResult {
  readonly analysis: Analysis;
  /** Counts by severity and of met and breached values, worked out with the analysis. */
  readonly summary: CheckSummary;
  /**
   * The comparison with the chosen reference, when this check made one. Its findings are not in
   * `analysis` (whose exports do not show them); the pane shows them beside it (withComparison).
   */
  readonly comparison: Comparison | null;
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
  /** Sheets whose conditional formats Excel would not list (MarkOutcome.unreadFormats): the pane says so. */
  readonly formatsUnread: readonly string[];
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
  const markOptions: MarkOptions = { lang: options.lang, showMet: options.showMet };
  const job: EngineJob = { options: options.analyse, marks: markOptions };
  const checked = await engine(workbook, job, throttled(onStep));
  const { analysis, summary } = checked;
  const problems: unknown[] = [];

  // A reference that cannot be compared with is a problem of its own: the check's findings still show.
  const choice = options.reference ?? { kind: "none" };
  let comparison: Comparison | null = null;
  let marks = checked.marks;
  if (choice.kind === "file") {
    onStep({ kind: "comparing", file: choice.reference.name });
    try {
      ({ comparison, marks } = await choice.compare(analysis, job));
    } catch (error) {
      problems.push(error);
    }
  }
  onStep({ kind: "marking", cells: marks.length });
  await yieldToUi();

  let formatsUnread: readonly string[] = [];
  try {
    formatsUnread = (await gateway.applyMarks(marks))?.unreadFormats ?? [];
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
  const review = remember(reconcile(loaded.state, analysis, comparison, now()), choice, comparison);
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
    comparison,
    review,
    reviewWarning: loaded.warning,
    reviewWritable,
    problems,
    mergesSkipped,
    formatsUnread,
  };
}

/**
 * The stored review in line with this check's findings and the comparison's. A check that compared
 * nothing says nothing about the verdicts on comparison findings: those are left as they are.
 */
function reconcile(
  state: ReviewState,
  analysis: Analysis,
  comparison: Comparison | null,
  now: Date
): ReviewState {
  // Nothing to reconcile in an empty review: skip the pass over every finding.
  if (Object.keys(state.entries).length === 0) return state;
  if (comparison === null)
    return reconcileReview(state, analysis.findings, now, {
      covers: (entry: ReviewEntry) => !isCompareCode(entry.code),
    });
  return reconcileReview(state, [...analysis.findings, ...comparison.findings], now);
}

/** The review remembering the reference compared with, or forgetting it when the user stopped comparing. */
function remember(state: ReviewState, choice: ReferenceChoice, comparison: Comparison | null): ReviewState {
  if (choice.kind === "stop") return withReference(state, null);
  if (choice.kind === "file" && comparison !== null) return withReference(state, choice.reference);
  return state;
}
