import { detectStage } from "../../../src/core/pipeline/detect";
import { groupProgrammes, sheetProgrammeKey, titleProgrammeKey } from "../../../src/core/pipeline/group";
import { sheet, workbook } from "../../fixtures/grid";
import { programmeSheets, workbookOf } from "./fixtures";

const grouped = (wb: ReturnType<typeof workbook>) =>
  groupProgrammes(wb, detectStage(wb, {})).map((g) => [g.key, g.layouts.map((l) => `${l.kind}@${l.view.name}`)]);

describe("sheetProgrammeKey: the programme a sheet's name puts it in", () => {
  it.each([
    ["4.1 Indicatoren", "4.1"],
    ["4.2 Relatie", "4.2"],
    ["P2 Indicatoren", "2"],
    ["P2", "2"],
    ["Programma 3 - Toelichting", "3"],
    ["Deelprogramma 4.1: KPI", "4.1"],
    ["1 Indicatoren", "1"],
    ["Indicatoren", null],
    ["2024 Indicatoren", null],
    ["Prestaties", null],
    ["4.1", "4.1"],
  ])("%s → %s", (name, key) => {
    expect(sheetProgrammeKey(name)).toBe(key);
  });
});

describe("titleProgrammeKey: the programme a title names", () => {
  it.each([
    ["Programma 2: Veiligheid", "2"],
    ["Deelprogramma 4.1: Dienstverlening", "4.1"],
    ["Programma: P1", "1"],
    ["Programma Wonen", "wonen"],
    ["I: Relatie resultaten en prestatie-indicatoren t.a.v. Dienstverlening", null],
    ["Prestatie-indicatoren", null],
    [null, null],
  ])("%s → %s", (title, key) => {
    expect(titleProgrammeKey(title)).toBe(key);
  });
});

describe("groupProgrammes", () => {
  const a = [["Klanttevredenheid", 7, 7.5]] as const;
  const rel = [["Tevreden klanten", "Klanttevredenheid"]] as const;

  it("keeps a workbook without programme marks as one programme, with every table", () => {
    const wb = workbookOf(programmeSheets("", a, rel));
    expect(grouped(wb)).toEqual([[null, ["indicators@Indicatoren", "mapping@Relatie"]]]);
  });

  it("splits by sheet-name prefix, in sheet order", () => {
    const wb = workbookOf(programmeSheets("4.1 ", a, rel), programmeSheets("4.2 ", a, rel));
    expect(grouped(wb)).toEqual([
      ["4.1", ["indicators@4.1 Indicatoren", "mapping@4.1 Relatie"]],
      ["4.2", ["indicators@4.2 Indicatoren", "mapping@4.2 Relatie"]],
    ]);
  });

  it("reads P2 and 'Programma 3 -' prefixes alike", () => {
    const wb = workbookOf(programmeSheets("P2 ", a, rel), programmeSheets("Programma 3 - ", a, rel));
    expect(grouped(wb).map(([key]) => key)).toEqual(["2", "3"]);
  });

  it("puts an unmarked sheet with the programme before it (sheet order)", () => {
    const [ind1, rel1] = programmeSheets("P1 ", a, rel);
    const [ind2] = programmeSheets("P2 ", a, rel);
    const relation2 = sheet("Relatie tweede", [["Resultaat", "Prestatie-indicator"], ["R", "Klanttevredenheid"]]);
    expect(grouped(workbook(ind1!, rel1!, ind2!, relation2))).toEqual([
      ["1", ["indicators@P1 Indicatoren", "mapping@P1 Relatie"]],
      ["2", ["indicators@P2 Indicatoren", "mapping@Relatie tweede"]],
    ]);
  });

  it("splits one shared sheet by the programme titles above its tables", () => {
    const wb = workbook(
      sheet("Begroting", [
        ["Programma 1: Veiligheid"],
        ["Prestatie-indicator", "Behaald 2024", "Beoogd 2026"],
        ["Klanttevredenheid", 7, 7.5],
        [],
        [],
        ["Programma 2: Wonen"],
        ["Prestatie-indicator", "Behaald 2024", "Beoogd 2026"],
        ["Klanttevredenheid", 6, 7.5],
      ])
    );
    const groups = groupProgrammes(wb, detectStage(wb, {}));
    expect(groups.map((g) => [g.key, g.layouts.map((l) => l.table.range)])).toEqual([
      ["1", ["A2:C3"]],
      ["2", ["A7:C8"]],
    ]);
  });

  it("keeps numbered sheets of one programme together when only one holds indicators", () => {
    const [ind, relation] = programmeSheets("", a, rel);
    const wb = workbook({ ...ind!, name: "1 Indicatoren" }, { ...relation!, name: "2 Relatie" });
    expect(grouped(wb)).toEqual([[null, ["indicators@1 Indicatoren", "mapping@2 Relatie"]]]);
  });

  it("shares an unmarked sheet without tables (a legend) with every programme", () => {
    const legend = sheet("Legenda", [["* = geen meting"]]);
    const wb = workbookOf(programmeSheets("4.1 ", a, rel), programmeSheets("4.2 ", a, rel), [legend]);
    const groups = groupProgrammes(wb, detectStage(wb, {}));
    expect(groups.map((g) => g.views.map((v) => v.name))).toEqual([
      ["4.1 Indicatoren", "4.1 Relatie", "Legenda"],
      ["4.2 Indicatoren", "4.2 Relatie", "Legenda"],
    ]);
    expect(groups.map((g) => g.sheets)).toEqual([
      ["4.1 Indicatoren", "4.1 Relatie"],
      ["4.2 Indicatoren", "4.2 Relatie"],
    ]);
  });
});
