#!/usr/bin/env node
/**
 * `npm run check`: the engine on .xlsx files from the terminal. Exit 0 without errors, 1 with
 * errors, 2 when the input cannot be used. Never prints a stack trace.
 */
import { readFile, realpath, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../core/analyse";
import { planMarks } from "../core/marks";
import type { Lang } from "../core/messages";
import { selectProgramme } from "../core/model/selectProgramme";
import type { Analysis } from "../core/model/types";
import { toJsonReport } from "../core/report/jsonReport";
import { helpBase } from "../help/address";
import { applyMarksToWorkbook } from "../xlsx/applyMarks";
import { isXlsxReadError } from "../xlsx/errors";
import { readWorkbookFile } from "../xlsx/readWorkbook";
import { exportLayout, ExportError } from "./exportLayout";
import { parseTableOption } from "./tableOption";
import { STRINGS } from "./strings";
import { renderTextReport } from "./textReport";

export const SAMPLE_WORKBOOK = path.resolve(__dirname, "../../examples/begroting-2026-dienstverlening.xlsx");

/** A failure the user can act on: one line on stderr, exit code 2. */
class InputError extends Error {}

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly colour: boolean;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const langArg = argv.includes("--lang") ? argv[argv.indexOf("--lang") + 1] : undefined;
  const lang: Lang = langArg === "en" ? "en" : "nl";
  const s = STRINGS[lang];
  try {
    const { values, positionals } = parseCli(argv, lang);
    if (values.help) {
      io.out(s.help);
      return 0;
    }
    if (positionals.length > 1)
      throw new InputError(s.usage(lang === "nl" ? "Geef één bestand tegelijk" : "Give one file at a time"));
    const file = positionals[0] ?? SAMPLE_WORKBOOK;
    const shown = positionals[0] ?? path.relative(process.cwd(), SAMPLE_WORKBOOK);
    const budgetYear = values["budget-year"] === undefined ? undefined : Number(values["budget-year"]);
    if (
      budgetYear !== undefined &&
      !(Number.isInteger(budgetYear) && budgetYear > 1900 && budgetYear < 2200)
    ) {
      throw new InputError(
        s.usage(
          lang === "nl"
            ? `--budget-year verwacht een jaartal, niet '${values["budget-year"]}'`
            : `--budget-year expects a year, not '${values["budget-year"]}'`
        )
      );
    }

    const tables = (values.table ?? []).map((text) => {
      const parsed = parseTableOption(text);
      if (!parsed.ok) throw new InputError(s.usage(s.tableOption(parsed.problem, parsed.text)));
      return parsed.table;
    });

    const workbook = await readWorkbookFile(file).catch((e: unknown) => {
      if (isXlsxReadError(e)) throw new InputError(s.readError[e.code](shown));
      throw e;
    });
    for (const t of tables)
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
      ...(budgetYear === undefined ? {} : { budgetYear }),
      ...(tables.length > 0 ? { tables } : {}),
    });
    const analysis = values.programme === undefined ? whole : chooseProgramme(whole, values.programme, lang);
    if (
      analysis.programme.indicators.length === 0 &&
      !analysis.programme.tables.some((t) => t.kind === "indicators")
    ) {
      const notFound = analysis.findings.find(
        (f) => f.code === "table/not-found" && f.params.kind === "indicators"
      );
      const candidates = notFound?.code === "table/not-found" ? (notFound.params.candidates ?? []) : [];
      throw new InputError(s.noIndicatorTable(shown, candidates));
    }

    if (values.export && (await sameFile(file, values.export)))
      throw new InputError(s.sameAsInput(values.export));
    if (values.highlight)
      await writeHighlightedCopy(file, values.highlight, analysis, lang, values["show-met"] ?? false, io);
    if (values.export) {
      await exportLayout(analysis, values.export, lang).catch((e: unknown) => {
        if (e instanceof ExportError) throw new InputError(e.message);
        throw e;
      });
      if (!values.json) io.err(s.wrote(values.export));
    }

    if (values.json) io.out(JSON.stringify(toJsonReport(analysis, shown, lang), null, 2));
    else
      io.out(
        renderTextReport(analysis, shown, lang, io.colour, values.explain ? helpBase(process.env) : undefined)
      );
    return analysis.findings.some((f) => f.severity === "error") ? 1 : 0;
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

function parseCli(argv: readonly string[], lang: Lang) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        explain: { type: "boolean" },
        lang: { type: "string" },
        highlight: { type: "string" },
        export: { type: "string" },
        "show-met": { type: "boolean" },
        "budget-year": { type: "string" },
        table: { type: "string", multiple: true },
        programme: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new InputError(
      STRINGS[lang].usage(e instanceof Error ? e.message.split("\n")[0]!.replace(/\.$/, "") : String(e))
    );
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
  lang: Lang,
  showMet: boolean,
  io: Io
): Promise<void> {
  const s = STRINGS[lang];
  if (await sameFile(input, output)) throw new InputError(s.sameAsInput(output));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(input)) as unknown as ArrayBuffer);
  applyMarksToWorkbook(workbook, planMarks(analysis, { lang, showMet }));
  try {
    await writeFile(output, new Uint8Array(await workbook.xlsx.writeBuffer()));
  } catch (e) {
    throw new InputError(s.writeFailed(output, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  io.err(s.wrote(output));
}

if (require.main === module) {
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  void run(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    colour: colour || Boolean(process.env.FORCE_COLOR),
  }).then((code) => {
    process.exitCode = code;
  });
}
