import { columnLetters, toA1 } from "../address";
import { makeFinding } from "../findings/makeFinding";
import type { Finding, InferredColumn } from "../findings/types";
import type { TableLayout } from "./layout";

/**
 * Where detection relied on a column's place or content rather than a header word (a bare year
 * taken as achieved, names found under an empty header cell, a municipality's name over its values),
 * one info finding on the header row says which columns it took as which kind and year.
 */
export function inferredColumnFindings(layouts: readonly TableLayout[]): Finding[] {
  const out: Finding[] = [];
  for (const l of layouts) {
    if (l.kind !== "indicators" || l.table.manual) continue;
    const columns: InferredColumn[] = [];
    if (l.nameInferred && l.nameCols[0] !== undefined)
      columns.push({
        column: columnLetters(l.nameCols[0]),
        header: l.view.text(l.table.headerTop, l.nameCols[0]),
        kind: "name",
        year: null,
      });
    for (const v of l.valueCols)
      if (v.inferred)
        columns.push({ column: columnLetters(v.col), header: v.header, kind: v.kind, year: v.year });
    if (columns.length === 0) continue;
    out.push(
      makeFinding(
        "table/columns-inferred",
        {
          sheet: l.table.sheet,
          cell: toA1(l.table.headerTop, l.table.left),
          indicatorId: null,
          year: null,
          // The headers, not the range: a row inserted above the table keeps the finding's id.
          subject: columns.map((c) => c.header).join("|"),
        },
        { columns }
      )
    );
  }
  return out;
}
