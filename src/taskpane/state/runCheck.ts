import type { AnalyseOptions } from "../../core/analyse";
import type { WorkbookGateway } from "../../core/gateway";
import type { Lang } from "../../core/messages";
import { planMarks } from "../../core/marks";
import type { Analysis } from "../../core/model/types";
import {
  EMPTY_REVIEW,
  reconcileReview,
  type ParsedReview,
  type ReviewState,
  type ReviewWarning,
} from "../../core/review";
import type { WorkbookData } from "../../core/workbook";

export type CheckStep =
  | { readonly kind: "reading"; readonly done: number; readonly total: number }
  | { readonly kind: "analysing" }
  | { readonly kind: "marking" }
  | { readonly kind: "review" };

export interface CheckOptions {
  readonly analyse: AnalyseOptions;
  readonly lang: Lang;
  readonly showMet: boolean;
  readonly now?: () => Date;
}

export interface CheckResult {
  readonly analysis: Analysis;
  readonly review: ReviewState;
  readonly reviewWarning: ReviewWarning | null;
  /** False when the stored review must not be overwritten (unreadable load, newer version). */
  readonly reviewWritable: boolean;
  /**
   * What went wrong after the analysis succeeded (marking a protected sheet, saving the review):
   * the findings are still worth showing, and every one of these is shown too.
   */
  readonly problems: readonly unknown[];
}

/** Lets the browser paint the progress text before the next long step. */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The gateway's review with its warning, where the gateway can tell one (the Excel gateway can). */
async function loadReview(gateway: WorkbookGateway): Promise<ParsedReview> {
  const detailed = (gateway as { loadReviewDetailed?: () => Promise<ParsedReview> }).loadReviewDetailed;
  if (typeof detailed === "function") return detailed.call(gateway);
  return { state: await gateway.loadReview(), warning: null };
}

/**
 * 'Controleren' from start to end: read the workbook, analyse it, mark it, and bring the stored
 * review in line with the findings. Reading and analysing must succeed (else this rejects); the
 * later steps are each tried, and their failures come back in `problems`.
 */
export async function runCheck(
  gateway: WorkbookGateway,
  analyse: (workbook: WorkbookData, options: AnalyseOptions) => Promise<Analysis>,
  options: CheckOptions,
  onStep: (step: CheckStep) => void
): Promise<CheckResult> {
  const now = options.now ?? (() => new Date());
  onStep({ kind: "reading", done: 0, total: 0 });
  const workbook = await gateway.readWorkbook((done, total) => onStep({ kind: "reading", done, total }));
  onStep({ kind: "analysing" });
  await yieldToUi();
  const analysis = await analyse(workbook, options.analyse);
  onStep({ kind: "marking" });
  await yieldToUi();

  const problems: unknown[] = [];
  try {
    await gateway.applyMarks(planMarks(analysis, { lang: options.lang, showMet: options.showMet }));
  } catch (error) {
    problems.push(error);
  }

  onStep({ kind: "review" });
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
  const review = reconcileReview(loaded.state, analysis.findings, now());
  if (review !== loaded.state && reviewWritable) {
    try {
      await gateway.saveReview(review);
    } catch (error) {
      problems.push(error);
    }
  }
  return { analysis, review, reviewWarning: loaded.warning, reviewWritable, problems };
}
