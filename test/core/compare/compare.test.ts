/**
 * The comparison per finding kind, on small tables built from the sample's own rows and values
 * (Begroting 2026 against Begroting 2025, Deelprogramma 4.1 Dienstverlening).
 */
import path from "node:path";
import { analyseWorkbook } from "../../../src/core/analyse";
import { compareAnalyses, isCompareCode, type ComparisonReference } from "../../../src/core/compare";
import { agreeAtPrecision, stepOf } from "../../../src/core/compare/precision";
import { describeFinding } from "../../../src/core/messages";
import type { Analysis } from "../../../src/core/model/types";
import { toJsonReport } from "../../../src/core/report/jsonReport";
import { readWorkbookFile } from "../../../src/xlsx/readWorkbook";
import { sheet, workbook, type TestCell } from "../../fixtures/grid";

const REF: ComparisonReference = { name: "begroting-2025.xlsx", label: "begroting 2025" };
const HEAD_2026 = ["Prestatie-indicator", "Behaald 2023", "Behaald 2024", "Beoogd 2025", "Beoogd 2026"];
const HEAD_2025 = ["Prestatie-indicator", "Behaald 2022", "Behaald 2023", "Beoogd 2024", "Beoogd 2025"];

/** An indicator table on a sheet "Indicatoren", its header in row 1. */
function analyse(head: readonly string[], rows: readonly (readonly TestCell[])[]): Analysis {
  return analyseWorkbook(workbook(sheet("Indicatoren", [head, ...rows])));
}

const grade = (v: number, t = String(v).replace(".", ",")): TestCell => ({ v, f: "0.0", t });
const percent = (v: number): TestCell => ({ v, f: "0%", t: `${Math.round(v * 100)}%` });
const minSec = (m: number, s: number): TestCell => ({
  v: (m * 60 + s) / 86400,
  f: "m:ss",
  t: `${m}:${String(s).padStart(2, "0")}`,
});

const compare = (current: Analysis, reference: Analysis) => compareAnalyses(current, reference, REF).findings;

describe("compare/value-differs: an achieved value of the same year", () => {
  it("reports 7,0 here against 7,1 there, quoting both cells", () => {
    const now = analyse(HEAD_2026, [["Klanttevredenheid Website.", grade(7.0, "7,0"), grade(7.2), 7.5, 7.5]]);
    const then = analyse(HEAD_2025, [["Klanttevredenheid Website.", grade(7.1), grade(7.1), 7.5, 7.5]]);
    expect(compare(now, then)).toEqual([
      expect.objectContaining({
        id: "compare.value-differs:klanttevredenheid-website:2023",
        code: "compare/value-differs",
        severity: "error",
        sheet: "Indicatoren",
        cell: "B2",
        indicatorId: "klanttevredenheid-website",
        year: 2023,
        params: {
          name: "Klanttevredenheid Website.",
          reference: "begroting-2025.xlsx",
          referenceSheet: "Indicatoren",
          referenceCell: "C2",
          raw: "7,0",
          referenceRaw: "7,1",
          value: 7,
          unit: "number",
          referenceValue: 7.1,
          referenceUnit: "number",
        },
      }),
    ]);
  });

  it.each<[string, TestCell, TestCell, boolean]>([
    ["2:17 in a time cell against 2,28 min", minSec(2, 17), "2,28 min", true],
    ["2:17 against 2,3 min (one decimal: 2,3)", minSec(2, 17), "2,3 min", true],
    ["2:17 against 2,20 min", minSec(2, 17), "2,20 min", false],
    ["75% as 0,75 with a % format against '75%' typed", percent(0.75), "75%", true],
    ["71% against 70%", percent(0.71), "70%", false],
    ["8 against 8,3 (8 is the less precise)", 8, grade(8.3), true],
    ["8 against 8,6", 8, grade(8.6), false],
    ["8,25 against 8,2 (8,25 shows as 8,3)", "8,25", grade(8.2), false],
    ["8 min against 8%: a percentage is no duration", "8 min", "8%", false],
  ])("%s: agree %s", (_, here, there, agree) => {
    const now = analyse(HEAD_2026, [["Gemiddelde wachttijd balie", here, "8 min", "5 min", "5 min"]]);
    const then = analyse(HEAD_2025, [["Gemiddelde wachttijd balie", "-", there, "5 min", "5 min"]]);
    expect(compare(now, then).filter((f) => f.code === "compare/value-differs")).toHaveLength(agree ? 0 : 1);
  });

  it.each(["-", "*", "n.b.", null])("a missing marker (%p) on either side is no difference", (marker) => {
    const now = analyse(HEAD_2026, [["Klanttevredenheid Website.", marker, grade(7.2), 7.5, 7.5]]);
    const then = analyse(HEAD_2025, [["Klanttevredenheid Website.", grade(7.1), grade(7.1), 7.5, 7.5]]);
    expect(compare(now, then)).toEqual([]);
    expect(compare(then, now)).toEqual([]);
  });

  it("compares achieved with achieved only: Behaald 2024 here is not Beoogd 2024 there", () => {
    const now = analyse(HEAD_2026, [["Klanttevredenheid Website.", grade(7.1), grade(7.2), 7.5, 7.5]]);
    const then = analyse(HEAD_2025, [["Klanttevredenheid Website.", grade(7.1), grade(7.1), 7.9, 7.5]]);
    expect(compare(now, then)).toEqual([]);
  });
});

