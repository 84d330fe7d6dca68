/**
 * Whole-budget workbooks: the programme as a unit. Two identical copies of the sample are checked
 * as two programmes (2 × 17 warnings and errors), and a workbook of several programmes gives
 * exactly what checking each programme's sheets alone gives.
 */
import fc from "fast-check";
import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyse";
import type { Finding } from "../../src/core/findings/types";
import type { Analysis } from "../../src/core/model/types";
import { selectProgramme } from "../../src/core/model/selectProgramme";
import type { SheetData, WorkbookData } from "../../src/core/workbook";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import type { TestCell } from "../fixtures/grid";
import { programmeSheets } from "./pipeline/fixtures";

const EXAMPLES = path.resolve(__dirname, "../../examples");

/** A finding as checking its programme alone would give it: ids without the programme. */
function alone(f: Finding): string {
  const strip = (id: string | null) => (id === null ? null : id.replace(/^[^/]*\//, ""));
  const { programme: _programme, ...rest } = f;
  return JSON.stringify({ ...rest, id: strip(f.id), indicatorId: strip(f.indicatorId) });
}

const warningsAndErrors = (a: Analysis) => a.findings.filter((f) => f.severity !== "info");

describe("two copies of the sample, as programmes 4.1 and 4.2", () => {
  let sample: Analysis;
  let two: Analysis;
  beforeAll(async () => {
    sample = analyseWorkbook(await readWorkbookFile(path.join(EXAMPLES, "begroting-2026-dienstverlening.xlsx")));
    two = analyseWorkbook(await readWorkbookFile(path.join(EXAMPLES, "begroting-2026-twee-programmas.xlsx")));
  });

  it("gives exactly twice the sample's 17 warnings and errors", () => {
    expect(warningsAndErrors(sample)).toHaveLength(17);
    expect(warningsAndErrors(two)).toHaveLength(34);
    expect(two.findings).toHaveLength(2 * sample.findings.length);
  });

  it("finds two programmes named after their sheets and title", () => {
    expect(two.programmes.map((p) => [p.id, p.label, p.sheets.length])).toEqual([
      ["4.1", "4.1 Dienstverlening", 4],
      ["4.2", "4.2 Dienstverlening", 4],
    ]);
  });

  it("checks each programme against its own relation table and toelichting", () => {
    for (const p of two.programmes) {
      const own = selectProgramme(two, p.id);
      // The same findings at the same cells, on the programme's copy of each sheet.
      const place = (f: Finding) =>
        JSON.stringify([f.code, f.sheet?.replace(/^4\.\d /, ""), f.cell, f.year, f.params, f.indicatorId?.replace(/^.*\//, "")]);
      expect(own.findings.map(place).sort()).toEqual(sample.findings.map(place).sort());
      expect(own.findings.every((f) => f.sheet === null || f.sheet.startsWith(`${p.id} `))).toBe(true);
      expect(own.programme.results.flatMap((r) => r.indicatorIds).every((id) => id.startsWith(`${p.id}/`))).toBe(true);
    }
    const codes = two.findings.map((f) => f.code);
    expect(codes).not.toContain("mapping/unmapped-indicator");
    expect(codes).not.toContain("indicator/duplicate");
    expect(codes.filter((c) => c === "explanation/missing-for-breach")).toHaveLength(2);
  });

  it("keeps the sample's finding ids of indicators, under the programme", () => {
    const ids = new Set(two.findings.map((f) => f.id));
    for (const f of sample.findings.filter((x) => x.indicatorId !== null)) {
      expect(ids).toContain(`4.1/${f.id}`);
      expect(ids).toContain(`4.2/${f.id}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property: N programmes checked together = each checked alone.

/** Names repeat across programmes, as real budgets repeat "Klanttevredenheid" and the BBV indicators. */
const NAMES = [
  "Klanttevredenheid",
  "Klanttevredenheid Website",
  "% Terugbellen binnen 1 werkdag",
  "Gemiddelde wachttijd balie norm: 5 min",
  "Aantal bezoekers bibliotheek",
  "Percentage digitale aanvragen",
  "Banen per 1.000 inwoners",
  "Demografische druk",
] as const;
/** References no programme has. */
const UNKNOWN = ["Tevredenheid ondernemers", "Aantal meldingen openbare ruimte"] as const;
const VALUES: readonly TestCell[] = [7.8, 6.1, "8 min", "3 min", "75%", "85%", "-", "*", "n.b.", "onbekend", 1200];

const programmeArb = fc.record({
  indicators: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VALUES), fc.constantFrom(...VALUES)), {
    minLength: 1,
    maxLength: 5,
  }),
  references: fc.array(fc.nat(), { maxLength: 4 }),
  unknown: fc.subarray([...UNKNOWN]),
  explained: fc.array(fc.nat(), { maxLength: 3 }),
  relation: fc.boolean(),
});

type ProgrammeCase = typeof programmeArb extends fc.Arbitrary<infer T> ? T : never;

function sheetsOf(prefix: string, p: ProgrammeCase): SheetData[] {
  const name = (n: number) => p.indicators[n % p.indicators.length]![0];
  const relations = [
    ...p.references.map((n, i) => [`Resultaat ${i + 1}`, name(n)] as const),
    ...p.unknown.map((u) => ["Resultaat zonder bekende indicator", u] as const),
  ];
  const sheets = programmeSheets(
    prefix,
    p.indicators,
    relations,
    p.explained.map((n) => [name(n), "Toelichting bij de afwijking"] as const)
  );
  return p.relation ? sheets : sheets.filter((s) => !s.name.endsWith("Relatie"));
}

describe("a workbook of N programmes", () => {
  it("gives the union of checking each programme's sheets alone", () => {
    fc.assert(
      fc.property(fc.array(programmeArb, { minLength: 1, maxLength: 4 }), (programmes) => {
        const parts = programmes.map((p, k) => sheetsOf(`P${k + 1} `, p));
        const whole: WorkbookData = { sheets: parts.flat() };
        const together = analyseWorkbook(whole);
        const separately = parts.flatMap((sheets) => analyseWorkbook({ sheets }).findings);
        expect(together.programmes).toHaveLength(programmes.length);
        expect(together.findings.map(alone).sort()).toEqual(separately.map(alone).sort());
        if (programmes.length > 1)
          expect(together.findings.every((f) => f.id.startsWith(`${f.programme}/`))).toBe(true);
      }),
      { numRuns: 150 }
    );
  });
});
