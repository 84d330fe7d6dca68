/**
 * Stage 2: group the detected tables into programmes. A whole-budget workbook keeps a sheet or a
 * group of sheets per programme ("4.1 Indicatoren", "P2 Relatie", "Programma 3 - Toelichting"), or
 * several programmes one below the other on a sheet, each under its title ("Programma 2: Wonen").
 * A workbook without such marks is one programme, as before.
 */
import type { TableLayout } from "../detect/layout";
import { SheetView } from "../detect/sheetView";
import type { ProgrammeId } from "../findings/types";
import type { WorkbookData } from "../workbook";

export interface ProgrammeGroup {
  readonly id: ProgrammeId;
  /** "4.1", "2", "wonen"; null when the workbook is one programme. */
  readonly key: string | null;
  /** Its tables, in workbook order. */
  readonly layouts: readonly TableLayout[];
  /** Its own sheets plus the shared ones (sheets without tables or marks, such as a legend). */
  readonly views: readonly SheetView[];
  /** The sheets it holds tables on or is named after. */
  readonly sheets: readonly string[];
}

/** The only programme of a workbook without programme marks. */
export const SOLE_PROGRAMME = "programma" as ProgrammeId;

/** A number as budgets number programmes: "4", "4.1", "12.3". */
const NUMBER = String.raw`(\d{1,2}(?:\.\d{1,2}){0,2})`;
/** Sheet-name prefixes, strictest first: "Programma 3 - …", "Deelprogramma 4.1 …", "P2 …", "4.1 …". */
const SHEET_PREFIXES: readonly RegExp[] = [
  new RegExp(String.raw`^(?:deel)?programma\s*${NUMBER}(?=$|[\s\-–:_.])`, "i"),
  new RegExp(String.raw`^P${NUMBER}(?=$|[\s\-–:_])`, "i"),
  new RegExp(String.raw`^${NUMBER}(?=$|[\s\-–:_]+\S)`),
];
/** A title line that names a programme: "Programma 2: Wonen", "Deelprogramma 4.1 Dienstverlening", "Programma: P1". */
const TITLE = new RegExp(
  String.raw`^\s*(?:deel)?programma\b\s*(?:${NUMBER}\b)?\s*[:\-–]?\s*(.{0,80}?)\s*$`,
  "i"
);

/** The programme a sheet's name puts it in: "4.1 Indicatoren" → "4.1", "P2" → "2"; null without one. */
export function sheetProgrammeKey(name: string): string | null {
  for (const pattern of SHEET_PREFIXES) {
    const m = pattern.exec(name.trim());
    if (m?.[1]) return m[1];
  }
  return null;
}

/** The programme a title names: "Programma 2: Wonen" → "2", "Programma: P1" → "p1"; null for other titles. */
export function titleProgrammeKey(title: string | null): string | null {
  const line = title?.split("\n")[0] ?? "";
  const m = TITLE.exec(line);
  if (!m) return null;
  if (m[1]) return m[1];
  const name = (m[2] ?? "").toLowerCase().replace(/\s+/g, " ").trim();
  return sheetProgrammeKey(name) ?? (name === "" ? null : name);
}

/**
 * Groups tables into programmes: a sheet's name prefix decides for all its tables, unless the sheet
 * holds tables under titles of two programmes; a sheet without a prefix follows its tables' titles;
 * a table with neither joins the programme before it (or after it, at the start of the workbook).
 * A group without an indicator table joins the one before it, so numbered sheets of one programme
 * ("1 Indicatoren", "2 Relatie") stay one programme.
 *
 * groupProgrammes(wb with "4.1 Indicatoren", "4.1 Relatie", "4.2 Indicatoren", "4.2 Relatie") → [4.1: 2 tables, 4.2: 2 tables]
 */
