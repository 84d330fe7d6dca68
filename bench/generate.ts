import type { CellData, SheetData, WorkbookData } from "../src/core/workbook";

const text = (value: string): CellData => ({ value, text: value, format: "General" });
const num = (value: number, format = "General", shown = String(value).replace(".", ",")): CellData => ({
  value,
  text: shown,
  format,
});

/**
 * A programme sheet as finance staff keep it: a title, a header with achieved and target years,
 * indicators in several notations, a relation table and a toelichting list.
 */
function indicatorName(programme: string, i: number): string {
  // Some names are the same in every programme (17, 37, … 997: one in twenty of the first thousand),
  // as real budgets repeat "Klanttevredenheid" and the BBV indicators: each programme must still be
  // checked against its own relation table.
  if (i % 4 === 3) return `Gemiddelde wachttijd ${programme} ${i} norm: 5 min`;
  return i % 10 === 7 && i < 1000 ? `Klanttevredenheid ${i}` : `Indicator ${programme} ${i}`;
}

export function programmeSheet(name: string, indicators: number, years: number, firstYear = 2019): SheetData {
  const achieved = Math.max(1, years - 2);
  const header = [
    "Prestatie-indicator",
    ...Array.from({ length: years }, (_, i) =>
      i < achieved ? `Behaald ${firstYear + i}` : `Beoogd ${firstYear + i}`
    ),
  ];
  const rows: CellData[][] = [[text(`Programma: ${name}`)], [], header.map(text)];
  for (let i = 0; i < indicators; i++) {
    const kind = i % 4;
    const row: CellData[] = [text(indicatorName(name, i))];
    for (let y = 0; y < years; y++) {
      // Most values meet their targets; about one in eight does not, as in real budgets.
      const miss = (i * 3 + y) % 8 === 0;
      if (kind === 0)
        row.push(y < achieved ? num(miss ? 6.8 : 7.6 + ((i + y) % 12) / 10, "0.0") : num(7.5, "0.0"));
      else if (kind === 1)
        row.push(
          num(
            y < achieved ? (miss ? 0.71 : 0.82 + ((i + y) % 10) / 100) : 0.8,
            "0%",
            `${y < achieved ? (miss ? 71 : 82 + ((i + y) % 10)) : 80}%`
          )
        );
      else if (kind === 2)
        // Counts: a floor as the target ("at least 1000"), met but where the year misses.
        row.push(y === 0 ? text("-") : text(`${y < achieved ? (miss ? 900 + i : 1000 + i + y) : 1000 + i}`));
      else row.push(y < achieved ? text(`${miss ? 7 : 2 + ((i + y) % 3)} min`) : text("Maximaal 5 min"));
    }
    rows.push(row);
  }
  rows.push([], [text("Resultaat"), text("Prestatie-indicator")]);
  for (let i = 0; i < indicators; i += 5) {
    const refs = [0, 1, 2].filter((k) => i + k < indicators).map((k) => indicatorName(name, i + k));
    rows.push([text(`Resultaat ${name} ${i}`), text(refs.join("\n"))]);
  }
  const width = Math.max(...rows.map((r) => r.length));
  const empty: CellData = { value: null, text: "", format: "General" };
  return {
    name,
    startRow: 0,
    startCol: 0,
    cells: rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? empty)),
  };
}

/** A whole-budget workbook: one sheet per programme, named "P1", "P2", …, each with its own tables. */
export function budgetWorkbook(programmes: number, indicators: number, years: number): WorkbookData {
  return {
    sheets: Array.from({ length: programmes }, (_, p) => programmeSheet(`P${p + 1}`, indicators, years)),
  };
}