describe("compare/target-changed: the target of the same year", () => {
  it("a higher grade target is a raised ambition (info)", () => {
    const now = analyse(HEAD_2026, [
      ["Klanttevredenheid telefoonnummer 14 050.", grade(7.4), grade(7.3), grade(7.5), grade(7.5)],
    ]);
    const then = analyse(HEAD_2025, [
      [
        "Klanttevredenheid telefoonnummer 14 050.",
        grade(7.4),
        grade(7.4),
        grade(7.0, "7,0"),
        grade(7.0, "7,0"),
      ],
    ]);
    expect(compare(now, then)).toEqual([
      expect.objectContaining({
        code: "compare/target-changed",
        severity: "info",
        cell: "D2",
        year: 2025,
        params: expect.objectContaining({
          ambition: "raised",
          raw: "7,5",
          referenceRaw: "7,0",
          referenceCell: "E2",
        }),
      }),
    ]);
    // The other way round the same change is a lowered ambition, a warning.
    expect(compare(then, now)).toEqual([
      expect.objectContaining({
        severity: "warning",
        params: expect.objectContaining({ ambition: "lowered" }),
      }),
    ]);
  });

  it("a waiting time's target going up is a lowered ambition: lower is better", () => {
    const name = "Gemiddelde wachttijd balie (op afspraak) norm: 5 min.";
    const now = analyse(HEAD_2026, [[name, minSec(2, 17), "8 min", "Maximaal 5 min", "5 min"]]);
    const then = analyse(HEAD_2025, [[name, "-", "2,28 min", "Maximaal 5 min", "Maximaal 4 min"]]);
    const [finding] = compare(now, then);
    expect(finding).toMatchObject({
      code: "compare/target-changed",
      severity: "warning",
      cell: "D2",
      params: { ambition: "lowered", value: 5, referenceValue: 4, unit: "minutes" },
    });
    expect(describeFinding(finding!, "nl")).toContain("Bij deze indicator is lager beter.");
  });

  it("targets compare by their figure, not at a precision: 8 against 7,5 is a change", () => {
    const now = analyse(HEAD_2026, [["Klanttevredenheid Haren.", grade(8.1), grade(8.3), 8, 8]]);
    const then = analyse(HEAD_2025, [["Klanttevredenheid Haren.", grade(8.1), grade(8.1), 8, grade(7.5)]]);
    expect(compare(now, then)).toEqual([
      expect.objectContaining({ code: "compare/target-changed", year: 2025 }),
    ]);
  });

  it("'Maximaal 5 min' and '5 min' are the same target", () => {
    const now = analyse(HEAD_2026, [["Wachttijd balie", "3 min", "4 min", "5 min", "5 min"]]);
    const then = analyse(HEAD_2025, [
      ["Wachttijd balie", "3 min", "3 min", "Maximaal 5 min", "Maximaal 5 min"],
    ]);
    expect(compare(now, then).filter((f) => f.code === "compare/target-changed")).toEqual([]);
  });
});

