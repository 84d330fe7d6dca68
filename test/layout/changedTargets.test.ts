/**
 * The indicator table marks targets changed since another document with a footnote, as budget
 * documents do ("¹ Streefwaarde gewijzigd ten opzichte van de begroting 2025."), in the layout and in
 * each export: Word, HTML and the new sheet. The sample against its previous budget has two.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyse";
import { changedTargetsOf, compareAnalyses, referenceOf } from "../../src/core/compare";
import { buildLayout } from "../../src/core/layout/buildLayout";
import { planLayoutSheet } from "../../src/core/layout/sheetPlan";
import type { ChangedTargets, IndicatorTable } from "../../src/core/layout/types";
import { renderDocx } from "../../src/export/renderDocx";
import { renderHtml } from "../../src/export/renderHtml";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { docxContent, htmlContent } from "../export/extract";
import { sampleAnalysis } from "./sample";

const PREVIOUS = path.resolve(__dirname, "../../examples/begroting-2025-dienstverlening.xlsx");
const FOOTNOTE = "¹ Streefwaarde gewijzigd ten opzichte van de begroting 2025.";

let changed: ChangedTargets;
beforeAll(async () => {
  const previous = analyseWorkbook(await readWorkbookFile(PREVIOUS));
  const comparison = compareAnalyses(await sampleAnalysis(), previous, referenceOf(PREVIOUS, previous));
  changed = changedTargetsOf(comparison)!;
});

/** Each indicator row's cell texts, by the indicator's name. */
function cellTexts(table: IndicatorTable): Map<string, string[]> {
  return new Map(
    table.rows.flatMap((r) =>
      r.type === "indicator" ? [[r.name, r.values.map((v) => v.text)] as const] : []
    )
  );
}

describe("changed targets in the indicator table", () => {
  it("come from the comparison: the two 2025 targets that changed, against 'begroting 2025'", () => {
    expect(changed).toEqual({
      against: "begroting 2025",
      targets: [
        { indicatorId: "klanttevredenheid-telefoonnummer-14050", year: 2025 },
        { indicatorId: "gemiddelde-wachttijd-balie-op-afspraak", year: 2025 },
      ],
    });
  });

  it("mark exactly those cells and add the footnote below the legend; nothing else changes", async () => {
    const analysis = await sampleAnalysis();
    const plain = buildLayout(analysis).indicators!;
    const marked = buildLayout(analysis, { changedTargets: changed }).indicators!;
    const before = cellTexts(plain);
    const after = cellTexts(marked);
    const differences = [...after].flatMap(([name, texts]) =>
      texts.flatMap((t, i) => (t === before.get(name)![i] ? [] : [[name, before.get(name)![i], t]]))
    );
    expect(differences).toEqual([
      ["Klanttevredenheid telefoonnummer 14 050.", "7,5", "7,5 ¹"],
      ["Gemiddelde wachttijd balie (op afspraak) norm: 5 min.", "Maximaal 5 min", "Maximaal 5 min ¹"],
    ]);
    expect(marked.legend).toEqual([...plain.legend, FOOTNOTE]);
    expect(buildLayout(analysis, { changedTargets: changed, lang: "en" }).indicators!.legend.at(-1)).toBe(
      "¹ Target changed from the begroting 2025."
    );
  });

  it("take the next number when the legend already has a footnote ¹", async () => {
    const analysis = await sampleAnalysis();
    const withNote = {
      ...analysis,
      programme: {
        ...analysis.programme,
        legend: [
          ...analysis.programme.legend,
          { marker: "1", text: "¹ Gemeten in het najaar.", sheet: "Indicatoren", cell: "A20" as never },
        ],
      },
    };
    const marked = buildLayout(withNote, { changedTargets: changed }).indicators!;
    expect(marked.legend.at(-1)).toBe("² Streefwaarde gewijzigd ten opzichte van de begroting 2025.");
    expect(cellTexts(marked).get("Klanttevredenheid telefoonnummer 14 050.")).toContain("7,5 ²");
  });

  it("no changed target of this programme: no footnote", async () => {
    const analysis = await sampleAnalysis();
    const none = buildLayout(analysis, {
      changedTargets: { against: "begroting 2025", targets: [{ indicatorId: "elders", year: 2025 }] },
    });
    expect(none.indicators).toEqual(buildLayout(analysis).indicators);
  });

  it("are in the Word, HTML and sheet exports", async () => {
    const layout = buildLayout(await sampleAnalysis(), { changedTargets: changed });
    const docx = await docxContent(await renderDocx(layout));
    expect(docx.paragraphs).toContain(FOOTNOTE);
    expect(docx.tables.flatMap((t) => t.rows.flat(2))).toContain("Maximaal 5 min ¹");
    const html = htmlContent(renderHtml(layout));
    expect(html.paragraphs).toContain(FOOTNOTE);
    expect(html.tables.flatMap((t) => t.rows.flat(2))).toContain("7,5 ¹");
    const sheet = planLayoutSheet(layout);
    expect(sheet.cells.map((c) => c.text)).toEqual(expect.arrayContaining([FOOTNOTE, "Maximaal 5 min ¹"]));
  });
});
