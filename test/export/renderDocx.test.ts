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

  it("writes every row with its own texts and look, where many rows share one shape", async () => {
    const base = buildLayout(await sampleAnalysis(), { statusColumn: true });
    const indicators = base.indicators!;
    const first = indicators.rows.find((r) => r.type === "indicator");
    if (first?.type !== "indicator") throw new Error("sample without indicator rows");
    const texts = ["a", "two\nlines", "", "<&\"'>", "x\r\ny\u0000z", "\uE000 0"];
    const rows = texts.flatMap((t, i) => [
      { type: "group" as const, text: `Groep ${t}` },
      {
        ...first,
        name: `Indicator ${i} ${t}`,
        values: first.values.map((v, j) => ({ ...v, text: `${t}${j}` })),
        status: { text: `s${i}`, level: i % 2 === 0 ? ("breach" as const) : ("none" as const), year: null },
      },
    ]);
    const relationRows = texts.map((t, i) => ({
      ...base.relation!.rows[0]!,
      result: `R${i} ${t}`,
      lines: texts.slice(0, i % 3).map((l) => ({ text: `${l}!`, indicatorIds: [], resolved: true })),
      note: i === 5 ? "geen" : null,
    }));
    const layout: BudgetLayout = {
      ...base,
      relation: { ...base.relation!, rows: relationRows },
      indicators: { ...indicators, rows },
    };
    const { tables, xml } = await docxContent(await renderDocx(layout));
    const clean = (t: string) => t.replace(/\r\n?/g, "\n").replaceAll("\u0000", "");
    expect(tables[0]!.rows.slice(1)).toEqual(
      relationRows.map((r) => [[clean(r.result)], r.note ? [r.note] : r.lines.map((l) => clean(l.text))])
    );
    expect(tables[1]!.rows.slice(1)).toEqual(
      rows.map((r) =>
        r.type === "group"
          ? [[clean(r.text)]]
          : [[clean(r.name)], ...r.values.map((v) => [clean(v.text)]), [r.status!.text]]
      )
    );
    const body = all(all(xml, "tbl")[1]!, "tr").slice(1);
    const statusBold = body
      .filter((_, i) => i % 2 === 1)
      .map((tr) => {
        const bold = all(all(tr, "tc").at(-1)!, "b")[0];
        return bold !== undefined && attr(bold, "val") !== "false";
      });
    expect(statusBold).toEqual(texts.map((_, i) => i % 2 === 0));
    // The last row keeps with the legend below it; the others do not.
    const keepNext = body.map((tr) => attr(all(all(tr, "tc")[0]!, "keepNext")[0], "val"));
    expect(keepNext.filter((_, i) => i % 2 === 1)).toEqual([
      "false",
      "false",
      "false",
      "false",
      "false",
      null,
    ]);
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
