#!/usr/bin/env node
/**
 * `indicator-check` (`npm run check`): the engine on .xlsx files from the terminal, one workbook or
 * many. Exit 0 without errors, 1 with errors, 2 when the input cannot be used; over many workbooks
 * the worst of them. Never prints a stack trace.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, realpath, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../core/analyse";
import { planMarks } from "../core/marks";
import type { Lang } from "../core/messages";
import { selectProgramme } from "../core/model/selectProgramme";
import type { Analysis } from "../core/model/types";
import {
  baselineFor,
  compareBaseline,
  readBaseline,
  type BaselineComparison,
  type BaselineDocument,
} from "../core/report/baseline";
import { findingRows, type FindingRow } from "../core/report/findingRows";
import { summarise, toJsonReport } from "../core/report/jsonReport";
import { reviewFromXml } from "../core/review/reviewXml";
import { readReviewXml } from "../demo/reviewPart";
import { helpBase } from "../help/address";
import { applyMarksToWorkbook } from "../xlsx/applyMarks";
import { isXlsxReadError } from "../xlsx/errors";
import { readWorkbookFile } from "../xlsx/readWorkbook";
import { buildFindingsWorkbook } from "../xlsx/writeFindingsWorkbook";
import { exportLayout, ExportError } from "./exportLayout";
import { collectInputs } from "./inputs";
import { readJsonFile } from "./jsonFile";
import { InputError, parseOptions, requestedLang, type CliOptions } from "./options";
import { baselineJson, renderBaselineText } from "./baselineOutput";
import {
  comparisonJson,
  compareWith,
  loadReference,
  renderComparisonLine,
  withComparison,
  type LoadedReference,
} from "./reference";
import { changedTargetsOf, type Comparison } from "../core/compare";
import { STRINGS } from "./strings";
import { renderSummaryTable, type FileLine } from "./summaryTable";
import { renderTextReport } from "./textReport";

/** The repository (or installed package) folder: the bundle lives one level down, the sources two. */
const PACKAGE_ROOT = [path.resolve(__dirname, ".."), path.resolve(__dirname, "../..")].find((dir) =>
  existsSync(path.join(dir, "package.json"))
)!;
export const SAMPLE_WORKBOOK = path.join(PACKAGE_ROOT ?? ".", "examples/begroting-2026-dienstverlening.xlsx");

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly colour: boolean;
  /** A transient progress line (a terminal's stderr); null clears it. */
  readonly progress?: (text: string | null) => void;
}

/** One workbook, checked: what is printed and counted for it, or why it could not be used. */
interface Checked {
  readonly source: string;
  readonly status: number;
  /** The analysis as printed: with --only-new, only the new findings. */
  readonly analysis: Analysis | null;
  readonly comparison: BaselineComparison | null;
  /** With --compare: the comparison with the other version (its findings are in `analysis`). */
  readonly versions: Comparison | null;
  readonly error: string | null;
  readonly rows: readonly LinkedRow[];
}

/** A row of the findings workbook with where its cell links to. */
type LinkedRow = FindingRow & { readonly link: string | null };

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const lang = requestedLang(argv).lang;
  try {
    const options = parseOptions(argv);
    const s = STRINGS[options.lang];
    if (options.help) {
      io.out(s.help);
      return 0;
    }
    const sample = options.inputs.length === 0;
    const inputs = await collectInputs(sample ? [SAMPLE_WORKBOOK] : options.inputs);
    if (inputs.files.length === 0) throw new InputError(s.emptyFolder(inputs.emptyFolders[0] ?? "."));
    if (inputs.many && options.export) throw new InputError(s.usage(s.oneFileOnly("--export")));
    if (inputs.many && options.compare) throw new InputError(s.usage(s.compareOneFile));
    const baseline = options.baseline ? await loadBaseline(options.baseline, options.lang) : null;
    const reference = options.compare
      ? await loadReference(options.compare, options.lang, options.budgetYear)
      : null;
    if (options.highlight && inputs.many) await mkdir(options.highlight, { recursive: true });

    const results: Checked[] = [];
    for (const [i, file] of inputs.files.entries()) {
      const source = sample ? path.relative(process.cwd(), file) : file;
      if (inputs.many) io.progress?.(`[${i + 1}/${inputs.files.length}] ${source}`);
      try {
        results.push(await checkFile(file, source, options, { baseline, reference }, inputs.many, io));
      } catch (e) {
        if (!inputs.many || !(e instanceof InputError)) throw e;
        results.push({
          source,
          status: 2,
          analysis: null,
          comparison: null,
          versions: null,
          error: e.message,
          rows: [],
        });
      }
    }
    io.progress?.(null);

    if (options.report)
      await writeReport(
        options.report,
        results.flatMap((r) => r.rows),
        options.lang,
        io
      );
    printResults(results, options, inputs.many, io);
    const worst = Math.max(...results.map((r) => r.status));
    return options.exitZero && worst < 2 ? 0 : worst;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(e.message);
      return 2;
    }
    // Anything unexpected still gets one line, never a stack trace.
    io.err(
      `${lang === "nl" ? "Onverwachte fout" : "Unexpected error"}: ${e instanceof Error ? e.message : String(e)}`
    );
    return 2;
  }
}

