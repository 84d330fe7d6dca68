/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { budgetWorkbook } from "../../bench/generate";
import * as analyse from "../../src/core/analyse";
import type { WorkbookData } from "../../src/core/workbook";
import { PAGE } from "../../src/taskpane/state/paging";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { renderPane, runCheck, tab } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
});
beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

const stored = () => JSON.parse(localStorage.getItem("indicator-check.settings.v1") ?? "{}");

describe("Settings", () => {
  test("switching the language to English renames the buttons, and is remembered", async () => {
    const { user, unmount } = renderPane(createFakeHost(createFakeGateway(workbook)));
    await user.click(tab("Instellingen"));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Taal" }), "English");
    expect(screen.getByRole("button", { name: "Check" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Clear marks" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Settings" })).toHaveAttribute("aria-selected", "true");
    expect(screen.queryByRole("button", { name: "Controleren" })).not.toBeInTheDocument();
    expect(stored().lang).toBe("en");
    unmount();

    renderPane(createFakeHost(createFakeGateway(workbook)));
    expect(screen.getByRole("button", { name: "Check" })).toBeInTheDocument();
  });

  test.each([
    ["nl-NL", "Controleren"],
    ["nl-BE", "Controleren"],
    ["en-US", "Check"],
    ["de-DE", "Check"],
  ])("follows Office's display language %s until the user chooses", (displayLanguage, button) => {
    renderPane(createFakeHost(createFakeGateway(workbook), { displayLanguage }));
    expect(screen.getByRole("button", { name: button })).toBeInTheDocument();
  });

  test("findings are described in English after the switch", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook), { displayLanguage: "en-GB" }));
    await runCheck(user, "Check");
    expect(screen.getByRole("option", { name: /Indicatoren!B9/ })).toHaveTextContent("2022");
    expect(screen.getByRole("region", { name: "Summary" })).toHaveTextContent("4 errors");
    expect(screen.getByRole("region", { name: "Summary" })).toHaveTextContent("9 indicators checked");
  });

  test("'Gebruik selectie als indicatortabel' passes the range to the analysis and shows it as manual", async () => {
    const spy = jest.spyOn(analyse, "analyseWorkbook");
    const gateway = createFakeGateway(workbook);
    gateway.selection = { sheet: "Indicatoren", range: "A3:E14" };
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    expect(spy).toHaveBeenLastCalledWith(workbook, {});

    await user.click(tab("Instellingen"));
    await user.click(await screen.findByRole("button", { name: "Gebruik selectie als indicatortabel" }));
    await waitFor(() => expect(gateway.readWorkbook).toHaveBeenCalledTimes(2));
    await waitFor(() =>
      expect(spy).toHaveBeenLastCalledWith(workbook, {
        tables: [{ kind: "indicators", sheet: "Indicatoren", range: "A3:E14" }],
      })
    );
    const tables = screen.getByRole("region", { name: "Gevonden tabellen" });
    const manual = await within(tables).findByText("Indicatoren!A3:E14");
    expect(manual.closest("li")).toHaveTextContent("handmatig");
    expect(stored().tables).toEqual([{ kind: "indicators", sheet: "Indicatoren", range: "A3:E14" }]);

    await user.click(screen.getByRole("button", { name: "Automatisch herkennen: Indicatortabel" }));
    await waitFor(() => expect(spy).toHaveBeenLastCalledWith(workbook, {}));
    expect(await within(tables).findByText("Indicatoren!A3:F14")).toBeInTheDocument();
  });

  test("the relation table and the toelichting can be chosen too", async () => {
    const spy = jest.spyOn(analyse, "analyseWorkbook");
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    await user.click(tab("Instellingen"));
    gateway.selection = { sheet: "Relatie", range: "A3:B12" };
    await user.click(await screen.findByRole("button", { name: "Gebruik selectie als relatietabel" }));
    gateway.selection = { sheet: "Toelichting", range: "A2:A18" };
    await user.click(screen.getByRole("button", { name: "Gebruik selectie als toelichting" }));
    await waitFor(() =>
      expect(spy).toHaveBeenLastCalledWith(workbook, {
        tables: [
          { kind: "mapping", sheet: "Relatie", range: "A3:B12" },
          { kind: "explanations", sheet: "Toelichting", range: "A2:A18" },
        ],
      })
    );
  });

  test("a norm override shows what it was read as and goes to the analysis", async () => {
    const spy = jest.spyOn(analyse, "analyseWorkbook");
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    await runCheck(user);
    await user.click(tab("Instellingen"));
    await user.click(await screen.findByRole("button", { name: /^% Terugbellen binnen 1 werkdag/ }));
    const norm = await screen.findByRole("textbox", { name: "Norm" });
    expect(screen.getByText("Nu: ten minste 80%")).toBeInTheDocument();

    await user.type(norm, "minimaal 70%");
    expect(screen.getByText("Gelezen als: ten minste 70%")).toBeInTheDocument();
    expect(spy).toHaveBeenCalledTimes(1); // not applied while typing
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(spy).toHaveBeenLastCalledWith(workbook, {
        indicators: { "terugbellen-binnen-1-werkdag": { norm: "minimaal 70%" } },
      })
    );
    expect(await screen.findByText("Nu: ten minste 70%")).toBeInTheDocument();
    await user.click(tab("Controle"));
    expect(screen.getByRole("region", { name: "Samenvatting" })).toHaveTextContent("1 fout");

    await user.click(tab("Instellingen"));
    await user.clear(norm);
    await user.type(norm, "veel");
    expect(
      screen.getByText("Niet te lezen als norm; de norm uit de werkmap blijft gelden.")
    ).toBeInTheDocument();
  });

  test("a direction override goes to the analysis", async () => {
    const spy = jest.spyOn(analyse, "analyseWorkbook");
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    await runCheck(user);
    await user.click(tab("Instellingen"));
    await user.click(await screen.findByRole("button", { name: /^Klanttevredenheid Website/ }));
    const direction = await screen.findByRole("combobox", { name: "Richting" });
    expect(direction).toHaveDisplayValue("Automatisch (hoger is beter)");
    await user.selectOptions(direction, "lager is beter");
    await waitFor(() =>
      expect(spy).toHaveBeenLastCalledWith(workbook, {
        indicators: { "klanttevredenheid-website": { direction: "lower" } },
      })
    );
  });

  test("'Gehaalde waarden groen markeren' re-marks with green for met norms", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    expect(gateway.marks.some((m) => m.kind === "met")).toBe(false);
    await user.click(tab("Instellingen"));
    await user.click(await screen.findByRole("switch", { name: "Gehaalde waarden groen markeren" }));
    await waitFor(() => expect(gateway.applyMarks).toHaveBeenCalledTimes(2));
    const met = gateway.marks.filter((m) => m.kind === "met");
    expect(met.length).toBeGreaterThan(0);
    expect(met).toContainEqual(expect.objectContaining({ sheet: "Indicatoren", cell: "C4", findingIds: [] }));
    expect(stored().showMet).toBe(true);
  });

  test("live re-check subscribes to changes only while on, and is unavailable without change events", async () => {
    const gateway = createFakeGateway(workbook);
    const { user, unmount } = renderPane(createFakeHost(gateway));
    await user.click(tab("Instellingen"));
    const live = await screen.findByRole("switch", { name: "Opnieuw controleren bij wijzigingen" });
    expect(gateway.onChanged).not.toHaveBeenCalled();
    await user.click(live);
    await waitFor(() => expect(gateway.listeners.size).toBe(1));
    await user.click(live);
    await waitFor(() => expect(gateway.listeners.size).toBe(0));
    unmount();

    const { onChanged: _none, ...withoutEvents } = createFakeGateway(workbook);
    renderPane(createFakeHost(withoutEvents));
    await user.click(tab("Instellingen"));
    expect(await screen.findByRole("switch", { name: "Opnieuw controleren bij wijzigingen" })).toBeDisabled();
    expect(screen.getByText("Niet beschikbaar in deze omgeving.")).toBeInTheDocument();
  });

  test("says where settings are kept", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    await user.click(tab("Instellingen"));
    expect(await screen.findByText(/in deze browser bewaard, niet in de werkmap/)).toBeInTheDocument();
  });

  describe("many indicators", () => {
    const many = budgetWorkbook(1, 130, 3);
    const headers = () =>
      within(screen.getByRole("region", { name: /^(Indicatoren|Indicators)$/ }))
        .queryAllByRole("heading", { level: 3 })
        .map((h) => h.textContent);

    test("renders a page of indicators at a time; 'Toon meer' adds the next, then the last", async () => {
      const { user } = renderPane(createFakeHost(createFakeGateway(many)));
      await runCheck(user);
      await user.click(tab("Instellingen"));
      await screen.findByRole("searchbox", { name: "Zoek indicator" });
      expect(headers()).toHaveLength(PAGE);
      expect(headers()[0]).toBe("Indicator P1 0");

      await user.click(screen.getByRole("button", { name: "Toon meer (nog 80)" }));
      expect(headers()).toHaveLength(2 * PAGE);
      await user.click(screen.getByRole("button", { name: "Toon meer (nog 30)" }));
      expect(headers()).toHaveLength(130);
      expect(headers().at(-1)).toBe("Indicator P1 129");
      expect(screen.queryByRole("button", { name: /^Toon meer/ })).not.toBeInTheDocument();
    });

    test("'Zoek indicator' finds an indicator past the first page, says how many it found, and opens its settings", async () => {
      const spy = jest.spyOn(analyse, "analyseWorkbook");
      const { user } = renderPane(createFakeHost(createFakeGateway(many)));
      await runCheck(user);
      await user.click(tab("Instellingen"));
      const search = await screen.findByRole("searchbox", { name: "Zoek indicator" });

      await user.type(search, "p1 12");
      // Every word anywhere in the name: P1 12, P1 112 and P1 120 … P1 129.
      await waitFor(() => expect(headers()).toHaveLength(12));
      expect(headers().slice(0, 3)).toEqual(["Indicator P1 12", "Indicator P1 112", "Indicator P1 120"]);
      expect(screen.getByText("12 van 130 indicatoren gevonden")).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: /^Toon meer/ })).not.toBeInTheDocument();

      await user.type(search, "5");
      await waitFor(() => expect(headers()).toEqual(["Indicator P1 125"]));
      await user.click(screen.getByRole("button", { name: "Indicator P1 125" }));
      await user.type(await screen.findByRole("textbox", { name: "Norm" }), "minimaal 80{Enter}");
      await waitFor(() =>
        expect(spy).toHaveBeenLastCalledWith(many, {
          indicators: { "indicator-p1125": { norm: "minimaal 80" } },
        })
      );

      await user.type(search, "0");
      expect(await screen.findByText("Geen indicator gevonden met deze naam.")).toBeInTheDocument();
      expect(headers()).toEqual([]);
      await user.clear(search);
      await waitFor(() => expect(headers()).toHaveLength(PAGE));
      expect(screen.queryByText(/indicatoren gevonden/)).not.toBeInTheDocument();
    });

    test("in English the filter is 'Find indicator'", async () => {
      const { user } = renderPane(createFakeHost(createFakeGateway(many), { displayLanguage: "en-GB" }));
      await runCheck(user, "Check");
      await user.click(tab("Settings"));
      const search = await screen.findByRole("searchbox", { name: "Find indicator" });
      expect(screen.getByRole("button", { name: "Show more (80 left)" })).toBeInTheDocument();
      await user.type(search, "wachttijd 12");
      await waitFor(() => expect(screen.getByText("2 of 130 indicators found")).toBeInTheDocument());
      expect(headers()).toEqual([
        "Gemiddelde wachttijd P1 123 norm: 5 min",
        "Gemiddelde wachttijd P1 127 norm: 5 min",
      ]);
    });
  });
});
