import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyse";
import type { Analysis } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";

const SAMPLE = path.resolve(__dirname, "../../examples/begroting-2026-dienstverlening.xlsx");

let analysis: Analysis;
beforeAll(async () => {
  analysis = analyseWorkbook(await readWorkbookFile(SAMPLE));
});

const nameOf = (id: string | null) => analysis.programme.indicators.find((i) => i.id === id)?.name ?? null;

describe("the sample workbook (Begroting 2026, 4.1 Dienstverlening)", () => {
  it("reports exactly the seed's warnings and errors, and no others", () => {
    const reported = analysis.findings
      .filter((f) => f.severity !== "info")
      .map((f) => [f.code, nameOf(f.indicatorId), f.year] as const)
      .sort();
    const expected = [
      ["norm/breach", "Gemiddelde wachttijd balie (op afspraak) norm: 5 min.", 2024],
      ["norm/breach", "% Terugbellen binnen 1 werkdag.", 2022],
      ["norm/breach", "% Terugbellen binnen 1 werkdag.", 2023],
      ["norm/breach", "% Terugbellen binnen 1 werkdag.", 2024],
      ["target/missed", "Klanttevredenheid Website.", 2022],
      ["target/missed", "Klanttevredenheid Website.", 2023],
      ["target/missed", "Klanttevredenheid Website.", 2024],
      ["target/missed", "Klanttevredenheid telefoonnummer 14 050.", 2022],
      ["target/missed", "Klanttevredenheid telefoonnummer 14 050.", 2023],
      ["target/missed", "Klanttevredenheid telefoonnummer 14 050.", 2024],
      ["mapping/result-without-indicator", null, null],
      ["value/undefined-marker", "Klanttevredenheid publieksbalie Harm Buiterplein.", 2022],
      ["value/undefined-marker", "Klanttevredenheid publieksbalie Kreupelstraat.", 2022],
      ["value/undefined-marker", "Klanttevredenheid publieksbalie Haren.", 2022],
      ["value/mixed-notation", "Gemiddelde wachttijd balie (op afspraak) norm: 5 min.", null],
      ["value/mixed-notation", "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.", null],
      ["explanation/missing-for-breach", "% Terugbellen binnen 1 werkdag.", 2024],
    ].sort();
    expect(reported).toEqual(expected);
  });

  it("names the NBK result as the one without an indicator", () => {
    const f = analysis.findings.find((x) => x.code === "mapping/result-without-indicator");
    expect(f?.params).toEqual({ result: expect.stringMatching(/^Vanuit onze regierol het NBK/) });
    expect(f?.sheet).toBe("Relatie");
  });

  it("breaches wachttijd op afspraak in 2024 with 8 min against at most 5 min from the name", () => {
    const f = analysis.findings.find((x) => x.code === "norm/breach" && x.year === 2024 && x.params.norm.unit === "minutes");
    expect(f).toMatchObject({ sheet: "Indicatoren", params: { value: 8, raw: "8 min", norm: { op: "<=", amount: 5, unit: "minutes" }, source: "name" } });
  });

  it("takes the 80% norm for terugbellen from the relation table's wording", () => {
    const breach = analysis.findings.find((x) => x.code === "norm/breach" && x.year === 2022);
    expect(breach?.params).toMatchObject({ value: 75, norm: { op: ">=", amount: 80, unit: "percent" }, source: "mapping" });
  });

  it.each([
    "% Terugbellen binnen 2 werkdagen.",
    "Klanttevredenheid publieksbalie Harm Buiterplein.",
    "Klanttevredenheid publieksbalie Kreupelstraat.",
    "Klanttevredenheid publieksbalie Haren.",
    "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.",
  ])("reports no breach or miss for %s", (name) => {
    const id = analysis.programme.indicators.find((i) => i.name === name)?.id;
    expect(id).toBeDefined();
    const codes = analysis.findings.filter((f) => f.indicatorId === id).map((f) => f.code);
    expect(codes).not.toContain("norm/breach");
    expect(codes).not.toContain("target/missed");
    expect(codes).not.toContain("value/unparseable");
  });

  it("finds the three tables, nine indicators, nine results and eight explanations", () => {
    expect(analysis.programme.tables.map((t) => [t.kind, t.sheet])).toEqual(
      expect.arrayContaining([
        ["indicators", "Indicatoren"],
        ["mapping", "Relatie"],
        ["explanations", "Toelichting"],
      ]),
    );
    expect(analysis.programme.indicators).toHaveLength(9);
    expect(analysis.programme.results).toHaveLength(9);
    expect(analysis.programme.explanations.filter((e) => e.indicatorId !== null)).toHaveLength(8);
    expect(analysis.programme.name).toBe("Dienstverlening");
    expect(analysis.programme.budgetYear).toBe(2026);
  });

  it("expands the shorthand 'Harm; Buiterplein/Kreupelstraat/Haren' into the three publieksbalies", () => {
    const first = analysis.programme.results[0]!;
    expect(first.indicatorIds).toEqual([
      "klanttevredenheid-website",
      "klanttevredenheid-publieksbalie-harm-buiterplein",
      "klanttevredenheid-publieksbalie-kreupelstraat",
      "klanttevredenheid-publieksbalie-haren",
    ]);
  });

  it("gives every year column of every indicator an observation, with normalised values", () => {
    for (const i of analysis.programme.indicators) expect(i.observations.map((o) => o.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    const wachttijd = analysis.programme.indicators.find((i) => i.id === "gemiddelde-wachttijd-balie-op-afspraak")!;
    expect(wachttijd.observations[1]).toMatchObject({ value: 2.283333333, unit: "minutes", status: "met" });
    expect(wachttijd.direction).toBe("lower");
  });

  it("produces the same finding ids when analysed twice", async () => {
    const again = analyseWorkbook(await readWorkbookFile(SAMPLE));
    expect(again.findings.map((f) => f.id)).toEqual(analysis.findings.map((f) => f.id));
    expect(new Set(analysis.findings.map((f) => f.id)).size).toBe(analysis.findings.length);
  });
});
