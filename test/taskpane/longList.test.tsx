/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import { budgetWorkbook } from "../../bench/generate";
import { analyseWorkbook } from "../../src/core/analyse";
import { PAGE } from "../../src/taskpane/state/paging";
import { SYNC_LIMIT } from "../../src/taskpane/hooks/useFindingsView";
import { groupFindings, listOrder } from "../../src/taskpane/state/grouping";
import { listViewSteps } from "../../src/taskpane/state/listView";
import { NO_FILTERS } from "../../src/taskpane/state/filters";
import { runSliced, runToEnd } from "../../src/taskpane/state/slices";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { options, renderPane, runCheck } from "./renderPane";

beforeEach(() => localStorage.clear());

/** A generated budget with a few hundred findings: several pages of the list. */
const workbook = budgetWorkbook(1, 120, 8);
const total = analyseWorkbook(workbook).findings.length;

describe("a long findings list", () => {
  test("renders a page at a time; 'Toon meer' adds the next; every option tells its place", async () => {
    expect(total).toBeGreaterThan(3 * PAGE);
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    const list = await runCheck(user);
    expect(options(list)).toHaveLength(PAGE);
    expect(options(list)[0]).toHaveAttribute("aria-posinset", "1");
    expect(options(list)[0]).toHaveAttribute("aria-setsize", String(total));

    await user.click(screen.getByRole("button", { name: `Toon meer (nog ${total - PAGE})` }));
    expect(options(list)).toHaveLength(2 * PAGE);
    expect(options(list).at(-1)).toHaveAttribute("aria-posinset", String(2 * PAGE));
    expect(screen.queryByRole("button", { name: /^Toon eerdere/ })).not.toBeInTheDocument();
  });

  test("the keyboard brings in the next page, and End the last, keeping the active option rendered", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    const list = await runCheck(user);
    act(() => list.focus());
    await user.keyboard("{End}");
    await waitFor(() => expect(list).toHaveAttribute("aria-activedescendant"));
    const active = document.getElementById(list.getAttribute("aria-activedescendant")!)!;
    expect(active).toHaveAttribute("aria-posinset", String(total));
    expect(within(list).getAllByRole("option").length).toBeLessThanOrEqual(PAGE);
    expect(screen.getByRole("button", { name: /^Toon eerdere \(nog \d+\)$/ })).toBeInTheDocument();

    await user.keyboard("{Home}");
    await waitFor(() =>
      expect(document.getElementById(list.getAttribute("aria-activedescendant")!)).toHaveAttribute(
        "aria-posinset",
        "1"
      )
    );
    for (let i = 1; i <= PAGE; i++) await user.keyboard("{ArrowDown}");
    const next = document.getElementById(list.getAttribute("aria-activedescendant")!)!;
    expect(next).toHaveAttribute("aria-posinset", String(PAGE + 1));
    expect(options(list)).toHaveLength(2 * PAGE);
  });

  test("Volgende past the rendered page opens that finding, and the list shows its page", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    const list = await runCheck(user);
    await user.click(options(list)[PAGE - 1]!);
    await screen.findByRole("region", { name: "Geselecteerde bevinding" });
    expect(screen.getByText(`${PAGE} van ${total}`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    expect(screen.getByText(`${PAGE + 1} van ${total}`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Alle bevindingen" }));
    const shown = screen.getByRole("listbox", { name: "Bevindingen" });
    const selected = within(shown).getByRole("option", { selected: true });
    expect(selected).toHaveAttribute("aria-posinset", String(PAGE + 1));
  });
});

describe("a list too long to work out at once", () => {
  const big = budgetWorkbook(1, 4000, 8);
  const analysis = analyseWorkbook(big);

  test("is worked out in slices, to the same list as at once", async () => {
    expect(analysis.findings.length).toBeGreaterThan(SYNC_LIMIT);
    const sliced = await runSliced(
      listViewSteps(analysis, NO_FILTERS, null, "result"),
      { cancelled: false },
      1
    );
    const direct = runToEnd(listViewSteps(analysis, NO_FILTERS, null, "result"));
    expect(sliced).toEqual(direct);
    expect(direct.order).toEqual(listOrder(groupFindings(analysis, analysis.findings, "result")));
    expect(direct.indexOf.get(direct.order[1234]!.id)).toBe(1234);
    expect(
      await runSliced(listViewSteps(analysis, NO_FILTERS, null, "result"), { cancelled: true })
    ).toBeNull();
  });

  test("shows the summary at once and the list when it is ready", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(big)));
    const list = await runCheck(user);
    expect(options(list)).toHaveLength(PAGE);
    expect(screen.getByRole("region", { name: "Samenvatting" })).toHaveTextContent(
      "4000 indicatoren gecontroleerd"
    );
    await user.click(screen.getByRole("radio", { name: "Resultaat" }));
    await screen.findByRole("group", { name: /^Resultaat P1 0(?!\d)/ }, { timeout: 5000 });
  });
});
