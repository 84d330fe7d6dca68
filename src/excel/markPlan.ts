/**
 * What applyMarks writes, as plain data (no Office.js): per sheet and kind of mark one conditional
 * format over a multi-area range, and one note per marked cell.
 *
 * The formats carry a formula that is always TRUE and names the add-in and the kind —
 * =AND(TRUE,"IndicatorCheck:error"<>"") — so a format of ours is recognisable in the workbook
 * itself, even when the registry of what was added is lost.
 */
import { parseA1, toRange } from "../core/address";
import { MARK_STYLES, type Mark, type MarkKind } from "../core/marks";

export const MARKER = "IndicatorCheck";

export function markerFormula(kind: MarkKind): string {
  return `=AND(TRUE,"${MARKER}:${kind}"<>"")`;
}

/** The kind of one of our formats, or null for anything else (a user's own format). */
export function markerKind(
  formula: string | null | undefined,
  fill: string | null | undefined,
  font: string | null | undefined
): MarkKind | null {
  if (typeof formula !== "string") return null;
  const m = /^=AND\(TRUE,"INDICATORCHECK:(ERROR|WARNING|MET)"<>""\)$/.exec(
    formula.replace(/\s+/g, "").toUpperCase()
  );
  if (!m) return null;
  const kind = m[1]!.toLowerCase() as MarkKind;
  const style = MARK_STYLES[kind];
  const same = (a: string | null | undefined, b: string) =>
    typeof a === "string" && a.toUpperCase() === b.toUpperCase();
  return same(fill, style.fill) && same(font, style.font) ? kind : null;
}

/** Excel caps the length of a reference list; stay well inside it per conditional format. */
const MAX_ADDRESS_CHARS = 1500;

export interface FormatPlan {
  readonly kind: MarkKind;
  /** Comma-separated areas for Worksheet.getRanges, e.g. "D7:D9,F12". */
  readonly ranges: string;
}

export interface SheetPlan {
  readonly sheet: string;
  readonly formats: readonly FormatPlan[];
  readonly marks: readonly Mark[];
}

/** Cells of one kind as areas: vertical runs in a column become one area ("D7:D9"). */
function areas(cells: readonly string[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const cell of cells) {
    const ref = parseA1(cell);
    if (!ref) continue;
    const rows = byCol.get(ref.col);
    if (rows) rows.push(ref.row);
    else byCol.set(ref.col, [ref.row]);
  }
  const out: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col)!)].sort((a, b) => a - b);
    let start = rows[0]!;
    let prev = start;
    for (const row of [...rows.slice(1), Number.NaN]) {
      if (row === prev + 1) {
        prev = row;
        continue;
      }
      out.push(toRange(start, col, prev, col));
      start = row;
      prev = row;
    }
  }
  return out;
}

function joinBounded(list: readonly string[]): string[] {
  const groups: string[] = [];
  let current = "";
  for (const a of list) {
    if (current && current.length + 1 + a.length > MAX_ADDRESS_CHARS) {
      groups.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) groups.push(current);
  return groups;
}

/** Marks grouped per sheet; per kind as few conditional formats as the address limit allows. */
export function planMarkFormats(marks: readonly Mark[]): SheetPlan[] {
  const bySheet = new Map<string, Mark[]>();
  for (const m of marks) {
    const list = bySheet.get(m.sheet);
    if (list) list.push(m);
    else bySheet.set(m.sheet, [m]);
  }
  return [...bySheet].map(([sheet, list]) => {
    const formats: FormatPlan[] = [];
    for (const kind of Object.keys(MARK_STYLES) as MarkKind[]) {
      const cells = list.filter((m) => m.kind === kind).map((m) => m.cell);
      for (const ranges of joinBounded(areas(cells))) formats.push({ kind, ranges });
    }
    return { sheet, formats, marks: list };
  });
}
