import { toA1 } from "../address";
import type { TableCandidate } from "../findings/types";
import type { SheetData } from "../workbook";
import { classifyHeader, type HeaderRole } from "./headers";
import { readsAsValue } from "./bodyContent";
import { SheetView } from "./sheetView";

const MAX_CANDIDATES = 5;
/** Rows this far down a sheet are not looked at for candidates; a header sits near the top. */
const MAX_ROWS = 500;

const isYearish = (x: HeaderRole) => x.role === "year" || x.role === "value" || x.role === "value-word";

/**
 * When no indicator table was found: the rows that look most like a header, with the reason each
 * was not taken, so the user can see what the engine saw and point at the table themselves.
 * - "no-years": names a name column but no year or Behaald/Beoogd column;
 * - "no-names": has year columns but no column of names left of them;
 * - "no-values": has both, but no row under it holds figures.
 */
export function findTableCandidates(sheets: readonly SheetData[]): TableCandidate[] {
  const out: (TableCandidate & { score: number })[] = [];
  for (const sheet of sheets) {
    const view = new SheetView(sheet);
    const bottom = Math.min(view.bottom, view.top + MAX_ROWS);
    for (let r = view.top; r <= bottom; r++) {
      const cols = view.filledColumns(r);
      if (cols.length < 2) continue;
      const roles = cols.map((c) => classifyHeader(view.text(r, c)));
      const years = roles.filter(isYearish).length;
      const names = roles.filter((x) => x.role === "name").length;
      // A row of short labels over a row of figures ("Wat | Cijfer") is header-like too.
      const labels =
        years === 0 &&
        names === 0 &&
        cols.every((c) => view.text(r, c).length <= 40 && !/\d/.test(view.text(r, c))) &&
        cols.slice(1).some((c) => readsAsValue(view, r + 1, c));
      if (years === 0 && names === 0 && !labels) continue;
      const firstYear = labels ? cols[1] : cols[roles.findIndex(isYearish)];
      const hasNameColumn =
        names > 0 ||
        (firstYear !== undefined && cols.some((c) => c < firstYear && !/\d/.test(view.text(r, c))));
      const valueRows = firstYear === undefined ? 0 : countValueRows(view, r, firstYear);
      const reason: TableCandidate["reason"] =
        years === 0 ? "no-years" : !hasNameColumn ? "no-names" : valueRows === 0 ? "no-values" : "no-names";
      out.push({
        sheet: view.name,
        cell: toA1(r, cols[0]!),
        header: cols
          .map((c) => view.text(r, c).replace(/\n+/g, " "))
          .join(" | ")
          .slice(0, 120),
        reason,
        score: years * 2 + names * 3 + Math.min(valueRows, 3),
      });
    }
  }
  out.sort((a, b) => b.score - a.score);
  return out.slice(0, MAX_CANDIDATES).map(({ score: _score, ...c }) => c);
}

function countValueRows(view: SheetView, header: number, col: number): number {
  let n = 0;
  for (let r = header + 1; r <= Math.min(view.bottom, header + 10); r++) if (readsAsValue(view, r, col)) n++;
  return n;
}
