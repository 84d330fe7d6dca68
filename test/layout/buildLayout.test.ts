import { buildLayout } from "../../src/core/layout/buildLayout";
import type { Analysis } from "../../src/core/model/types";
import type { BudgetLayout, IndicatorRowLayout } from "../../src/core/layout/types";
import { sampleAnalysis } from "./sample";

let analysis: Analysis;
beforeAll(async () => {
  analysis = await sampleAnalysis();
});

const indicatorRows = (layout: BudgetLayout) =>
  layout.indicators!.rows.filter((r): r is IndicatorRowLayout => r.type === "indicator");
const valuesOf = (layout: BudgetLayout, name: string) =>
  indicatorRows(layout)
    .find((r) => r.name === name)!
    .values.map((v) => v.text);

const WACHTTIJD = "Gemiddelde wachttijd balie (op afspraak) norm: 5 min.";
const INLOOP = "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.";
const NBK =
  "Vanuit onze regierol het NBK laten uitgroeien tot een deskundige, betrouwbare en flexibele organisatie die haar werk tegen de laagst mogelijke maatschappelijke kosten uitvoert.";

describe("buildLayout on the sample workbook", () => {
  describe("relation table", () => {
    it("keeps the workbook's title and lists the author's lines by default", () => {
      const { relation } = buildLayout(analysis);
      expect(relation!.title).toBe("I: Relatie resultaten en prestatie-indicatoren t.a.v. Dienstverlening");
      expect(relation!.columns).toEqual(["Resultaten", "Prestatie-indicator(en)"]);
      expect(relation!.rows).toHaveLength(9);
      expect(relation!.rows[7]!.lines.map((l) => l.text)).toEqual([
        "80% terugbellen binnen 1 werkdag;",
        "80% terugbellen binnen 2 werkdagen ;",
        "Klanttevredenheid telefoonnummer 14 050",
      ]);
    });

    it("lists each linked indicator once under its name in the indicator table when resolved", () => {
      const { relation } = buildLayout(analysis, { references: "resolved" });
      expect(relation!.rows[0]!.lines.map((l) => l.text)).toEqual([
        "Klanttevredenheid Website.",
        "Klanttevredenheid publieksbalie Harm Buiterplein.",
        "Klanttevredenheid publieksbalie Kreupelstraat.",
        "Klanttevredenheid publieksbalie Haren.",
      ]);
      expect(relation!.rows[7]!.lines).toEqual([
        {
          text: "% Terugbellen binnen 1 werkdag.",
          indicatorIds: ["terugbellen-binnen-1-werkdag"],
          resolved: true,
        },
        {
          text: "% Terugbellen binnen 2 werkdagen.",
          indicatorIds: ["terugbellen-binnen-2-werkdagen"],
          resolved: true,
        },
        {
          text: "Klanttevredenheid telefoonnummer 14 050.",
          indicatorIds: ["klanttevredenheid-telefoonnummer-14050"],
          resolved: true,
        },
      ]);
    });

    it("flags the result without indicator and leaves its cell empty unless asked to mark it", () => {
      const plain = buildLayout(analysis).relation!.rows[6]!;
      expect(plain).toEqual({ result: NBK, lines: [], withoutIndicator: true, note: null });
      expect(buildLayout(analysis, { markResultsWithoutIndicator: true }).relation!.rows[6]!.note).toBe(
        "geen prestatie-indicator"
      );
      expect(
        buildLayout(analysis, { markResultsWithoutIndicator: true, lang: "en" }).relation!.rows[6]!.note
      ).toBe("no performance indicator");
      expect(buildLayout(analysis).relation!.rows.filter((r) => r.withoutIndicator)).toHaveLength(1);
    });
  });

  describe("indicator table", () => {
    it("has the name column and the workbook's year columns", () => {
      const { indicators } = buildLayout(analysis);
      expect(indicators!.columns.map((c) => c.text)).toEqual([
        "Prestatie-indicator(en)",
        "Behaald 2022",
        "Behaald 2023",
        "Behaald 2024",
        "Beoogd 2025",
        "Beoogd 2026",
      ]);
    });

    it("shows the values exactly as the author wrote them", () => {
      const layout = buildLayout(analysis);
      expect(valuesOf(layout, WACHTTIJD)).toEqual(["-", "2:17", "8 min", "Maximaal 5 min", "5 min"]);
      expect(valuesOf(layout, "Klanttevredenheid publieksbalie Haren.")).toEqual([
        "*",
        "8,1",
        "8,3",
        "8",
        "8",
      ]);
      expect(
        indicatorRows(layout).every((r) => r.values.every((v) => v.text === v.raw && !v.harmonised))
      ).toBe(true);
      expect(indicatorRows(layout)[0]!.values[0]).toEqual({
        text: "*",
        raw: "*",
        status: "missing",
        missing: true,
        harmonised: false,
      });
    });

    it("harmonises each row into one notation on request", () => {
      const layout = buildLayout(analysis, { harmonise: true });
      expect(valuesOf(layout, WACHTTIJD)).toEqual(["-", "2:17 min", "8 min", "Maximaal 5 min", "5 min"]);
      expect(valuesOf(layout, INLOOP)).toEqual(["-", "6:36 min", "7 min", "Maximaal 15 min", "15 min"]);
      expect(valuesOf(layout, "Klanttevredenheid publieksbalie Harm Buiterplein.")).toEqual([
        "*",
        "8,0",
        "8,3",
        "8,0",
        "8,0",
      ]);
      expect(valuesOf(layout, "% Terugbellen binnen 1 werkdag.")).toEqual([
        "75%",
        "70%",
        "71%",
        "80%",
        "80%",
      ]);
      expect(valuesOf(layout, "% Terugbellen binnen 2 werkdagen.")).toEqual([
        "82%",
        "81%",
        "80%",
        "80%",
        "80%",
      ]);
      const changed = indicatorRows(layout).find((r) => r.name === WACHTTIJD)!.values[1]!;
      expect(changed).toMatchObject({ text: "2:17 min", raw: "2:17", harmonised: true });
    });

    it("adds a status column judging the latest achieved year", () => {
      const layout = buildLayout(analysis, { statusColumn: true });
      expect(layout.indicators!.columns.at(-1)).toEqual({ role: "status", text: "Status" });
      expect(indicatorRows(layout).map((r) => [r.name, r.status])).toEqual([
        ["Klanttevredenheid publieksbalie Harm Buiterplein.", { level: "met", text: "✓", year: 2024 }],
        ["Klanttevredenheid publieksbalie Kreupelstraat.", { level: "met", text: "✓", year: 2024 }],
        ["Klanttevredenheid publieksbalie Haren.", { level: "met", text: "✓", year: 2024 }],
        ["Klanttevredenheid Website.", { level: "missed", text: "! streefwaarde", year: 2024 }],
        ["Klanttevredenheid telefoonnummer 14 050.", { level: "missed", text: "! streefwaarde", year: 2024 }],
        ["% Terugbellen binnen 1 werkdag.", { level: "breach", text: "✗ norm", year: 2024 }],
        ["% Terugbellen binnen 2 werkdagen.", { level: "met", text: "✓", year: 2024 }],
        [WACHTTIJD, { level: "breach", text: "✗ norm", year: 2024 }],
        [INLOOP, { level: "met", text: "✓", year: 2024 }],
      ]);
      expect(indicatorRows(buildLayout(analysis)).every((r) => r.status === null)).toBe(true);
    });

    it("puts the legend sentence below the table", () => {
      expect(buildLayout(analysis).indicators!.legend).toEqual([
        "Met de bovenstaande indicator(en) wordt de voortgang van de uitvoering van ons beleid gemeten. Indien er geen cijfers beschikbaar zijn voor dat jaar, staat er een streepje. In dat geval wordt de indicator niet jaarlijks gemeten.",
      ]);
    });
  });

  describe("toelichting", () => {
    it("lists the explained indicators in table order with a placeholder for the unexplained breach", () => {
      const { explanations } = buildLayout(analysis);
      expect(explanations.title).toBe("Toelichting");
      expect(explanations.intro).toBe("Indicator en (eventueel) nadere toelichting:");
      expect(explanations.entries.map((e) => [e.name, e.isPlaceholder])).toEqual([
        ["Klanttevredenheid publieksbalie Harm Buiterplein.", false],
        ["Klanttevredenheid publieksbalie Kreupelstraat.", false],
        ["Klanttevredenheid publieksbalie Haren.", false],
        ["Klanttevredenheid Website.", false],
        ["Klanttevredenheid telefoonnummer 14 050.", false],
        ["% Terugbellen binnen 1 werkdag.", true],
        ["% Terugbellen binnen 2 werkdagen.", false],
        [WACHTTIJD, false],
        [INLOOP, false],
      ]);
      expect(explanations.entries[5]).toEqual({
        indicatorId: "terugbellen-binnen-1-werkdag",
        name: "% Terugbellen binnen 1 werkdag.",
        label: "Toelichting:",
        text: "[IN TE VULLEN — norm niet gehaald in 2024: 71% tegen ten minste 80%]",
        isPlaceholder: true,
      });
    });

    it("leaves placeholders out on request", () => {
      expect(
        buildLayout(analysis, { placeholders: false }).explanations.entries.some((e) => e.isPlaceholder)
      ).toBe(false);
    });
  });

  it("translates the fixed texts but never the author's", () => {
    const nl = buildLayout(analysis);
    const en = buildLayout(analysis, { lang: "en" });
    expect(en.lang).toBe("en");
    expect(en.relation!.title).toBe(
      "Relationship between results and performance indicators: Dienstverlening"
    );
    expect(en.relation!.columns).toEqual(["Results", "Performance indicator(s)"]);
    expect(en.indicators!.columns.map((c) => c.text)).toEqual([
      "Performance indicator(s)",
      "Achieved 2022",
      "Achieved 2023",
      "Achieved 2024",
      "Target 2025",
      "Target 2026",
    ]);
    expect(en.explanations.title).toBe("Explanation");
    expect(en.explanations.entries[0]!.label).toBe("Explanation:");
    expect(en.explanations.entries[5]!.text).toBe(
      "[TO BE COMPLETED — norm not met in 2024: 71% against at least 80%]"
    );
    expect(en.relation!.rows.map((r) => [r.result, r.lines])).toEqual(
      nl.relation!.rows.map((r) => [r.result, r.lines])
    );
    expect(indicatorRows(en).map((r) => [r.name, r.values])).toEqual(
      indicatorRows(nl).map((r) => [r.name, r.values])
    );
    expect(en.indicators!.legend).toEqual(nl.indicators!.legend);
    expect(en.explanations.entries.filter((e) => !e.isPlaceholder).map((e) => e.text)).toEqual(
      nl.explanations.entries.filter((e) => !e.isPlaceholder).map((e) => e.text)
    );
  });

  it("names a target miss in the placeholder", () => {
    const withoutWebsiteExplanation: Analysis = {
      ...analysis,
      programme: {
        ...analysis.programme,
        explanations: analysis.programme.explanations.filter(
          (e) => e.indicatorId !== "klanttevredenheid-website"
        ),
      },
      findings: [
        ...analysis.findings,
        {
          ...analysis.findings.find((f) => f.code === "explanation/missing-for-breach")!,
          indicatorId: "klanttevredenheid-website" as never,
          year: 2024,
          params: { name: "Klanttevredenheid Website.", year: 2024, code: "target/missed" },
        } as Analysis["findings"][number],
      ],
    };
    const entry = buildLayout(withoutWebsiteExplanation).explanations.entries.find(
      (e) => e.name === "Klanttevredenheid Website."
    )!;
    expect(entry).toMatchObject({
      isPlaceholder: true,
      text: "[IN TE VULLEN — streefwaarde 2025 (ten minste 7,5) in 2024 nog niet gehaald: 7,2]",
    });
  });

  it("has no relation or indicator table when the workbook has none", () => {
    const bare: Analysis = { ...analysis, programme: { ...analysis.programme, tables: [] } };
    const layout = buildLayout(bare);
    expect(layout.relation).toBeNull();
    expect(layout.indicators).toBeNull();
  });
});