async function checkFile(
  file: string,
  source: string,
  options: CliOptions,
  against: { baseline: BaselineDocument | null; reference: LoadedReference | null },
  many: boolean,
  io: Io
): Promise<Checked> {
  const { baseline, reference } = against;
  const s = STRINGS[options.lang];
  const workbook = await readWorkbookFile(file).catch((e: unknown) => {
    if (isXlsxReadError(e)) throw new InputError(s.readError[e.code](source));
    throw e;
  });
  for (const t of options.tables)
    if (!workbook.sheets.some((sheet) => sheet.name === t.sheet))
      throw new InputError(
        s.usage(
          s.tableSheet(
            t.sheet,
            workbook.sheets.map((sheet) => sheet.name)
          )
        )
      );
  const whole = analyseWorkbook(workbook, {
    ...(options.budgetYear === undefined ? {} : { budgetYear: options.budgetYear }),
    ...(options.tables.length > 0 ? { tables: options.tables } : {}),
  });
  const checked =
    options.programme === undefined ? whole : chooseProgramme(whole, options.programme, options.lang);
  if (
    checked.programme.indicators.length === 0 &&
    !checked.programme.tables.some((t) => t.kind === "indicators")
  ) {
    const notFound = checked.findings.find(
      (f) => f.code === "table/not-found" && f.params.kind === "indicators"
    );
    const candidates = notFound?.code === "table/not-found" ? (notFound.params.candidates ?? []) : [];
    throw new InputError(s.noIndicatorTable(source, candidates));
  }
  const versions = reference ? compareWith(checked, reference, options.programme) : null;
  const analysis = versions ? withComparison(checked, versions) : checked;

  const highlight =
    options.highlight && (many ? path.join(options.highlight, path.basename(file)) : options.highlight);
  if (options.export && (await sameFile(file, options.export)))
    throw new InputError(s.sameAsInput(options.export));
  if (highlight) await writeHighlightedCopy(file, highlight, analysis, options, io);
  if (options.export) {
    const changedTargets = versions && options.markChangedTargets ? changedTargetsOf(versions) : null;
    await exportLayout(
      analysis,
      options.export,
      options.lang,
      changedTargets ? { changedTargets } : {}
    ).catch((e: unknown) => {
      if (e instanceof ExportError) throw new InputError(e.message);
      throw e;
    });
    if (!options.json) io.err(s.wrote(options.export));
  }

  const comparison = baseline
    ? compareBaseline(analysis.findings, baselineFor(baseline, source, !many))
    : null;
  const shown =
    comparison && options.onlyNew
      ? { ...analysis, findings: analysis.findings.filter((f) => comparison.status.get(f.id) === "new") }
      : analysis;
  const rows = options.report
    ? findingRows(
        {
          analysis: shown,
          file: source,
          review: reviewFromXml(await readReviewXml(await readFile(file))).state,
          ...(comparison ? { baseline: comparison.status } : {}),
        },
        options.lang
      ).map((row) => ({ ...row, link: linkFor(highlight || file, options.report!, row) }))
    : [];
  return {
    source,
    status: shown.findings.some((f) => f.severity === "error") ? 1 : 0,
    analysis: shown,
    comparison,
    versions,
    error: null,
    rows,
  };
}

/** "gemarkeerd.xlsx#'Indicatoren'!D11": the workbook the report links into, relative to the report. */
function linkFor(workbook: string, report: string, row: FindingRow): string | null {
  if (!row.sheet || !row.cell) return null;
  const relative = path
    .relative(path.dirname(path.resolve(report)), path.resolve(workbook))
    .split(path.sep)
    .join("/");
  return `${relative}#'${row.sheet.replace(/'/g, "''")}'!${row.cell}`;
}

