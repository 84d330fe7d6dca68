import { toA1, type CellAddress } from "../address";
import type { TableLayout } from "../detect/layout";

export interface ExplanationRow {
  readonly name: string;
  readonly text: string;
  readonly sheet: string;
  readonly cell: CellAddress;
}

const PREFIX = /^toelichting\s*:\s*/i;

/** Reads a toelichting table: Indicator | Toelichting, or the list form (a name row, then "Toelichting: …"). */
export function readExplanations(layout: TableLayout): ExplanationRow[] {
  const { view, table } = layout;
  const out: ExplanationRow[] = [];
  const nameCol = layout.nameCols[0] ?? table.left;
  if (layout.listForm) {
    let pending: { name: string; row: number } | null = null;
    for (let r = table.headerBottom + 1; r <= table.bodyBottom; r++) {
      const text = view.text(r, nameCol);
      if (text === "") continue;
      if (PREFIX.test(text)) {
        if (pending)
          out.push({
            name: pending.name,
            text: text.replace(PREFIX, ""),
            sheet: view.name,
            cell: toA1(pending.row, nameCol),
          });
        pending = null;
      } else {
        pending = { name: text.replace(/\n+/g, " "), row: r };
      }
    }
    return out;
  }
  const textCol = layout.otherCol ?? table.right;
  for (let r = table.headerBottom + 1; r <= table.bodyBottom; r++) {
    const name = view.text(r, nameCol).replace(/\n+/g, " ");
    const text = view.text(r, textCol).replace(PREFIX, "");
    if (name === "" || text === "") continue;
    out.push({ name, text, sheet: view.name, cell: toA1(r, nameCol) });
  }
  return out;
}
