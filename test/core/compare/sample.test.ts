/**
 * The sample against its previous-year variant (issue #16): begroting-2026 compared with
 * begroting-2025 gives exactly one realisation that differs, one target lowered, one raised, one
 * indicator dropped and one added, and nothing else. Both workbooks are read as the user's files are,
 * through src/xlsx.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildPreviousSampleBytes } from "../../../scripts/build-sample";
import { analyseWorkbook } from "../../../src/core/analyse";
import { compareAnalyses, referenceOf } from "../../../src/core/compare";
import { describeFinding } from "../../../src/core/messages";
import { toJsonReport } from "../../../src/core/report/jsonReport";
import { readWorkbookFile } from "../../../src/xlsx/readWorkbook";

const EXAMPLES = path.resolve(__dirname, "../../../examples");
const CURRENT = path.join(EXAMPLES, "begroting-2026-dienstverlening.xlsx");
const PREVIOUS = path.join(EXAMPLES, "begroting-2025-dienstverlening.xlsx");

async function analyse(file: string) {
  return analyseWorkbook(await readWorkbookFile(file));
}

describe("begroting 2026 compared with begroting 2025 (the sample)", () => {
  let current: Awaited<ReturnType<typeof analyse>>;
  let previous: Awaited<ReturnType<typeof analyse>>;
  beforeAll(async () => {
    [current, previous] = await Promise.all([analyse(CURRENT), analyse(PREVIOUS)]);
  });

  const expected = [
    {
      code: "compare/value-differs",
      severity: "error",
      sheet: "Indicatoren",
      cell: "C7",
      indicatorId: "klanttevredenheid-website",
      year: 2023,
      params: expect.objectContaining({
        raw: "7,0",
        referenceRaw: "7,1",
        referenceSheet: "Indicatoren",
        referenceCell: "D7",
      }),
    },
    {
      code: "compare/target-changed",
      severity: "info",
      sheet: "Indicatoren",
      cell: "E8",
      indicatorId: "klanttevredenheid-telefoonnummer-14050",
      year: 2025,
      params: expect.objectContaining({ ambition: "raised", raw: "7,5", referenceRaw: "7,0" }),
    },
    {
      code: "compare/target-changed",
      severity: "warning",
      sheet: "Indicatoren",
      cell: "E11",
      indicatorId: "gemiddelde-wachttijd-balie-op-afspraak",
      year: 2025,
      params: expect.objectContaining({
        ambition: "lowered",
        raw: "Maximaal 5 min",
        referenceRaw: "Maximaal 4 min",
      }),
    },
    {
      code: "compare/indicator-added",
      severity: "info",
      sheet: "Indicatoren",
      cell: "A10",
      indicatorId: "terugbellen-binnen-2-werkdagen",
      year: null,
    },
    {
      code: "compare/indicator-removed",
      severity: "warning",
      sheet: null,
      cell: null,
      indicatorId: null,
      year: null,
      params: expect.objectContaining({
        name: "Aantal verstrekte reisdocumenten",
        referenceSheet: "Indicatoren",
        referenceCell: "A12",
      }),
    },
  ];

  it("gives exactly the five findings of the issue, each once", () => {
    const { findings } = compareAnalyses(current, previous, referenceOf(PREVIOUS, previous));
    expect(findings).toHaveLength(expected.length);
    for (const e of expected) expect(findings).toContainEqual(expect.objectContaining(e));
  });

  it("agrees where only the notation changed: 2:17 against 2,28 min, 75% as a number and as text", () => {
    const { pairs, findings } = compareAnalyses(current, previous, referenceOf(PREVIOUS, previous));
    const wachttijd = current.programme.indicators.find(
      (i) => i.id === "gemiddelde-wachttijd-balie-op-afspraak"
    )!;
    expect(wachttijd.observations.find((o) => o.year === 2023)?.raw).toBe("2:17");
    const before = previous.programme.indicators.find((i) => i.id === wachttijd.id)!;
    expect(before.observations.find((o) => o.year === 2023 && o.kind === "achieved")?.raw).toBe("2,28 min");
    expect(
      findings.filter((f) => f.indicatorId === wachttijd.id && f.code === "compare/value-differs")
    ).toEqual([]);
    const terugbellen = previous.programme.indicators.find((i) => i.id === "terugbellen-binnen-1-werkdag")!;
    expect(terugbellen.observations.find((o) => o.year === 2022)?.parsed).toMatchObject({
      notation: "percent-text",
    });
    expect(findings.filter((f) => f.indicatorId === terugbellen.id)).toEqual([]);
    expect(pairs.filter((p) => p.how === "exact")).toHaveLength(8);
  });

  it("names the reference 'begroting 2025' and quotes both cells in Dutch and English", () => {
    const ref = referenceOf(PREVIOUS, previous);
    expect(ref).toEqual({ name: "begroting-2025-dienstverlening.xlsx", label: "begroting 2025" });
    const differs = compareAnalyses(current, previous, ref).findings.find(
      (f) => f.code === "compare/value-differs"
    )!;
    expect(describeFinding(differs, "nl")).toBe(
      "Behaald 2023 is hier 7,0 (C7); in begroting-2025-dienstverlening.xlsx 7,1 (D7). Een overgenomen realisatie hoort in beide documenten gelijk te zijn."
    );
    expect(describeFinding(differs, "en")).toContain(
      "Achieved 2023 is 7,0 here (C7); in begroting-2025-dienstverlening.xlsx it is 7,1 (D7)."
    );
  });

  it("gives the same findings against the reference's JSON report as against its analysis", () => {
    const ref = referenceOf(PREVIOUS, previous);
    const fromAnalysis = compareAnalyses(current, previous, ref);
    const report = JSON.parse(JSON.stringify(toJsonReport(previous, PREVIOUS)));
    const fromReport = compareAnalyses(current, report, ref);
    expect(fromReport.findings).toEqual(fromAnalysis.findings);
    expect(fromReport.pairs).toEqual(fromAnalysis.pairs);
  });
});

describe("scripts/build-sample.ts, the previous budget", () => {
  it("is deterministic and the committed begroting-2025 workbook is up to date", async () => {
    const first = await buildPreviousSampleBytes();
    const second = await buildPreviousSampleBytes();
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).equals(readFileSync(PREVIOUS))).toBe(true);
  });
});