export function groupProgrammes(workbook: WorkbookData, layouts: readonly TableLayout[]): ProgrammeGroup[] {
  const keys = tableKeys(workbook, layouts);
  const ordered = keys.map((k) => k.key).filter((k): k is string => k !== null);
  const distinct = [...new Set(ordered)];
  const views = viewsOf(workbook, layouts);
  if (distinct.length <= 1) {
    return [{ id: SOLE_PROGRAMME, key: null, layouts, views, sheets: workbook.sheets.map((s) => s.name) }];
  }

  // Fill the tables without a key from their neighbours in workbook order.
  const filled: string[] = [];
  let last: string = ordered[0]!;
  for (const k of keys) {
    if (k.key !== null) last = k.key;
    filled.push(last);
  }
  const merged = mergeWithoutIndicators(
    keys.map((k) => k.layout),
    filled
  );
  const programmes = [...new Set(merged)];
  if (programmes.length <= 1) {
    return [{ id: SOLE_PROGRAMME, key: null, layouts, views, sheets: workbook.sheets.map((s) => s.name) }];
  }

  const sheetKey = new Map(workbook.sheets.map((s) => [s.name, sheetProgrammeKey(s.name)]));
  const tableSheets = new Set(layouts.map((l) => l.view.name));
  const shared = views.filter((v) => !tableSheets.has(v.name) && sheetKey.get(v.name) === null);
  return programmes.map((key) => {
    const own = keys.map((k) => k.layout).filter((_, i) => merged[i] === key);
    const sheets = workbook.sheets
      .map((s) => s.name)
      .filter(
        (name) =>
          own.some((l) => l.view.name === name) || (!tableSheets.has(name) && sheetKey.get(name) === key)
      );
    return {
      id: programmeId(key),
      key,
      layouts: own,
      views: views.filter((v) => sheets.includes(v.name) || shared.includes(v)),
      sheets,
    };
  });
}

/** "4.1" → "4.1", "Wonen en leven" → "wonen-en-leven": safe inside finding ids. */
export function programmeId(key: string): ProgrammeId {
  return (key
    .replace(/[^a-z0-9.]+/gi, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "programma") as ProgrammeId;
}

interface KeyedTable {
  readonly layout: TableLayout;
  readonly key: string | null;
}

/** Each table's programme key as its sheet and title state it, in workbook order (sheet, then row). */
function tableKeys(workbook: WorkbookData, layouts: readonly TableLayout[]): KeyedTable[] {
  const out: KeyedTable[] = [];
  for (const sheet of workbook.sheets) {
    const own = layouts
      .filter((l) => l.view.name === sheet.name)
      .sort((a, b) => a.table.headerTop - b.table.headerTop || a.table.left - b.table.left);
    const titled = own.map((l) => titleProgrammeKey(l.table.title));
    const prefix = sheetProgrammeKey(sheet.name);
    const splitByTitle = new Set(titled.filter((k) => k !== null)).size > 1;
    let current: string | null = prefix ?? titled.find((k) => k !== null) ?? null;
    own.forEach((layout, i) => {
      if (splitByTitle) current = titled[i] ?? current;
      out.push({ layout, key: current });
    });
  }
  // Layouts the workbook's sheets do not list (none today) keep their place at the end.
  for (const l of layouts) if (!out.some((k) => k.layout === l)) out.push({ layout: l, key: null });
  return out;
}

/** A run of tables without an indicator table joins the programme before it (or after, at the start). */
function mergeWithoutIndicators(layouts: readonly TableLayout[], keys: readonly string[]): string[] {
  const withIndicators = new Set(keys.filter((_, i) => layouts[i]!.kind === "indicators"));
  if (withIndicators.size === 0) return [...keys];
  const firstKept = keys.find((k) => withIndicators.has(k))!;
  let previous = firstKept;
  return keys.map((k) => {
    if (withIndicators.has(k)) previous = k;
    return withIndicators.has(k) ? k : previous;
  });
}

/** One view per sheet, the detector's where it made one. */
function viewsOf(workbook: WorkbookData, layouts: readonly TableLayout[]): SheetView[] {
  const byName = new Map(layouts.map((l) => [l.view.name, l.view]));
  return workbook.sheets.map((s) => byName.get(s.name) ?? new SheetView(s));
}