describe("compare/norm-changed", () => {
  it("a norm in the name that changed, at the name's cell", () => {
    const now = analyse(HEAD_2026, [
      ["Gemiddelde wachttijd balie norm: 5 min.", "3 min", "4 min", "5 min", "5 min"],
    ]);
    const then = analyse(HEAD_2025, [
      ["Gemiddelde wachttijd balie norm: 10 min.", "3 min", "3 min", "5 min", "5 min"],
    ]);
    expect(compare(now, then)).toEqual([
      expect.objectContaining({
        code: "compare/norm-changed",
        severity: "warning",
        cell: "A2",
        params: expect.objectContaining({
          norm: { op: "<=", amount: 5, unit: "minutes", raw: "5 min" },
          referenceNorm: { op: "<=", amount: 10, unit: "minutes", raw: "10 min" },
        }),
      }),
    ]);
  });

  it("a norm that is gone", () => {
    const now = analyse(HEAD_2026, [["Gemiddelde wachttijd balie", "3 min", "4 min", "5 min", "5 min"]]);
    const then = analyse(HEAD_2025, [
      ["Gemiddelde wachttijd balie norm: 5 min.", "3 min", "3 min", "5 min", "5 min"],
    ]);
    const [finding] = compare(now, then);
    expect(finding).toMatchObject({ code: "compare/norm-changed", params: { norm: null } });
    expect(describeFinding(finding!, "nl")).toBe(
      "Hier staat geen norm meer; in begroting-2025.xlsx was die ten hoogste 5 min (A2). Is de norm bewust vervallen?"
    );
  });
});

describe("indicators on one side only, and pairs by a close name", () => {
  const website = ["Klanttevredenheid Website.", grade(7.1), grade(7.2), 7.5, 7.5];
  const twoDays = ["% Terugbellen binnen 2 werkdagen.", "81%", "80%", "80%", "80%"];
  const documents = ["Aantal verstrekte reisdocumenten", 38410, 41976, 43000, 43000];

  it("added at the name's cell here (info); removed with no cell here and its place there (warning)", () => {
    const now = analyse(HEAD_2026, [website, twoDays]);
    const then = analyse(HEAD_2025, [[...website.slice(0, 2), grade(7.1), 7.5, 7.5], documents]);
    const { findings, pairs } = compareAnalyses(now, then, REF);
    expect(findings).toEqual([
      expect.objectContaining({
        id: "compare.indicator-added:terugbellen-binnen-2-werkdagen:",
        code: "compare/indicator-added",
        severity: "info",
        sheet: "Indicatoren",
        cell: "A3",
        params: { name: "% Terugbellen binnen 2 werkdagen.", reference: "begroting-2025.xlsx" },
      }),
      expect.objectContaining({
        code: "compare/indicator-removed",
        severity: "warning",
        sheet: null,
        cell: null,
        indicatorId: null,
        params: {
          name: "Aantal verstrekte reisdocumenten",
          reference: "begroting-2025.xlsx",
          referenceSheet: "Indicatoren",
          referenceCell: "A3",
        },
      }),
    ]);
    expect(pairs).toEqual([
      {
        current: "klanttevredenheid-website",
        reference: "klanttevredenheid-website",
        how: "exact",
        score: 1,
      },
      { current: "terugbellen-binnen-2-werkdagen", reference: null, how: "none", score: 0 },
      { current: null, reference: "aantal-verstrekte-reisdocumenten", how: "none", score: 0 },
    ]);
  });

  it("a typo pairs approximately, says so, and is still compared", () => {
    const now = analyse(HEAD_2026, [["Klanttevredenheid Website.", grade(7.0, "7,0"), grade(7.2), 7.5, 7.5]]);
    const then = analyse(HEAD_2025, [["Klanttevredenheid Webside.", grade(7.1), grade(7.1), 7.5, 7.5]]);
    const { findings, pairs } = compareAnalyses(now, then, REF);
    expect(pairs).toEqual([
      {
        current: "klanttevredenheid-website",
        reference: "klanttevredenheid-webside",
        how: "approximate",
        score: 0.96,
      },
    ]);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ["compare/approximate-pair", "info"],
      ["compare/value-differs", "error"],
    ]);
    expect(findings[0]!.params).toMatchObject({ referenceName: "Klanttevredenheid Webside.", score: 0.96 });
  });

  it("a leading norm split off pairs as the relation table does ('expanded')", () => {
    const now = analyse(HEAD_2026, [
      ["% Terugbellen binnen 1 werkdag.", percent(0.7), percent(0.71), "80%", "80%"],
    ]);
    const then = analyse(HEAD_2025, [["80% terugbellen binnen 1 werkdag", "75%", "70%", "80%", "80%"]]);
    const { findings, pairs } = compareAnalyses(now, then, REF);
    expect(pairs).toEqual([
      {
        current: "terugbellen-binnen-1-werkdag",
        reference: "80-terugbellen-binnen-1-werkdag",
        how: "expanded",
        score: 1,
      },
    ]);
    expect(findings).toEqual([]);
  });

  it("another number is another indicator, never a close name: wijk 3 and wijk 4", () => {
    const now = analyse(HEAD_2026, [["Bezoekers wijkpost 3", 10, 12, 12, 12]]);
    const then = analyse(HEAD_2025, [["Bezoekers wijkpost 4", 10, 10, 12, 12]]);
    expect(compare(now, then).map((f) => f.code)).toEqual([
      "compare/indicator-added",
      "compare/indicator-removed",
    ]);
  });
});

