/**
 * Each stage of the pipeline on its own: read, resolve, evaluate and report take the previous
 * stage's plain data and hand theirs on (analyse.ts strings them together).
 */
import { budgetWorkbook } from "../../../bench/generate";
import type { IndicatorId } from "../../../src/core/findings/types";
import { detectStage } from "../../../src/core/pipeline/detect";
import { evaluateProgramme } from "../../../src/core/pipeline/evaluate";
import { groupProgrammes } from "../../../src/core/pipeline/group";
import { readProgramme } from "../../../src/core/pipeline/read";
import { reportAnalysis } from "../../../src/core/pipeline/report";
import { resolveProgramme, workbookLookup } from "../../../src/core/pipeline/resolve";
import type { WorkbookData } from "../../../src/core/workbook";
import { context, programmeSheets, workbookOf } from "./fixtures";

const readAll = (wb: WorkbookData, options = {}) =>
  groupProgrammes(wb, detectStage(wb, options)).map((g) => readProgramme(g, context(options)));

const checkAll = (wb: WorkbookData) => {
  const readings = readAll(wb);
  const lookup = workbookLookup(readings);
  return readings.map((reading) => {
    const resolution = resolveProgramme(reading, lookup, context());
    return { reading, resolution, evaluation: evaluateProgramme(reading, resolution, context(), () => undefined) };
  });
};

const wachttijd = ["Wachttijd balie norm: 5 min", "8 min", "Maximaal 5 min"] as const;
const tevreden = ["Klanttevredenheid", 7.8, 7.5] as const;

describe("detect: the tables on every sheet, or the user's ranges", () => {
  it("finds an indicator and a relation table per programme, and takes a chosen range instead", () => {
    const wb = workbookOf(
      programmeSheets("4.1 ", [tevreden], [["R", "Klanttevredenheid"]]),
      programmeSheets("4.2 ", [tevreden], [["R", "Klanttevredenheid"]])
    );
    expect(detectStage(wb, {}).map((l) => [l.kind, l.view.name, l.table.range])).toEqual([
      ["indicators", "4.1 Indicatoren", "A1:C2"],
      ["mapping", "4.1 Relatie", "A1:B2"],
      ["indicators", "4.2 Indicatoren", "A1:C2"],
      ["mapping", "4.2 Relatie", "A1:B2"],
    ]);
    const chosen = detectStage(wb, { tables: [{ kind: "indicators", sheet: "4.2 Indicatoren", range: "A1:B2" }] });
    expect(chosen.find((l) => l.view.name === "4.2 Indicatoren")?.table).toMatchObject({ range: "A1:B2", manual: true });
  });
});

describe("read: one programme's tables", () => {
  it("reports a name twice inside one programme as a duplicate, and not across two", () => {
    const wb = workbookOf(
      programmeSheets("4.1 ", [tevreden, tevreden], [["R", "Klanttevredenheid"]]),
      programmeSheets("4.2 ", [tevreden], [["R", "Klanttevredenheid"]])
    );
    const [first, second] = readAll(wb);
    expect(first!.findings).toContainEqual(
      expect.objectContaining({ code: "indicator/duplicate", sheet: "4.1 Indicatoren", cell: "A3" })
    );
    expect(second!.findings).toEqual([]);
    expect(second!.drafts.map((d) => d.id)).toEqual(["klanttevredenheid"]);
  });

  it("reports the missing relation table of its own programme, and takes its own budget year", () => {
    const [ind] = programmeSheets("P2 ", [tevreden], []);
    const wb = workbookOf(programmeSheets("P1 ", [tevreden], [["R", "Klanttevredenheid"]]), [ind!]);
    const [one, two] = readAll(wb);
    expect(one!.findings).toEqual([]);
    expect(two!.findings.map((f) => [f.code, f.params])).toEqual([["table/not-found", { kind: "mapping" }]]);
    expect([one!.budgetYear, two!.budgetYear]).toEqual([2026, 2026]);
    expect(two!.mappingRows).toBeNull();
  });
});

