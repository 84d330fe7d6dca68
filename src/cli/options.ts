/**
 * The command line as typed options. Every problem is an InputError with one line in one language:
 * the language asked for with --lang, Dutch when that is missing or itself wrong.
 */
import { parseArgs } from "node:util";
import type { TableOverride } from "../core/detect/detectTables";
import type { Lang } from "../core/messages";
import { STRINGS } from "./strings";
import { parseTableOption } from "./tableOption";

/** A failure the user can act on: one line (or a short block) on stderr, exit code 2. */
export class InputError extends Error {}

export interface CliOptions {
  readonly lang: Lang;
  readonly help: boolean;
  readonly json: boolean;
  readonly inputs: readonly string[];
  readonly highlight?: string;
  readonly export?: string;
  readonly report?: string;
  readonly showMet: boolean;
  readonly budgetYear?: number;
  readonly tables: readonly TableOverride[];
  readonly programme?: string;
  readonly baseline?: string;
  /** --compare: another version of the document (.xlsx, or a report of --json) to compare with. */
  readonly compare?: string;
  /** --mark-changed-targets: the export footnotes each target --compare found changed. */
  readonly markChangedTargets: boolean;
  readonly onlyNew: boolean;
  readonly exitZero: boolean;
  /** --explain: the finding catalogue's address once per code in the text report. */
  readonly explain: boolean;
}

const OPTIONS = {
  json: { type: "boolean" },
  explain: { type: "boolean" },
  lang: { type: "string" },
  highlight: { type: "string" },
  export: { type: "string" },
  report: { type: "string" },
  "show-met": { type: "boolean" },
  "budget-year": { type: "string" },
  table: { type: "string", multiple: true },
  programme: { type: "string" },
  baseline: { type: "string" },
  compare: { type: "string" },
  "mark-changed-targets": { type: "boolean" },
  "only-new": { type: "boolean" },
  "exit-zero": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const LANGS: readonly Lang[] = ["nl", "en"];

/** The language of the messages: --lang's value when it is one we speak, else Dutch. */
export function requestedLang(argv: readonly string[]): { lang: Lang; given: string | undefined } {
  let given: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--lang") given = argv[i + 1];
    else if (arg.startsWith("--lang=")) given = arg.slice("--lang=".length);
  });
  const lang = LANGS.find((l) => l === given) ?? "nl";
  return { lang, given };
}

export function parseOptions(argv: readonly string[]): CliOptions {
  const { lang, given } = requestedLang(argv);
  const s = STRINGS[lang];
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new InputError(s.usage(describeParseError(e, lang)));
  }
  const { values, positionals } = parsed;
  if (given !== undefined && !LANGS.includes(given as Lang)) throw new InputError(s.usage(s.badLang(given)));

  let budgetYear: number | undefined;
  if (values["budget-year"] !== undefined) {
    budgetYear = Number(values["budget-year"]);
    if (!(Number.isInteger(budgetYear) && budgetYear > 1900 && budgetYear < 2200))
      throw new InputError(s.usage(s.badYear(values["budget-year"])));
  }
  const tables = (values.table ?? []).map((text) => {
    const result = parseTableOption(text);
    if (!result.ok) throw new InputError(s.usage(s.tableOption(result.problem, result.text)));
    return result.table;
  });
  if (values.report !== undefined && !/\.xlsx$/i.test(values.report))
    throw new InputError(s.usage(s.reportType(values.report)));
  if (values["only-new"] && values.baseline === undefined) throw new InputError(s.usage(s.onlyNewAlone));
  if (values["mark-changed-targets"] && (values.compare === undefined || values.export === undefined))
    throw new InputError(s.usage(s.markChangedAlone));

  return {
    lang,
    help: values.help ?? false,
    json: values.json ?? false,
    inputs: positionals,
    ...(values.highlight === undefined ? {} : { highlight: values.highlight }),
    ...(values.export === undefined ? {} : { export: values.export }),
    ...(values.report === undefined ? {} : { report: values.report }),
    showMet: values["show-met"] ?? false,
    ...(budgetYear === undefined ? {} : { budgetYear }),
    tables,
    ...(values.programme === undefined ? {} : { programme: values.programme }),
    ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
    ...(values.compare === undefined ? {} : { compare: values.compare }),
    markChangedTargets: values["mark-changed-targets"] ?? false,
    onlyNew: values["only-new"] ?? false,
    exitZero: values["exit-zero"] ?? false,
    explain: values.explain ?? false,
  };
}

/** node:util's English parse error, said again in the user's language. */
function describeParseError(e: unknown, lang: Lang): string {
  const s = STRINGS[lang];
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return s.unknownOption(option);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return /argument missing/.test(message) ? s.missingValue(option) : s.noValue(option);
  return s.badCommand;
}
