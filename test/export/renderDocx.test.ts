import JSZip from "jszip";
import { buildLayout } from "../../src/core/layout/buildLayout";
import type { BudgetLayout } from "../../src/core/layout/types";
import { renderDocx } from "../../src/export/renderDocx";
import { sampleAnalysis } from "../layout/sample";
import { docxContent } from "./extract";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const all = (node: Element | Document, name: string) => Array.from(node.getElementsByTagNameNS(W, name));
const attr = (el: Element | undefined, name: string) =>
  el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;

let layout: BudgetLayout;
beforeAll(async () => {
  layout = buildLayout(await sampleAnalysis());
});

describe("renderDocx", () => {
  it("is a Word package with document, styles and numbering", async () => {
    const bytes = await renderDocx(layout);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
      ])
    );
  });

  it("writes real tables with a repeating header row, fixed DXA widths, borders and a shaded header", async () => {
    const { xml } = await docxContent(
      await renderDocx(buildLayout(await sampleAnalysis(), { statusColumn: true }))
    );
    const tables = all(xml, "tbl");
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const rows = all(table, "tr");
      expect(all(rows[0]!, "tblHeader")).toHaveLength(1);
      expect(rows.slice(1).some((r) => all(r, "tblHeader").length > 0)).toBe(false);
      expect(attr(all(table, "tblW")[0], "type")).toBe("dxa");
      expect(attr(all(table, "tblLayout")[0], "type")).toBe("fixed");
      const grid = all(table, "gridCol").map((g) => Number(attr(g, "w")));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
      expect(all(all(table, "tblBorders")[0]!, "insideH")).toHaveLength(1);
      const headerShading = all(rows[0]!, "shd").map((s) => attr(s, "fill"));
      expect(headerShading.length).toBe(all(rows[0]!, "tc").length);
      expect(new Set(headerShading)).toEqual(new Set(["D9E2F3"]));
      for (const tc of all(table, "tc")) expect(attr(all(tc, "tcW")[0], "type")).toBe("dxa");
    }
    const valueCell = all(all(tables[1]!, "tr")[1]!, "tc")[2]!;
    expect(valueCell.textContent).toBe("8,0");
    expect(attr(all(valueCell, "jc")[0], "val")).toBe("right");
  });

  it("writes the relation lines as a bulleted list and the toelichting names in bold", async () => {
    const { xml } = await docxContent(await renderDocx(layout));
    const firstList = all(all(all(xml, "tbl")[0]!, "tr")[1]!, "tc")[1]!;
    expect(all(firstList, "numPr")).toHaveLength(2);
    const body = all(xml, "body")[0]!;
    const name = Array.from(body.children).find((p) => p.textContent === "Klanttevredenheid Website.")!;
    expect(all(name, "b").length).toBeGreaterThan(0);
  });

  it("sets the document language and the title", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(layout));
    expect(await zip.file("word/styles.xml")!.async("string")).toContain('w:val="nl-NL"');
    expect(await zip.file("docProps/core.xml")!.async("string")).toContain(
      "<dc:title>Begrotingstabellen Dienstverlening</dc:title>"
    );
  });
});
