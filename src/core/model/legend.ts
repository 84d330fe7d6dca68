import { toA1 } from "../address";
import type { SheetView } from "../detect/sheetView";
import type { LegendEntry } from "./types";
import type { NoteRow } from "./readIndicatorTable";

/** Sentences that explain a marker in words: "… staat er een streepje" explains '-'. */
const WORD_MARKERS: readonly [RegExp, string][] = [
  [/\b(?:streepje|liggend streepje|koppelteken|dash|hyphen)\b/i, "-"],
  [/\b(?:sterretje|asterisk)\b/i, "*"],
  [/\bn\.?b\.?\s*=|\bniet bekend\b/i, "n.b."],
];

/** A note that starts with its marker: "* = geen meting", "1) Bron: CBS", "(*) voorlopig", "- : geen cijfers". */
const LEADING_MARKER = /^\s*(\*{1,3}|\(\*{1,3}\)|\(\d{1,2}\)|\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]|[-–])\s*[:=]?\s+\S/;

export function markerOfNote(text: string): string | null {
  const m = LEADING_MARKER.exec(text);
  if (m) {
    const marker = m[1]!.replace(/[()]/g, "").replace("–", "-");
    const sup = "¹²³⁴⁵⁶⁷⁸⁹".indexOf(marker);
    return sup >= 0 ? String(sup + 1) : marker;
  }
  for (const [pattern, marker] of WORD_MARKERS) if (pattern.test(text)) return marker;
  return null;
}

/**
 * The legend: footnote rows under the tables plus any sentence in the workbook that explains a
 * marker. A '-' or '*' in a table is explained only when a legend entry names it.
 */
export function collectLegend(views: readonly SheetView[], notes: readonly NoteRow[]): LegendEntry[] {
  const out: LegendEntry[] = notes.map((n) => ({
    marker: markerOfNote(n.text),
    text: n.text,
    sheet: n.sheet,
    cell: n.cell,
  }));
  const seen = new Set(notes.map((n) => `${n.sheet}!${n.cell}`));
  for (const view of views) {
    view.sheet.cells.forEach((row, ri) =>
      row.forEach((cell, ci) => {
        if (typeof cell.value !== "string" || cell.value.length < 12) return;
        const address = toA1(ri + view.sheet.startRow, ci + view.sheet.startCol);
        if (seen.has(`${view.name}!${address}`)) return;
        const text = cell.value.replace(/\s+/g, " ").trim();
        const marker = markerOfNote(text);
        if (marker !== null && /\s\S+\s\S+/.test(text))
          out.push({ marker, text, sheet: view.name, cell: address });
      })
    );
  }
  return out;
}
