/**
 * Exports of a whole-budget workbook: the layout per programme (buildLayouts), and the Word
 * document, HTML and worksheet plan with one section per programme under its own title.
 */
import JSZip from "jszip";
import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyse";
import type { ProgrammeId } from "../../src/core/findings/types";
import { buildLayout, buildLayouts, planLayoutSheet } from "../../src/core/layout";
import type { Analysis } from "../../src/core/model/types";
import { renderDocx, renderHtml } from "../../src/export";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { sampleAnalysis } from "../layout/sample";

const TWO = path.resolve(__dirname, "../../examples/begroting-2026-twee-programmas.xlsx");

let sample: Analysis;
let two: Analysis;
beforeAll(async () => {
  sample = await sampleAnalysis();
  two = analyseWorkbook(await readWorkbookFile(TWO));
});

describe("buildLayouts", () => {
  it("gives the one layout of a one-programme workbook, as buildLayout does", () => {
    expect(buildLayouts(sample)).toEqual([buildLayout(sample)]);
  });

  it("gives a layout per programme, each the sample's but for the programme's own ids", () => {
    const layouts = buildLayouts(two);
    expect(layouts).toHaveLength(2);
    const one = buildLayout(sample);
    for (const [i, layout] of layouts.entries()) {
      expect(layout.title).toBe(one.title);
      expect(layout.relation?.rows.map((r) => r.result)).toEqual(one.relation?.rows.map((r) => r.result));
      expect(layout.indicators?.rows).toHaveLength(one.indicators!.rows.length);
      const prefix = two.programmes[i]!.id;
      expect(layout.explanations.entries.every((e) => e.indicatorId === null || e.indicatorId.startsWith(`${prefix}/`))).toBe(true);
    }
  });

  it("gives only the chosen programme's layout", () => {
    const layouts = buildLayouts(two, { programme: "4.2" as ProgrammeId });
    expect(layouts).toHaveLength(1);
    expect(layouts[0]!.indicators?.rows.every((r) => r.type !== "indicator" || r.indicatorId.startsWith("4.2/"))).toBe(true);
  });
});

describe("one section per programme", () => {
  it("Word: each programme's title as a heading, then its three tables", async () => {
    const doc = await (await JSZip.loadAsync(await renderDocx(buildLayouts(two)))).file("word/document.xml")!.async("string");
    const single = await (await JSZip.loadAsync(await renderDocx(buildLayout(sample)))).file("word/document.xml")!.async("string");
    expect(doc.match(/Begrotingstabellen Dienstverlening/g)).toHaveLength(2);
    expect(single).not.toContain("Begrotingstabellen Dienstverlening");
    expect(doc.match(/<w:tbl>/g)).toHaveLength(2 * single.match(/<w:tbl>/g)!.length);
  });

  it("HTML: a heading per programme only when there are several", () => {
    expect(renderHtml(buildLayouts(two)).match(/<h2[^>]*>Begrotingstabellen Dienstverlening<\/h2>/g)).toHaveLength(2);
    expect(renderHtml(buildLayouts(sample))).toBe(renderHtml(buildLayout(sample)));
  });

  it("sheet: the programmes one below the other, each under its title", () => {
    const plan = planLayoutSheet(buildLayouts(two));
    const single = planLayoutSheet(buildLayout(sample));
    const titles = plan.cells.filter((c) => c.text === "Begrotingstabellen Dienstverlening");
    expect(titles.map((c) => c.col)).toEqual([0, 0]);
    expect(titles[1]!.row).toBeGreaterThan(single.rowHeights.length);
    expect(plan.cells).toHaveLength(2 * single.cells.length + 2);
    expect(planLayoutSheet(buildLayouts(sample))).toEqual(single);
  });
});
