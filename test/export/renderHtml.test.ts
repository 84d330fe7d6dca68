import { buildLayout } from "../../src/core/layout/buildLayout";
import type { BudgetLayout } from "../../src/core/layout/types";
import { renderHtml } from "../../src/export/renderHtml";
import { sampleAnalysis } from "../layout/sample";
import { htmlContent } from "./extract";

let layout: BudgetLayout;
beforeAll(async () => {
  layout = buildLayout(await sampleAnalysis());
});

describe("renderHtml", () => {
  it("writes a whole Dutch document with its charset by default", () => {
    const html = renderHtml(layout);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>Begrotingstabellen Dienstverlening</title>");
  });

  it("writes a fragment to paste, marked with its language", async () => {
    const html = renderHtml(buildLayout(await sampleAnalysis(), { lang: "en" }), { fragment: true });
    expect(html).not.toMatch(/<html|<head|<body|<meta/);
    expect(html.startsWith('<div lang="en">')).toBe(true);
  });

  it("uses semantic tables: caption, thead with column headers, row headers", () => {
    const { document } = htmlContent(renderHtml(layout));
    const tables = Array.from(document.querySelectorAll("table"));
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(table.querySelector("caption")).not.toBeNull();
      expect(table.querySelectorAll("thead th[scope=col]").length).toBe(
        table.querySelectorAll("thead th").length
      );
      expect(table.querySelectorAll("tbody th[scope=row]").length).toBe(
        table.querySelectorAll("tbody tr").length
      );
    }
    expect(document.querySelectorAll("table")[1]!.querySelectorAll("thead th")).toHaveLength(6);
  });

  it("styles inline: shaded header, borders, right-aligned figures", () => {
    const { document } = htmlContent(renderHtml(layout));
    expect(document.querySelector("style")).toBeNull();
    const th = document.querySelector("thead th") as HTMLElement;
    expect(th.style.backgroundColor).toBe("rgb(217, 226, 243)");
    expect(th.style.border).toContain("1px solid");
    const value = document.querySelectorAll("table")[1]!.querySelector("tbody td") as HTMLElement;
    expect(value.style.textAlign).toBe("right");
  });

  it("shows the status column with coloured marks", async () => {
    const { document } = htmlContent(renderHtml(buildLayout(await sampleAnalysis(), { statusColumn: true })));
    const marks = Array.from(document.querySelectorAll("table")[1]!.querySelectorAll("tbody tr")).map(
      (tr) => tr.lastElementChild!.textContent
    );
    expect(marks).toEqual(["✓", "✓", "✓", "! streefwaarde", "! streefwaarde", "✗ norm", "✓", "✗ norm", "✓"]);
  });

  it("shows a result without indicator as an empty cell, or subdued when marked", async () => {
    const rowOf = (html: string) =>
      htmlContent(html).document.querySelectorAll("table")[0]!.querySelectorAll("tbody tr")[6]!;
    expect(rowOf(renderHtml(layout)).querySelector("td")!.innerHTML).toBe("");
    const marked = rowOf(
      renderHtml(buildLayout(await sampleAnalysis(), { markResultsWithoutIndicator: true }))
    );
    expect(marked.querySelector("td em")!.textContent).toBe("geen prestatie-indicator");
  });
});