describe("whole-budget workbooks and references as JSON", () => {
  const EXAMPLES = path.resolve(__dirname, "../../../examples");
  let two: Analysis;
  let sample: Analysis;
  beforeAll(async () => {
    two = analyseWorkbook(await readWorkbookFile(path.join(EXAMPLES, "begroting-2026-twee-programmas.xlsx")));
    sample = analyseWorkbook(
      await readWorkbookFile(path.join(EXAMPLES, "begroting-2026-dienstverlening.xlsx"))
    );
  });

  it("pairs within the programme of the same number: 4.1 with 4.1, 4.2 with 4.2", () => {
    const { pairs, findings } = compareAnalyses(two, two, REF);
    expect(findings).toEqual([]);
    expect(pairs).toHaveLength(18);
    for (const p of pairs) expect(p).toMatchObject({ how: "exact", reference: p.current });
  });

  it("against a workbook of one programme, the same names in two programmes pair once; the second is added", () => {
    const { findings } = compareAnalyses(two, sample, REF);
    expect(findings).toHaveLength(9);
    for (const f of findings)
      expect(f).toMatchObject({
        code: "compare/indicator-added",
        programme: "4.2",
        id: expect.stringMatching(/^4\.2\//),
      });
  });

  it("reads a version 2 report, which has no name cells: the removed indicator names its sheet", () => {
    const report = JSON.parse(JSON.stringify(toJsonReport(sample, "vorige.xlsx")));
    report.schemaVersion = 2;
    for (const p of report.programmes) for (const i of p.indicators) delete i.nameCell;
    const fewer = selectWithout(sample, "klanttevredenheid-website");
    const [removed] = compareAnalyses(fewer, report, REF).findings;
    expect(removed).toMatchObject({
      code: "compare/indicator-removed",
      params: { name: "Klanttevredenheid Website.", referenceSheet: "Indicatoren" },
    });
    expect(removed!.params).not.toHaveProperty("referenceCell");
    expect(describeFinding(removed!, "en")).toContain("(Indicatoren)");
  });

  it("ids are stable: the same comparison gives the same ids and fingerprints", () => {
    const a = compareAnalyses(sample, two, REF).findings.map((f) => [f.id, f.fingerprint]);
    const b = compareAnalyses(sample, two, REF).findings.map((f) => [f.id, f.fingerprint]);
    expect(a).toEqual(b);
    expect(new Set(a.map(([id]) => id)).size).toBe(a.length);
  });
});

describe("precision and codes", () => {
  it.each<[string, number | null]>([
    ["8,3", 0.1],
    ["8", 1],
    ["75%", 1],
    ["84,4 %", 0.1],
    ["2:17", 1 / 60],
    ["2,28 min", 0.01],
    ["Maximaal 5 min", 1],
    ["14 050", 1],
    ["1.459", 1],
    ["-", null],
    ["zie bijlage", null],
  ])("stepOf(%p) = %p", (raw, step) => {
    expect(stepOf(raw)).toBe(step);
  });

  it("agreeAtPrecision converts days and minutes, and never agrees across a percentage and minutes", () => {
    expect(
      agreeAtPrecision({ value: 1440, unit: "minutes", step: 1 }, { value: 1, unit: "days", step: 1 })
    ).toBe(true);
    expect(
      agreeAtPrecision({ value: 75, unit: "percent", step: 1 }, { value: 75, unit: "minutes", step: 1 })
    ).toBe(false);
  });

  it("isCompareCode", () => {
    expect(isCompareCode("compare/value-differs")).toBe(true);
    expect(isCompareCode("norm/breach")).toBe(false);
  });
});

/** The analysis without one indicator, as a later version that dropped it. */
function selectWithout(analysis: Analysis, id: string): Analysis {
  const indicators = analysis.programme.indicators.filter((i) => i.id !== id);
  const [part] = analysis.programmes;
  return {
    ...analysis,
    programme: { ...analysis.programme, indicators },
    programmes: [{ ...part!, spans: { ...part!.spans, indicators: [0, indicators.length] } }],
  };
}
