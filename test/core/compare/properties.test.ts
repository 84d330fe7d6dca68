/**
 * Properties of the comparison on tables a finance employee might type (fast-check): an analysis
 * compared with itself, or with its own JSON report, gives no findings; and where names are exact,
 * pairing A with B gives the same pairs as B with A.
 */
import fc from "fast-check";
import { analyseWorkbook } from "../../../src/core/analyse";
import { compareAnalyses } from "../../../src/core/compare";
import { describeFinding } from "../../../src/core/messages";
import type { Analysis } from "../../../src/core/model/types";
import { toJsonReport } from "../../../src/core/report/jsonReport";
import { sheet, workbook, type TestCell } from "../../fixtures/grid";

const REF = { name: "vorige.xlsx", label: null };
const HEAD = [
  "Prestatie-indicator",
  "Behaald 2022",
  "Behaald 2023",
  "Behaald 2024",
  "Beoogd 2025",
  "Beoogd 2026",
];

const NAMES = [
  "Klanttevredenheid Website.",
  "Klanttevredenheid publieksbalie Haren.",
  "Klanttevredenheid publieksbalie Haren",
  "% Terugbellen binnen 1 werkdag.",
  "80% terugbellen binnen 1 werkdag",
  "% Terugbellen binnen 2 werkdagen.",
  "Gemiddelde wachttijd balie (op afspraak) norm: 5 min.",
  "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.",
  "Aantal verstrekte reisdocumenten",
  "Klanttevredenheid Webside",
];

const value: fc.Arbitrary<TestCell> = fc.oneof(
  fc.stringMatching(/^(Maximaal |minimaal |< )?\d{1,3}(,\d{1,2})? ?(%|min|dagen)?$/),
  fc.constantFrom("-", "*", "n.b.", "2:17", "2,28 min", "75%", "65 tot 70 %", "zie bijlage", null),
  fc
    .double({ min: 0, max: 100, noNaN: true })
    .map((v): TestCell => ({ v, f: "0.0", t: v.toFixed(1).replace(".", ",") })),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((v): TestCell => ({ v, f: "0%", t: `${Math.round(v * 100)}%` }))
);

const table: fc.Arbitrary<Analysis> = fc
  .array(fc.tuple(fc.constantFrom(...NAMES), fc.array(value, { minLength: 5, maxLength: 5 })), {
    maxLength: 8,
  })
  .map((rows) =>
    analyseWorkbook(
      workbook(sheet("Indicatoren", [HEAD, ...rows.map(([name, values]) => [name, ...values])]))
    )
  );

describe("comparison properties", () => {
  it("an analysis compared with itself, or with its own JSON report, gives no findings", () => {
    fc.assert(
      fc.property(table, (a) => {
        expect(compareAnalyses(a, a, REF).findings).toEqual([]);
        const report = JSON.parse(JSON.stringify(toJsonReport(a, "zelf.xlsx")));
        expect(compareAnalyses(a, report, REF).findings).toEqual([]);
      }),
      { numRuns: 200 }
    );
  });

  it("pairing is symmetric where names are exact, and every message reads", () => {
    fc.assert(
      fc.property(table, table, (a, b) => {
        const exact = (x: Analysis, y: Analysis) =>
          compareAnalyses(x, y, REF)
            .pairs.filter((p) => p.how === "exact")
            .map((p) => `${p.current}|${p.reference}`)
            .sort();
        const mirrored = exact(b, a)
          .map((s) => s.split("|").reverse().join("|"))
          .sort();
        expect(exact(a, b)).toEqual(mirrored);
        for (const f of compareAnalyses(a, b, REF).findings)
          for (const lang of ["nl", "en"] as const)
            expect(describeFinding(f, lang)).not.toMatch(/undefined|NaN|null/);
      }),
      { numRuns: 200 }
    );
  });
});
