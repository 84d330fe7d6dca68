/**
 * `--compare <file>`: the other version of the document, read once for the run. A workbook is
 * analysed as the checked one is (same budget year), a JSON report written earlier by `--json` is
 * taken as it is. Every problem is one line that starts with "--compare:" (exit code 2).
 */
import path from "node:path";
import { analyseWorkbook } from "../core/analyse";
import { compareAnalyses, referenceOf, type Comparison, type ComparisonReference } from "../core/compare";
import type { Lang } from "../core/messages";
import { selectProgramme } from "../core/model/selectProgramme";
import type { Analysis } from "../core/model/types";
import { readJsonReport, type JsonComparison, type JsonReport } from "../core/report/jsonReport";
import { isXlsxReadError } from "../xlsx/errors";
import { readWorkbookFile } from "../xlsx/readWorkbook";
import { readJsonFile } from "./jsonFile";
import { InputError } from "./options";
import { STRINGS } from "./strings";

export interface LoadedReference {
  readonly document: Analysis | JsonReport;
  readonly ref: ComparisonReference;
}

export async function loadReference(
  file: string,
  lang: Lang,
  budgetYear: number | undefined
): Promise<LoadedReference> {
  const s = STRINGS[lang];
  const ext = path.extname(file).toLowerCase();
  if (ext === ".json") {
    const report = await readJsonFile(file, (json) => readJsonReport(onlyReport(json))).catch(
      (e: NodeJS.ErrnoException) => {
        throw new InputError(
          `--compare: ${s.readError[e.code === "ENOENT" ? "file-not-found" : "unreadable"](file)}`
        );
      }
    );
    if (!report) throw new InputError(s.compareNotReport(file));
    return { document: report, ref: referenceOf(file, report) };
  }
  if (ext !== ".xlsx") throw new InputError(s.compareType(file));
  const workbook = await readWorkbookFile(file).catch((e: unknown) => {
    if (isXlsxReadError(e)) throw new InputError(`--compare: ${s.readError[e.code](file)}`);
    throw e;
  });
  const analysis = analyseWorkbook(workbook, budgetYear === undefined ? {} : { budgetYear });
  if (analysis.programme.indicators.length === 0)
    throw new InputError(`--compare: ${s.noIndicatorTable(file, []).split("\n")[0]}`);
  return { document: analysis, ref: referenceOf(file, analysis) };
}

/** A run over several workbooks that checked one (`check map/ --json`) holds that workbook's report. */
function onlyReport(json: unknown): unknown {
  if (typeof json !== "object" || json === null || !("files" in json) || !Array.isArray(json.files))
    return json;
  const reports = json.files.map((f: { report?: unknown }) => f?.report).filter((r) => r);
  return reports.length === 1 ? reports[0] : json;
}

/**
 * The checked workbook (or the programme asked for with --programme) against the reference: with
 * --programme, the reference's programme of the same number where it has one.
 */
export function compareWith(
  analysis: Analysis,
  reference: LoadedReference,
  programme: string | undefined
): Comparison {
  return compareAnalyses(analysis, sameProgramme(reference.document, analysis, programme), reference.ref);
}

function sameProgramme(document: Analysis | JsonReport, analysis: Analysis, programme: string | undefined) {
  const key = analysis.programmes.length === 1 ? analysis.programmes[0]!.key : null;
  if (programme === undefined || key === null) return document;
  if ("schemaVersion" in document) {
    const own = document.programmes.filter((p) => p.key === key);
    return own.length > 0 ? { ...document, programmes: own } : document;
  }
  const part = document.programmes.find((p) => p.key === key);
  return part ? selectProgramme(document, part.id) : document;
}

/** The analysis with the comparison's findings after its own, as the reports show them. */
export function withComparison(analysis: Analysis, comparison: Comparison): Analysis {
  return { ...analysis, findings: [...analysis.findings, ...comparison.findings] };
}

/** The comparison's part of a JSON report (docs/report-schema.md, "comparison"). */
export function comparisonJson(c: Comparison): JsonComparison {
  return { reference: { name: c.reference.name, label: c.reference.label }, pairs: c.pairs };
}

/** "Vergeleken met begroting-2025.xlsx (begroting 2025): 8 indicatoren gepaard, 1 nieuw, 1 vervallen." */
export function renderComparisonLine(c: Comparison, lang: Lang): string {
  return STRINGS[lang].compareLine({
    name: c.reference.name,
    label: c.reference.label,
    paired: c.pairs.filter((p) => p.current !== null && p.reference !== null).length,
    approximate: c.pairs.filter((p) => p.how === "approximate").length,
    added: c.pairs.filter((p) => p.reference === null).length,
    removed: c.pairs.filter((p) => p.current === null).length,
  });
}