function printResults(results: readonly Checked[], options: CliOptions, many: boolean, io: Io): void {
  const { lang } = options;
  if (options.json) {
    const reports = results.map((r) =>
      r.analysis === null
        ? null
        : {
            ...toJsonReport(r.analysis, r.source, lang),
            ...(r.versions ? { comparison: comparisonJson(r.versions) } : {}),
            ...(r.comparison ? { baseline: baselineJson(r.comparison) } : {}),
          }
    );
    for (const r of results) if (r.error) io.err(r.error);
    if (!many) {
      io.out(JSON.stringify(reports[0], null, 2));
      return;
    }
    const summary = summarise(results.flatMap((r) => r.analysis?.findings ?? []));
    const files = results.map((r, i) => ({
      source: r.source,
      status: r.status,
      error: r.error,
      report: reports[i],
    }));
    io.out(JSON.stringify({ schemaVersion: 3, files, summary }, null, 2));
    return;
  }
  const s = STRINGS[lang];
  const parts: string[] = [];
  for (const r of results) {
    if (r.analysis === null) continue;
    const tags = new Map<string, string>();
    for (const [id, status] of r.comparison?.status ?? [])
      if (status !== "unchanged") tags.set(id, s.baselineTags[status]);
    parts.push(
      renderTextReport(
        r.analysis,
        r.source,
        lang,
        io.colour,
        tags,
        options.explain ? helpBase(process.env) : undefined
      )
    );
    if (r.versions) parts.push(renderComparisonLine(r.versions, lang));
    if (r.comparison) parts.push(renderBaselineText(r.comparison, lang));
  }
  if (many) {
    const lines: FileLine[] = results.map((r) => ({
      source: r.source,
      status: r.status,
      indicators: r.analysis?.programme.indicators.length ?? null,
      counts: r.analysis ? summarise(r.analysis.findings) : null,
      error: r.error,
    }));
    parts.push(renderSummaryTable(lines, lang));
  }
  io.out(parts.join("\n\n"));
}

async function loadBaseline(file: string, lang: Lang): Promise<BaselineDocument> {
  const s = STRINGS[lang];
  const doc = await readJsonFile(file, readBaseline).catch(() => null);
  if (!doc) throw new InputError(s.baselineUnreadable(file));
  return doc;
}

async function writeReport(file: string, rows: readonly LinkedRow[], lang: Lang, io: Io): Promise<void> {
  const links = new Map<FindingRow, string | null>(rows.map((r) => [r, r.link]));
  const workbook = buildFindingsWorkbook(rows, lang, (row) => links.get(row) ?? null);
  await writeOutput(file, workbook, lang);
  io.err(STRINGS[lang].wrote(file));
}

async function writeOutput(file: string, workbook: ExcelJS.Workbook, lang: Lang): Promise<void> {
  try {
    await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  } catch (e) {
    throw new InputError(STRINGS[lang].writeFailed(file, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
}

/** `--programme 4.2`: the programme by its number, id or name (case and spacing aside). */
function chooseProgramme(analysis: Analysis, given: string, lang: Lang): Analysis {
  const wanted = given.trim().toLowerCase();
  const part = analysis.programmes.find((p) =>
    [p.id, p.key, p.label, p.name].some((n) => n !== null && n.trim().toLowerCase() === wanted)
  );
  if (!part)
    throw new InputError(
      STRINGS[lang].unknownProgramme(
        given,
        analysis.programmes.map((p) => p.key ?? p.label)
      )
    );
  return selectProgramme(analysis, part.id);
}

/**
 * Would writing `output` overwrite `input`? The same file after resolving links, or the same file on
 * disk under another name (a hard link).
 */
async function sameFile(input: string, output: string): Promise<boolean> {
  const [a, b] = await Promise.all([stat(input).catch(() => null), stat(output).catch(() => null)]);
  if (a && b && a.ino !== 0 && a.dev === b.dev && a.ino === b.ino) return true;
  const [inReal, outReal] = await Promise.all([
    realpath(input),
    realpath(output).catch(() => path.resolve(output)),
  ]);
  return inReal === outReal;
}

async function writeHighlightedCopy(
  input: string,
  output: string,
  analysis: Analysis,
  options: CliOptions,
  io: Io
): Promise<void> {
  const s = STRINGS[options.lang];
  if (await sameFile(input, output)) throw new InputError(s.sameAsInput(output));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(input)) as unknown as ArrayBuffer);
  applyMarksToWorkbook(workbook, planMarks(analysis, { lang: options.lang, showMet: options.showMet }));
  await writeOutput(output, workbook, options.lang);
  io.err(s.wrote(output));
}

/** The command as a process: argv in, exit code out; a progress line only on a terminal. */
export function main(): void {
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const terminal = Boolean(process.stderr.isTTY);
  void run(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    colour: colour || Boolean(process.env.FORCE_COLOR),
    ...(terminal
      ? { progress: (t: string | null) => process.stderr.write(t === null ? "\r\x1b[K" : `\r\x1b[K${t}`) }
      : {}),
  }).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) main();
