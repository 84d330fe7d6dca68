/**
 * 'Vergelijken met…' on the engine's thread: the reference .xlsx is read here with exceljs, analysed
 * with the check's own options and compared with the analysis the check just made. Only the
 * comparison and the marks go back to the pane; the file itself is never sent anywhere.
 */
import { analyseWorkbook, type AnalyseOptions } from "../../core/analyse";
import { compareAnalyses, referenceOf, type Comparison } from "../../core/compare";
import { planMarks, type Mark, type MarkOptions } from "../../core/marks";
import type { Analysis } from "../../core/model/types";
import type { WorkbookData } from "../../core/workbook";
import { isXlsxReadError } from "../../xlsx/errors";
import { CompareError } from "./compareError";

export { asCompareError, CompareError, type CompareErrorCode } from "./compareError";

/** The reference file the user chose: its name and date as the computer tells them, and its bytes. */
export interface ReferenceFile {
  readonly name: string;
  /** File.lastModified: milliseconds since 1970. */
  readonly lastModified: number;
  readonly bytes: ArrayBuffer;
}

export interface CompareOutput {
  readonly comparison: Comparison;
  /** The marks of the check's findings and the comparison's together: they replace the check's marks. */
  readonly marks: readonly Mark[];
}

/**
 * The check's options as they apply to another version of the document: tables chosen by hand are
 * ranges of this workbook, and a budget year set for it is not that document's year.
 */
export function referenceOptions(options: AnalyseOptions): AnalyseOptions {
  const { tables: _tables, budgetYear: _year, onPhase: _phase, ...rest } = options;
  return rest;
}

/** Reads and analyses the reference; rejects with a CompareError that says why it cannot be used. */
export async function analyseReference(file: ReferenceFile, options: AnalyseOptions): Promise<Analysis> {
  // exceljs loads on the first comparison only: the check itself never needs it.
  const { readWorkbookBuffer } = await import("../../xlsx/loadWorkbook");
  let workbook: WorkbookData;
  try {
    workbook = await readWorkbookBuffer(file.bytes);
  } catch (error) {
    if (!isXlsxReadError(error)) throw error;
    throw new CompareError(
      error.code === "file-not-found" ? "unreadable" : error.code,
      file.name,
      error.message
    );
  }
  const analysis = analyseWorkbook(workbook, referenceOptions(options));
  if (analysis.programme.indicators.length === 0) throw new CompareError("no-indicators", file.name);
  return analysis;
}

/** Compares the check's analysis with the reference's, and plans the marks of both sets of findings. */
export function compareJob(
  current: Analysis,
  reference: Analysis,
  name: string,
  marks: MarkOptions | null
): CompareOutput {
  // Labelled as the CLI labels it ("begroting 2025"): the footnote of changed targets names it.
  const comparison = compareAnalyses(current, reference, referenceOf(name, reference));
  const both: Analysis = { ...current, findings: [...current.findings, ...comparison.findings] };
  return { comparison, marks: marks ? planMarks(both, marks) : [] };
}

/**
 * The reference's analysis, kept while the same file is compared with under the same options: a
 * check after every edit compares again, and reads the reference only once.
 */
export class ReferenceCache {
  private kept: { readonly key: string; readonly analysis: Promise<Analysis> } | null = null;

  analysis(file: ReferenceFile, options: AnalyseOptions): Promise<Analysis> {
    const key = JSON.stringify([
      file.name,
      file.lastModified,
      file.bytes.byteLength,
      referenceOptions(options),
    ]);
    if (this.kept?.key !== key) {
      const analysis = analyseReference(file, options);
      this.kept = { key, analysis };
      // A failed read is not kept: the same name chosen again may be a repaired file.
      analysis.catch(() => {
        if (this.kept?.analysis === analysis) this.kept = null;
      });
    }
    return this.kept.analysis;
  }
}
