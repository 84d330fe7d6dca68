/**
 * Any text of the author reaches the reader as text, never as markup: in the HTML it appears only
 * escaped, in the Word document as text of well-formed XML. Texts lose only the characters XML
 * cannot hold (safeText); CR LF becomes LF.
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { safeText } from "../../src/core/layout/safeText";
import type { BudgetLayout } from "../../src/core/layout/types";
import { escapeHtml } from "../../src/export/escapeHtml";
import { renderDocx } from "../../src/export/renderDocx";
import { renderHtml } from "../../src/export/renderHtml";
import { docxContent, documentXml, htmlContent } from "./extract";

const { DOMParser } = new JSDOM("").window;

const markup = fc.constantFrom(
  "<",
  ">",
  "&",
  '"',
  "'",
  "</td>",
  "<script>alert(1)</script>",
  "<b>",
  "<!--",
  "]]>",
  "&amp;",
  "&#0;",
  "&lt;",
  "\r\n",
  "\r",
  "\n",
  "\t",
  " ",
  "\u0000",
  "\u0007",
  "\u000B",
  "\u001F",
  "\u0085",
  "\uD800",
  "\uDC00",
  "\uFFFE",
  "\uFFFF",
  "é",
  "€",
  "😀",
  "a",
  "=1+1",
  "Maximaal 5 min"
);
const anyText = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: "binary-ascii" }),
  fc.string({ unit: markup }),
  fc.string({ unit: "grapheme" })
);

/** A layout with `s` in every place the author's text can go. */
function layoutWith(s: string): BudgetLayout {
  return {
    lang: "nl",
    programme: s,
    title: s,
    relation: {
      title: s,
      columns: ["Resultaten", "Prestatie-indicator(en)"],
      rows: [
        {
          result: s,
          lines: [{ text: s, indicatorIds: [], resolved: true }],
          withoutIndicator: false,
          note: null,
        },
      ],
    },
    indicators: {
      title: s,
      columns: [
        { role: "name", text: "Prestatie-indicator(en)" },
        { role: "value", text: "Behaald 2024", label: "Behaald", kind: "achieved", year: 2024 },
      ],
      rows: [
        { type: "group", text: s },
        {
          type: "indicator",
          indicatorId: "x" as never,
          name: s,
          values: [{ text: s, raw: s, status: null, missing: false, harmonised: false }],
          status: null,
        },
      ],
      legend: [s],
    },
    explanations: {
      title: "Toelichting",
      intro: "Indicator en (eventueel) nadere toelichting:",
      entries: [{ indicatorId: null, name: s, label: "Toelichting:", text: s, isPlaceholder: false }],
    },
  };
}

const tagsOf = (html: string) =>
  Array.from(htmlContent(html).document.querySelectorAll("*")).map((e) => e.tagName);

describe("escapeHtml", () => {
  it.each([
    ["<b>vet</b>", "&lt;b&gt;vet&lt;/b&gt;"],
    [`Harm & "Haren" 'x'`, "Harm &amp; &quot;Haren&quot; &#39;x&#39;"],
    ["&amp;", "&amp;amp;"],
    ["8,0", "8,0"],
  ])("%j → %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it("leaves no markup character and decodes back to the text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const escaped = escapeHtml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        const decoded = escaped.replace(
          /&lt;|&gt;|&quot;|&#39;|&amp;/g,
          (e) => ({ "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" })[e]!
        );
        expect(decoded).toBe(s);
        const text = safeText(s);
        const parsed = new DOMParser()
          .parseFromString(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`, "text/html")
          .querySelector("p")!;
        expect([parsed.textContent, parsed.getAttribute("title"), parsed.children.length]).toEqual([
          text,
          text,
          0,
        ]);
      })
    );
  });
});

describe("safeText", () => {
  it("drops what XML cannot hold, and only that", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const t = safeText(s);
        // eslint-disable-next-line no-control-regex -- the characters XML forbids
        expect(t).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uFFFE\uFFFF]/);
        expect(safeText(t)).toBe(t);
        expect(
          () =>
            new DOMParser().parseFromString(`<a>${escapeHtml(t)}</a>`, "application/xml").documentElement
              .textContent
        ).not.toThrow();
        expect(
          new DOMParser()
            .parseFromString(`<a>${escapeHtml(t)}</a>`, "application/xml")
            .getElementsByTagName("parsererror")
        ).toHaveLength(0);
      })
    );
  });
});

describe("renderHtml", () => {
  const baseline = tagsOf(renderHtml(layoutWith("x"))).filter((t) => t !== "BR");

  it("shows any text in any cell as that text, with the same markup as plain text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const html = renderHtml(layoutWith(s));
        const text = safeText(s);
        const line = text === "" ? [] : [text];
        const { tables, paragraphs } = htmlContent(html);
        expect(tables.map((t) => t.caption)).toEqual([text, text]);
        expect(tables[0]!.rows[1]).toEqual([line, [text]]);
        expect(tables[1]!.rows.slice(1)).toEqual([[line], [line, line]]);
        expect(paragraphs).toEqual([
          text,
          "Toelichting",
          "Indicator en (eventueel) nadere toelichting:",
          text,
          `Toelichting: ${text}`,
        ]);
        expect(tagsOf(html).filter((t) => t !== "BR")).toEqual(baseline);
      }),
      { numRuns: 200 }
    );
  });
});

describe("renderDocx", () => {
  it("keeps any text as text of well-formed XML", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (s) => {
        const bytes = await renderDocx(layoutWith(s));
        const text = safeText(s);
        const line = text === "" ? [] : [text];
        const { tables, paragraphs } = await docxContent(bytes);
        // An empty one-paragraph cell reads back as no lines.
        expect(tables[0]!.rows[1]).toEqual([line, line]);
        expect(tables[1]!.rows.slice(1)).toEqual([[line], [line, line]]);
        expect(paragraphs).toEqual([
          text,
          text,
          text,
          "Toelichting",
          "Indicator en (eventueel) nadere toelichting:",
          text,
          `Toelichting: ${text}`,
        ]);
        const xml = await documentXml(bytes);
        for (const [, attrs, body] of xml.matchAll(/<w:t([^>]*)>([^<]*)<\/w:t>/g)) {
          if (/^\s|\s$/.test(body!)) expect(attrs).toContain('xml:space="preserve"');
        }
      }),
      { numRuns: 60 }
    );
  });
});
