/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import type { WorkbookData } from "../../src/core/workbook";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { openFinding, options, places, renderPane, runCheck, type User } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
});
beforeEach(() => localStorage.clear());

async function openFilters(user: User) {
  await user.click(screen.getByRole("button", { name: /^Filters/ }));
}

async function pick(user: User, filter: string, ...choices: string[]) {
  const combobox = screen.getByRole("combobox", { name: filter });
  await user.click(combobox);
  const listbox = await waitFor(() => document.getElementById(combobox.getAttribute("aria-controls") ?? "")!);
  for (const choice of choices)
    await user.click(within(listbox).getByRole("menuitemcheckbox", { name: choice }));
  await user.keyboard("{Escape}");
}

describe("Grouping and filters", () => {
  test("groups by result of the relation table", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    await runCheck(user);
    await user.click(screen.getByRole("radio", { name: "Resultaat" }));
    const list = screen.getByRole("listbox", { name: "Bevindingen" });
    expect(options(list)).toHaveLength(19);
    const groups = within(list).getAllByRole("group");
    expect(groups.map((g) => g.getAttribute("aria-labelledby"))).toHaveLength(groups.length);
    const service = within(list).getByRole("group", { name: /^Als gezicht van de gemeente/ });
    expect(places(service)).toEqual(
      expect.arrayContaining(["Indicatoren!B9", "Indicatoren!C9", "Indicatoren!D9", "Indicatoren!B8"])
    );
    const withoutIndicator = within(list).getByRole("group", { name: /^Vanuit onze regierol/ });
    expect(places(withoutIndicator)).toEqual(["Relatie!A10"]);
    expect(within(list).queryByRole("group", { name: "Tabellen en relaties" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "Indicator" }));
    expect(
      within(screen.getByRole("listbox", { name: "Bevindingen" })).getByRole("group", {
        name: "Tabellen en relaties",
      })
    ).toBeInTheDocument();
  });

  test("filters by severity, and Vorige/Volgende follow the filtered list", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    await openFilters(user);
    await pick(user, "Ernst", "Fout");
    const list = screen.getByRole("listbox", { name: "Bevindingen" });
    expect(places(list)).toEqual(["Indicatoren!B9", "Indicatoren!C9", "Indicatoren!D9", "Indicatoren!D11"]);
    expect(screen.getByText("4 van 19 getoond")).toBeInTheDocument();

    await openFinding(user, "Indicatoren!D9");
    expect(screen.getByText("3 van 4")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("Indicatoren", "D11");
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("Indicatoren", "B9");
    expect(screen.getByText("1 van 4")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Alle bevindingen" }));
    await user.click(screen.getByRole("button", { name: "Filters wissen" }));
    expect(options()).toHaveLength(19);
  });

  test("filters by kind of finding and by review status", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    await runCheck(user);
    await openFilters(user);
    await pick(user, "Soort", "Streefwaarde niet gehaald", "Teken zonder uitleg");
    expect(options()).toHaveLength(9);
    await user.click(screen.getByRole("button", { name: "Filters wissen" }));

    await openFinding(user, "Indicatoren!B7");
    await user.click(screen.getByRole("button", { name: "Te corrigeren" }));
    await screen.findByText("1 van 19 beoordeeld");
    await user.click(screen.getByRole("button", { name: "Alle bevindingen" }));
    await pick(user, "Beoordeling", "Te corrigeren");
    expect(places()).toEqual(["Indicatoren!B7"]);
    await pick(user, "Beoordeling", "Te corrigeren", "Open");
    expect(options()).toHaveLength(18);
  });

  test("says so when no finding passes the filters", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    await runCheck(user);
    await openFilters(user);
    await pick(user, "Beoordeling", "Akkoord");
    expect(screen.getByText("Geen bevindingen die aan de filters voldoen.")).toBeInTheDocument();
    expect(screen.queryByRole("listbox", { name: "Bevindingen" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Volgende" })).toBeDisabled();
  });
});
