import { budgetWorkbook } from "../../bench/generate";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildLayout, planLayoutSheet } from "../../src/core/layout";
import type { Indicator } from "../../src/core/model/types";
import { joinPlan, splitPlan } from "../../src/taskpane/engine/planParts";
import { foldText, indicatorFinder } from "../../src/taskpane/state/indicatorFilter";
import { MOST_RENDERED, PAGE, grow, pageAround, spanTo } from "../../src/taskpane/state/paging";

describe("paging a long list", () => {
  test("the first page, or the page that holds an item", () => {
    expect(pageAround(-1, 20_000)).toEqual({ start: 0, end: PAGE });
    expect(pageAround(-1, 7)).toEqual({ start: 0, end: 7 });
    expect(pageAround(-1, 0)).toEqual({ start: 0, end: 0 });
    expect(pageAround(PAGE + 3, 20_000)).toEqual({ start: PAGE, end: 2 * PAGE });
    expect(pageAround(19_999, 20_000)).toEqual({ start: 19_950, end: 20_000 });
  });

  test("grows a page at a time, never past the list, letting go of the far end past MOST_RENDERED", () => {
    expect(grow({ start: 0, end: PAGE }, 1, 20_000)).toEqual({ start: 0, end: 2 * PAGE });
    expect(grow({ start: 0, end: PAGE }, 1, PAGE + 5)).toEqual({ start: 0, end: PAGE + 5 });
    expect(grow({ start: 2 * PAGE, end: 3 * PAGE }, -1, 20_000)).toEqual({ start: PAGE, end: 3 * PAGE });
    expect(grow({ start: 0, end: MOST_RENDERED }, 1, 20_000)).toEqual({
      start: PAGE,
      end: MOST_RENDERED + PAGE,
    });
    expect(grow({ start: PAGE, end: MOST_RENDERED + PAGE }, -1, 20_000)).toEqual({
      start: 0,
      end: MOST_RENDERED,
    });
  });

  test("moves towards an item: a page more when it is near, its own page when far", () => {
    const span = { start: PAGE, end: 2 * PAGE };
    expect(spanTo(span, PAGE + 1, 20_000)).toBe(span);
    expect(spanTo(span, 2 * PAGE, 20_000)).toEqual({ start: PAGE, end: 3 * PAGE });
    expect(spanTo(span, PAGE - 1, 20_000)).toEqual({ start: 0, end: 2 * PAGE });
    expect(spanTo(span, 10_010, 20_000)).toEqual({ start: 10_000, end: 10_050 });
  });
});

describe("'Zoek indicator'", () => {
  const named = (...names: string[]) => names.map((name, i) => ({ id: `i${i}`, name }) as Indicator);
  const names = (found: readonly Indicator[]) => found.map((i) => i.name);

  test("folds case, accents and white space", () => {
    expect(foldText("  Klanttevredenheid   Wébsite ")).toBe("klanttevredenheid website");
    expect(foldText("Cliëntervaring\tWMO")).toBe("clientervaring wmo");
  });

  test("finds the indicators that hold every word, in the list's order; an empty query finds all", () => {
    const indicators = named(
      "% Terugbellen binnen 1 werkdag.",
      "Gemiddelde wachttijd balie 2024",
      "Klanttevredenheid Website",
      "Wachttijd telefoon (gemiddeld)",
      "Cliëntervaring Wmo"
    );
    const find = indicatorFinder(indicators);
    expect(find("")).toBe(indicators);
    expect(find("   ")).toBe(indicators);
    expect(names(find("wachttijd"))).toEqual([
      "Gemiddelde wachttijd balie 2024",
      "Wachttijd telefoon (gemiddeld)",
    ]);
    expect(names(find("2024 WACHTTIJD"))).toEqual(["Gemiddelde wachttijd balie 2024"]);
    expect(names(find("clientervaring"))).toEqual(["Cliëntervaring Wmo"]);
    expect(names(find("  binnen   1 "))).toEqual(["% Terugbellen binnen 1 werkdag."]);
    expect(find("parkeren")).toEqual([]);
  });

  test("reaches any one of 20,000 indicators by its name", () => {
    const { indicators } = analyseWorkbook(budgetWorkbook(1, 20_000, 2)).programme;
    expect(indicators).toHaveLength(20_000);
    const find = indicatorFinder(indicators);
    expect(names(find("P1 19996"))).toEqual(["Indicator P1 19996"]);
    expect(find("p1 1999")).toHaveLength(12); // 1999, 11999 and 19990 … 19999: words match inside names
  });
});

describe("a sheet plan in parts", () => {
  test("split and joined again, it is the same plan; the rest carries none of the long lists", () => {
    const analysis = analyseWorkbook(budgetWorkbook(1, 300, 4));
    const plan = planLayoutSheet(buildLayout(analysis, { statusColumn: true }));
    const { lists, rest } = splitPlan(plan);
    expect(lists.cells.length).toBeGreaterThan(300 * 4);
    expect(lists.rowHeights).toHaveLength(plan.rowHeights.length);
    expect(lists.merges.length).toBeGreaterThan(0);
    expect([rest.cells, rest.rowHeights, rest.merges]).toEqual([[], [], []]);
    expect(rest.columns).toEqual(plan.columns);
    expect(rest.pageSetup).toEqual(plan.pageSetup);
    expect(joinPlan(rest, lists)).toEqual(plan);
  });
});
