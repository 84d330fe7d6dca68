/**
 * One engine job from workbook to what the pane shows: the analysis, the marks and the summary.
 * The worker and the main-thread fallback both run this, so the two cannot differ.
 */
import { analyseWorkbook } from "../../core/analyse";
import { planMarks } from "../../core/marks";
import type { WorkbookData } from "../../core/workbook";
import { summariseAnalysis } from "../state/summary";
import type { EngineJob, EngineOutput, EnginePhase } from "./types";

/** analyseWorkbook reports a phase when it ends; the pane wants to know which one starts. */
const NEXT: Readonly<Record<"detect" | "parse" | "validate", EnginePhase>> = {
  detect: "parse",
  parse: "validate",
  validate: "marks",
};

export function runJob(
  workbook: WorkbookData,
  job: EngineJob,
  onPhase?: (phase: EnginePhase) => void
): EngineOutput {
  onPhase?.("detect");
  const options = onPhase
    ? { ...job.options, onPhase: (ended: keyof typeof NEXT) => onPhase(NEXT[ended]) }
    : job.options;
  const analysis = analyseWorkbook(workbook, options);
  const marks = job.marks ? planMarks(analysis, job.marks) : [];
  return { analysis, marks, summary: summariseAnalysis(analysis) };
}