describe("resolve: references and toelichtingen within their programme", () => {
  it("links each programme's relation table to its own indicators", () => {
    const wb = workbookOf(
      programmeSheets("4.1 ", [tevreden], [["R", "Klanttevredenheid"]]),
      programmeSheets("4.2 ", [tevreden], [["R", "Klanttevredenheid"]])
    );
    const checked = checkAll(wb);
    expect(checked.map((c) => c.resolution.mapping.results[0]!.indicatorIds)).toEqual([
      ["klanttevredenheid"],
      ["klanttevredenheid"],
    ]);
    expect(checked.flatMap((c) => c.resolution.findings)).toEqual([]);
  });

  it("falls back to another programme only with an approximate match that names it", () => {
    const wb = workbookOf(
      programmeSheets("4.1 ", [tevreden], [["R", "Klanttevredenheid"]]),
      programmeSheets("4.2 ", [wachttijd], [["R", "Wachttijd balie norm: 5 min"], ["S", "Klanttevredenheid"]])
    );
    const [, second] = checkAll(wb);
    expect(second!.resolution.findings).toContainEqual(
      expect.objectContaining({
        code: "mapping/approximate-match",
        sheet: "4.2 Relatie",
        cell: "A3",
        params: { reference: "Klanttevredenheid", result: "S", matched: "Klanttevredenheid", score: 1, programme: "4.1" },
      })
    );
    expect(second!.resolution.mapping.results[1]!.indicatorIds).toEqual(["4.1/klanttevredenheid"]);
    expect(second!.resolution.findings.map((f) => f.code)).not.toContain("mapping/unknown-indicator");
  });

  it("links a toelichting of another programme's indicator there, with a finding naming it", () => {
    const wb = workbookOf(
      programmeSheets("4.1 ", [tevreden], [["R", "Klanttevredenheid"]]),
      programmeSheets("4.2 ", [wachttijd], [["R", "Wachttijd balie norm: 5 min"]], [["Klanttevredenheid", "Enquête"]])
    );
    const [, second] = checkAll(wb);
    expect(second!.resolution.explanations[0]!.indicatorId).toBe("4.1/klanttevredenheid");
    expect(second!.resolution.findings).toEqual([
      expect.objectContaining({
        code: "explanation/other-programme",
        params: { name: "Klanttevredenheid", matched: "Klanttevredenheid", programme: "4.1" },
      }),
    ]);
  });

  it("in a workbook of one programme an unknown reference stays unknown", () => {
    const wb = workbookOf(programmeSheets("", [tevreden], [["R", "Wachttijd"]]));
    const [only] = checkAll(wb);
    expect(workbookLookup(readAll(wb))).toBeNull();
    expect(only!.resolution.findings.map((f) => f.code)).toEqual([
      "mapping/unknown-indicator",
      "mapping/unmapped-indicator",
    ]);
  });
});

describe("evaluate: norms, verdicts and the toelichting a breach needs", () => {
  it("breaches a norm from the name and asks for a toelichting", () => {
    const [c] = checkAll(workbookOf(programmeSheets("", [wachttijd], [["R", "Wachttijd balie norm: 5 min"]])));
    expect(c!.evaluation.indicators[0]).toMatchObject({ direction: "lower", norm: { op: "<=", amount: 5 } });
    expect(c!.evaluation.findings.map((f) => [f.code, f.year])).toEqual(
      expect.arrayContaining([
        ["norm/breach", 2024],
        ["explanation/missing-for-breach", 2024],
      ])
    );
  });

  it("finds the user's override under the id the analysis shows", () => {
    const wb = workbookOf(programmeSheets("", [tevreden], [["R", "Klanttevredenheid"]]));
    const [reading] = readAll(wb);
    const resolution = resolveProgramme(reading!, null, context());
    const asked: IndicatorId[] = [];
    const evaluation = evaluateProgramme(reading!, resolution, context(), (id) => {
      asked.push(id);
      return { norm: "minimaal 8" };
    });
    expect(asked).toEqual(["klanttevredenheid"]);
    expect(evaluation.indicators[0]!.norm).toMatchObject({ op: ">=", amount: 8, source: "override" });
    expect(evaluation.findings.map((f) => f.code)).toContain("norm/breach");
  });
});

describe("report: one analysis of the programmes", () => {
  it("labels a programme by number and name, or by a name that carries the number", () => {
    const wb = budgetWorkbook(2, 4, 3);
    expect(reportAnalysis(wb, checkAll(wb)).programmes.map((p) => [p.key, p.name, p.label])).toEqual([
      ["1", "P1", "P1"],
      ["2", "P2", "P2"],
    ]);
  });

  it("leaves ids alone with one programme", () => {
    const wb = workbookOf(programmeSheets("", [wachttijd], [["R", "Wachttijd balie norm: 5 min"]]));
    const analysis = reportAnalysis(wb, checkAll(wb));
    expect(analysis.programme.indicators.map((i) => i.id)).toEqual(["wachttijd-balie"]);
    expect(analysis.findings.every((f) => f.programme === undefined && !f.id.includes("/"))).toBe(true);
    expect(analysis.programmes).toEqual([expect.objectContaining({ key: null, sheets: ["Indicatoren", "Relatie"] })]);
  });

  it("puts ids under their programme with several, and cuts the lists into spans", () => {
    const wb = workbookOf(
      programmeSheets("4.1 ", [wachttijd], [["R", "Wachttijd balie norm: 5 min"]]),
      programmeSheets("4.2 ", [wachttijd, tevreden], [["R", "Wachttijd balie norm: 5 min"]])
    );
    const analysis = reportAnalysis(wb, checkAll(wb));
    expect(analysis.programme.indicators.map((i) => i.id)).toEqual([
      "4.1/wachttijd-balie",
      "4.2/wachttijd-balie",
      "4.2/klanttevredenheid",
    ]);
    expect(analysis.programmes.map((p) => [p.id, p.spans.indicators, p.spans.results])).toEqual([
      ["4.1", [0, 1], [0, 1]],
      ["4.2", [1, 3], [1, 2]],
    ]);
    expect(analysis.programme.results.map((r) => r.indicatorIds)).toEqual([["4.1/wachttijd-balie"], ["4.2/wachttijd-balie"]]);
    const breaches = analysis.findings.filter((f) => f.code === "norm/breach");
    expect(breaches.map((f) => [f.id, f.programme, f.indicatorId])).toEqual([
      ["4.1/norm.breach:wachttijd-balie:2024", "4.1", "4.1/wachttijd-balie"],
      ["4.2/norm.breach:wachttijd-balie:2024", "4.2", "4.2/wachttijd-balie"],
    ]);
    expect(new Set(analysis.findings.map((f) => f.id)).size).toBe(analysis.findings.length);
  });
});
