/**
 * The comparison as the pane shows it: its findings beside the check's, counted in the summary,
 * filtered apart ('Vergelijking'), and the reference it was made with.
 */
import { isCompareCode } from "../../core/compare/codes";
import type { Finding } from "../../core/findings/types";
import type { Analysis } from "../../core/model/types";
import type { ReviewReference } from "../../core/review";
import { CompareError } from "../engine/compareError";
import type { ReferenceFile } from "../engine/compareJob";
import type { CheckResult } from "./runCheck";
import { summariseAnalysis } from "./summary";

export const isComparisonFinding = (finding: Finding): boolean => isCompareCode(finding.code);

/**
 * The check's result with the comparison's findings beside its own (after them), and the summary
 * counting both. The same result when there is no comparison or it found nothing.
 */
export function withComparison(result: CheckResult | null): CheckResult | null {
  if (!result?.comparison || result.comparison.findings.length === 0) return result;
  const analysis: Analysis = {
    ...result.analysis,
    findings: [...result.analysis.findings, ...result.comparison.findings],
  };
  return { ...result, analysis, summary: summariseAnalysis(analysis) };
}

/** A file chosen to compare with, kept for this session: a file input cannot be reopened unasked. */
export interface ChosenReference {
  /** Its name and date as the review remembers them. */
  readonly reference: ReviewReference;
  /** Its bytes, read again for each check (the engine keeps its analysis while it is unchanged). */
  readonly read: () => Promise<ReferenceFile>;
}

/** Something with a name, a date and bytes: a File from a file input, or the demo's sample reference. */
export interface FileLike {
  readonly name: string;
  readonly lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The reference as the pane keeps it from a chosen file. */
export function chooseReference(file: FileLike): ChosenReference {
  const { name } = file;
  // A file's date as the computer tells it; a host that cannot tell gives the moment it was chosen.
  const lastModified = Number.isFinite(file.lastModified) ? file.lastModified : Date.now();
  return {
    reference: { name, modified: new Date(lastModified).toISOString() },
    read: async () => {
      try {
        return { name, lastModified, bytes: await file.arrayBuffer() };
      } catch (error) {
        // Moved, deleted or changed since it was chosen: the browser no longer lets it be read.
        throw new CompareError("unreadable", name, error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/** Whether a stored reference is the file chosen: the same name and date. */
export function sameReference(a: ReviewReference | undefined, b: ReviewReference | undefined): boolean {
  return a !== undefined && b !== undefined && a.name === b.name && a.modified === b.modified;
}
