import { analyseWorkbook } from "../../src/core/analyse";
import type { Analysis } from "../../src/core/model/types";
import { sheet, workbook } from "../fixtures/grid";
import { jaarrekeningWorkbook, servicenormWorkbook, streefwaardeWorkbook, veiligheidWorkbook } from "../fixtures/layouts";

const codes = (a: Analysis, id: string) => a.findings.filter((f) => f.indicatorId === id).map((f) => [f.code, f.year]);
const indicator = (a: Analysis, id: string) => {
  const found = a.programme.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}: ${a.programme.indicators.map((i) => i.id).join(", ")}`);
  return found;
};

describe("programme 'Veiligheid': title, nr./Bron attributes, a group row and a footnote", () => {
  const a = analyseWorkbook(veiligheidWorkbook());

  it("finds the table under its title and reads nr. and Bron as attributes, never as values", () => {
    expect(a.programme.name).toBe("Veiligheid");
    const ongevallen = indicator(a, "aantal-verkeersongevallen-met-letsel");
    expect(ongevallen.attributes).toEqual({ nr: "1", bron: "Politie" });
    expect(ongevallen.observations.map((o) => o.year)).toEqual([2023, 2024, 2025, 2026]);
    expect(ongevallen.group).toBe("Openbare orde");
  });

  it("reads 'ongevallen met letsel' against '< 400' as lower is better and misses it", () => {
    const ongevallen = indicator(a, "aantal-verkeersongevallen-met-letsel");
    expect(ongevallen.direction).toBe("lower");
    expect(codes(a, ongevallen.id)).toEqual(
      expect.arrayContaining([
        ["target/missed", 2023],
        ["target/missed", 2024],
      ]),
    );
  });

  it("keeps the footnote row as a legend entry, not an indicator", () => {
    expect(a.programme.indicators).toHaveLength(3);
    expect(a.programme.legend.map((l) => l.marker)).toContain("*");
  });

  it("splits a one-line ';' list in the relation table", () => {
    expect(a.programme.results[1]?.indicatorIds).toEqual(["inwoners-dat-zich-veilig-voelt-in-de-buurt", "meldingen-overlast-jeugd"]);
    expect(a.findings.filter((f) => f.code.startsWith("mapping/"))).toEqual([]);
  });

  it("treats 'daling' as a direction, not as a figure", () => {
    const jeugd = indicator(a, "meldingen-overlast-jeugd");
    expect(jeugd.direction).toBe("lower");
    expect(jeugd.observations[2]?.parsed.kind).toBe("direction");
    expect(codes(a, jeugd.id)).toEqual([["value/missing", 2023]]);
  });
});

describe("annual-report order: Behaald t-1 | Beoogd t | Behaald t", () => {
  const a = analyseWorkbook(jaarrekeningWorkbook());

  it("compares an achieved year with the target of that same year", () => {
    const f = a.findings.find((x) => x.indicatorId === "percentage-aanvragen-binnen-termijn" && x.year === 2024 && x.code === "target/missed");
    expect(f?.params).toMatchObject({ value: 86, targetYear: 2024, sameYear: true });
  });

  it("does not hold an earlier year against a later target that has its own achieved value", () => {
    expect(codes(a, "percentage-aanvragen-binnen-termijn").filter(([c]) => c === "target/missed")).toEqual([["target/missed", 2024]]);
    expect(indicator(a, "percentage-aanvragen-binnen-termijn").observations[0]).toMatchObject({ year: 2023, status: "no-norm" });
  });

  it("compares an earlier achieved year with the nearest later target while that year has no achieved value", () => {
    const b = analyseWorkbook(
      workbook(sheet("Begroting", [["Prestatie-indicatoren", "Behaald 2023", "Behaald 2024", "Beoogd 2025"], ["Percentage digitaal", "58%", "", "60%"]])),
    );
    const f = b.findings.find((x) => x.code === "target/missed" && x.year === 2023);
    expect(f?.params).toMatchObject({ value: 58, targetYear: 2025, sameYear: false, directionAssumed: true });
  });

  it("keeps strict comparators strict: 43 against '>43' is a miss, 44 is not", () => {
    expect(codes(a, "score-43")).toContainEqual(["target/missed", 2024]);
    expect(codes(a, "score-43")).not.toContainEqual(["target/missed", 2023]);
  });

  it("reads thousands dots: 46.200 meets 45.000", () => {
    expect(indicator(a, "aantal-bezoekers-bibliotheek").observations[2]).toMatchObject({ value: 46200, status: "met" });
  });

  it("reports the missing relation table", () => {
    expect(a.findings).toContainEqual(expect.objectContaining({ code: "table/not-found", params: { kind: "mapping" } }));
  });
});

describe("Realisatie / Streefwaarde / Bron with a standing Streefwaarde", () => {
  const a = analyseWorkbook(streefwaardeWorkbook());

  it("reads the year-less Streefwaarde as a standing norm", () => {
    expect(indicator(a, "gemiddelde-doorlooptijd-bezwaren").norm).toMatchObject({ op: "<=", amount: 28, unit: "days", source: "column" });
    expect(codes(a, "gemiddelde-doorlooptijd-bezwaren")).toContainEqual(["norm/breach", 2023]);
  });

  it("reports a percent norm against '28 dagen gemiddeld' as a unit mismatch, not a verdict", () => {
    const f = a.findings.find((x) => x.code === "norm/unit-mismatch");
    expect(f).toMatchObject({ indicatorId: "percentage-digitaal", year: 2023, params: { unit: "days", norm: { unit: "percent" } } });
    expect(codes(a, "percentage-digitaal")).not.toContainEqual(["norm/breach", 2023]);
  });

  it("reads Bron as an attribute", () => {
    expect(indicator(a, "klanttevredenheid").attributes).toEqual({ bron: "Enquête" });
  });
});

describe("service-norm table: Product/dienst + Servicenorm form the name", () => {
  const a = analyseWorkbook(servicenormWorkbook());

  it("joins the two text columns into the indicator's name", () => {
    expect(a.programme.indicators.map((i) => i.name)).toEqual(["Paspoort klaar binnen", "Rijbewijs klaar binnen", "Telefoon opgenomen binnen"]);
  });

  it("reads 'klaar binnen 5 werkdagen' as lower is better", () => {
    expect(codes(a, "rijbewijs-klaar-binnen")).toContainEqual(["norm/breach", 2024]);
    expect(codes(a, "paspoort-klaar-binnen")).not.toContainEqual(["norm/breach", 2024]);
  });
});

describe("detection", () => {
  it("finds a two-row header: 'Behaald' merged over the years", () => {
    const a = analyseWorkbook(
      workbook(
        sheet("Blad1", [
          ["Indicator", { v: "Behaald", merge: "B1:C1" }, { v: null, merge: "B1:C1" }, "Beoogd"],
          [null, "2023", "2024", "2025"],
          ["Aantal bezoekers", "10", "12", "11"],
        ]),
      ),
    );
    expect(a.programme.indicators[0]?.observations.map((o) => [o.kind, o.year])).toEqual([
      ["achieved", 2023],
      ["achieved", 2024],
      ["target", 2025],
    ]);
  });

  it("finds several tables on one sheet below title and blank rows", () => {
    const rows = [];
    for (let t = 0; t < 10; t++) {
      rows.push([`Tabel ${t + 1}`], [], ["Prestatie-indicator", "R2023", "B2024"], [`Indicator ${t}`, "5", "6"], []);
    }
    const a = analyseWorkbook(workbook(sheet("Alles", rows)));
    expect(a.programme.tables.filter((x) => x.kind === "indicators")).toHaveLength(10);
    expect(a.programme.indicators.map((i) => i.observations[0]?.value)).toEqual(Array(10).fill(5));
  });

  it("reads the relation table with one row per pair and a blank result cell", () => {
    const a = analyseWorkbook(
      workbook(
        sheet("Data", [
          ["Indicator", "Behaald 2024", "Beoogd 2025"],
          ["Aantal A", "1", "2"],
          ["Aantal B", "1", "2"],
          [],
          [],
          ["Resultaat", "Prestatie-indicator"],
          ["Resultaat één", "Aantal A"],
          [null, "Aantal B"],
          ["Resultaat twee", "• Aantal A\n• Aantal C"],
        ]),
      ),
    );
    expect(a.programme.results.map((r) => r.indicatorIds)).toEqual([["aantal-a", "aantal-b"], ["aantal-a"]]);
    expect(a.findings).toContainEqual(
      expect.objectContaining({ code: "mapping/unknown-indicator", params: expect.objectContaining({ reference: "Aantal C", suggestion: "Aantal A" }) }),
    );
  });

  it("accepts a near-identical reference as an approximate match, and says so", () => {
    const a = analyseWorkbook(
      workbook(
        sheet("Data", [
          ["Indicator", "Behaald 2024"],
          ["Klanttevredenheid website", "7"],
          [],
          [],
          ["Resultaten", "Prestatie-indicatoren"],
          ["Goede website", "Klanttevredenheid webiste"],
        ]),
      ),
    );
    expect(a.programme.results[0]?.indicatorIds).toEqual(["klanttevredenheid-website"]);
    expect(a.findings).toContainEqual(expect.objectContaining({ code: "mapping/approximate-match", severity: "info" }));
  });

  it("reports a duplicate indicator name on one sheet", () => {
    const a = analyseWorkbook(workbook(sheet("Data", [["Indicator", "Behaald 2024"], ["Aantal A", "1"], ["Aantal A.", "2"]])));
    expect(a.findings).toContainEqual(expect.objectContaining({ code: "indicator/duplicate", cell: "A3", params: { name: "Aantal A.", firstCell: "A2" } }));
    expect(new Set(a.programme.indicators.map((i) => i.id)).size).toBe(2);
  });

  it("finds a table by its content and says which columns it took; the user's range and settings still decide", () => {
    const wb = workbook(sheet("Vrij", [["Wat", "Cijfer 2024"], ["Wachtlijst", "12"], ["Klachten", "3"]]));
    const found = analyseWorkbook(wb);
    expect(found.programme.indicators.map((i) => i.name)).toEqual(["Wachtlijst", "Klachten"]);
    expect(found.findings).toContainEqual(
      expect.objectContaining({
        code: "table/columns-inferred",
        severity: "info",
        cell: "A1",
        params: { columns: [{ column: "A", header: "Wat", kind: "name", year: null }, { column: "B", header: "Cijfer 2024", kind: "achieved", year: 2024 }] },
      }),
    );
    const a = analyseWorkbook(wb, {
      tables: [{ kind: "indicators", sheet: "Vrij", range: "A1:B2" }],
      indicators: { wachtlijst: { direction: "lower", norm: "10" } },
    });
    expect(indicator(a, "wachtlijst")).toMatchObject({ direction: "lower", directionSource: "override", norm: { op: "<=", amount: 10, source: "override" } });
    expect(codes(a, "wachtlijst")).toContainEqual(["norm/breach", 2024]);
  });

  it("reports value/unparseable at the cell, with the author's text", () => {
    const a = analyseWorkbook(workbook(sheet("Data", [["Indicator", "Behaald 2024"], ["Aantal A", "ongeveer tien"], ["Aantal B", { v: { error: "#N/A" }, t: "#N/A" }]])));
    expect(a.findings.filter((f) => f.code === "value/unparseable").map((f) => [f.cell, f.params])).toEqual([
      ["B2", { raw: "ongeveer tien", reason: "text" }],
      ["B3", { raw: "#N/A", reason: "error-value" }],
    ]);
  });

  it("reports a missing target for the budget year", () => {
    const a = analyseWorkbook(workbook(sheet("Data", [["Indicator", "Behaald 2024", "Beoogd 2026"], ["Aantal A", "1", ""], ["Aantal B", "1", "2"]])));
    expect(a.findings).toContainEqual(expect.objectContaining({ code: "target/missing", cell: "C2", year: 2026 }));
  });

  it("reports no indicator table at all", () => {
    const a = analyseWorkbook(workbook(sheet("Leeg", [["Hallo"]])));
    expect(a.findings).toContainEqual(expect.objectContaining({ code: "table/not-found", severity: "error", params: { kind: "indicators" } }));
  });
});
