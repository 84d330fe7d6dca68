import { buildLayout } from "../../src/core/layout/buildLayout";
import { planLayoutSheet, rowHeight } from "../../src/core/layout/sheetPlan";
import type { Analysis } from "../../src/core/model/types";
import { sampleAnalysis } from "./sample";

let analysis: Analysis;
beforeAll(async () => {
  analysis = await sampleAnalysis();
});

describe("planLayoutSheet", () => {
  it("places the relation table, the indicator table with its legend and the toelichting", () => {
    const plan = planLayoutSheet(buildLayout(analysis));
    const textAt = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col)?.text;
    expect(textAt(0, 0)).toBe("I: Relatie resultaten en prestatie-indicatoren t.a.v. Dienstverlening");
    expect([textAt(1, 0), textAt(1, 1)]).toEqual(["Resultaten", "Prestatie-indicator(en)"]);
    expect(textAt(2, 1)).toBe(
      "• Klanttevredenheid Website;\n• Klanttevredenheid publieksbalie Harm; Buiterplein/Kreupelstraat/Haren"
    );
    expect(textAt(8, 1)).toBe("");
    const header = plan.cells.find((c) => c.text === "Behaald\n2022")!;
    expect(header.style).toMatchObject({
      role: "header-value",
      bold: true,
      fill: "#D9E2F3",
      hAlign: "right",
      border: true,
    });
    const values = plan.cells.filter((c) => c.row === header.row + 8).map((c) => c.text);
    expect(values).toEqual([
      "Gemiddelde wachttijd balie (op afspraak) norm: 5 min.",
      "-",
      "2:17",
      "8 min",
      "Maximaal 5 min",
      "5 min",
    ]);
    expect(plan.cells.find((c) => c.text === "Maximaal 5 min")!.style).toMatchObject({
      role: "value",
      hAlign: "right",
    });
    expect(plan.cells.find((c) => c.text.startsWith("Met de bovenstaande"))!.style.role).toBe("legend");
    const placeholder = plan.cells.find((c) => c.style.role === "placeholder")!;
    expect(placeholder.text).toBe(
      "Toelichting: [IN TE VULLEN — norm niet gehaald in 2024: 71% tegen ten minste 80%]"
    );
    expect(placeholder.style.fill).toBe("#FFF2CC");
  });

  it("stores every text as text, stays within its columns and gives every row a height", () => {
    const plan = planLayoutSheet(buildLayout(analysis, { statusColumn: true, harmonise: true }));
    expect(plan.columns).toHaveLength(7);
    const rows = Math.max(...plan.cells.map((c) => c.row)) + 1;
    expect(plan.rowHeights).toHaveLength(rows);
    expect(plan.rowHeights.every((h) => h >= 8)).toBe(true);
    expect(plan.cells.every((c) => c.style.numberFormat === "@" && c.col < plan.columns.length)).toBe(true);
    expect(plan.merges.every((m) => m.right < plan.columns.length && m.left <= m.right)).toBe(true);
    const keys = plan.cells.map((c) => `${c.row}:${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
    const covered = plan.merges.flatMap((m) =>
      Array.from({ length: m.right - m.left }, (_, i) => `${m.top}:${m.left + i + 1}`)
    );
    expect(covered.filter((k) => keys.includes(k))).toEqual([]);
    expect(plan.cells.filter((c) => c.style.role === "status").map((c) => c.text)).toContain("✗ norm");
  });

  it("sizes the value columns to their widest text", () => {
    const plan = planLayoutSheet(buildLayout(analysis));
    const [, ...values] = plan.columns.map((c) => c.widthChars);
    expect(values[3]).toBeGreaterThan(values[0]!); // "Maximaal 15 min" against "8,0"
  });

  it("grows a row with its wrapped text", () => {
    const style = { size: 10, bold: false, wrap: true };
    expect(rowHeight("kort", 52, style)).toBeLessThan(rowHeight("een lange zin ".repeat(20), 52, style));
    expect(rowHeight("a\nb\nc", 52, style)).toBeCloseTo(3 * 13 + 3);
  });
});
