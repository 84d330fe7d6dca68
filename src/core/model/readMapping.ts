import { toA1, type CellAddress } from "../address";
import type { TableLayout } from "../detect/layout";

export interface MappingRow {
  readonly text: string;
  readonly sheet: string;
  readonly cell: CellAddress;
  /** The author's indicator lines for this result, split on line breaks and bullets. */
  readonly lines: string[];
}

const BULLET = /^\s*(?:[•·▪◦‣●○■□➢➤→-]|\*(?=\s))\s*/;

/** Splits a relation cell into lines: line breaks and bullets; a single line is split on ';' later. */
export function splitReferenceLines(text: string): string[] {
  const lines = text
    .split(/\n|(?=\s[•·▪◦‣●])/)
    .map((line) => line.replace(BULLET, "").trim())
    .filter((line) => line !== "" && !/^[;.,]+$/.test(line));
  // "bron: …" under a name is that name's source note, not another indicator.
  const out: string[] = [];
  for (const line of lines) {
    if (NOTE_LINE.test(line) && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${line}`;
    else out.push(line);
  }
  return out;
}

const NOTE_LINE = /^\(?(?:bron|noot|toelichting)\s*:/i;

/**
 * Reads the relation table (Resultaat | Prestatie-indicator(en)): one row per result with its
 * indicators on lines, or one row per pair with the result repeated, merged or left blank.
 */
export function readMapping(layout: TableLayout): MappingRow[] {
  const { view, table } = layout;
  const resultCol = layout.otherCol ?? table.left;
  const nameCol = layout.nameCols[0] ?? table.right;
  const out: MappingRow[] = [];
  let current: MappingRow | null = null;
  for (let r = table.headerBottom + 1; r <= table.bodyBottom; r++) {
    const result = view.text(r, resultCol).replace(/\n+/g, " ");
    const refs = splitReferenceLines(view.text(r, nameCol));
    if (result === "" && refs.length === 0) continue;
    if (result === "" || (current && result === current.text)) {
      if (current) current.lines.push(...refs);
      continue;
    }
    const merge = view.mergeOf(r, resultCol);
    const cellRow = merge ? merge.top : r;
    current = { text: result, sheet: view.name, cell: toA1(cellRow, resultCol), lines: [...refs] };
    out.push(current);
  }
  return out;
}
