/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import type { WorkbookData } from "../../src/core/workbook";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { openFinding, options, places, renderPane, runCheck } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
});
beforeEach(() => localStorage.clear());

describe("Controleren", () => {
  test("shows the sample's counts: 4 errors, 13 warnings, 2 notes, 9 indicators", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    expect(screen.getByRole("heading", { level: 1, name: "Indicator Check" })).toBeInTheDocument();
    await runCheck(user);
    const summary = screen.getByRole("region", { name: "Samenvatting" });
    expect(within(summary).getByText("4 fouten")).toBeInTheDocument();
    expect(within(summary).getByText("13 waarschuwingen")).toBeInTheDocument();
    expect(within(summary).getByText("2 meldingen")).toBeInTheDocument();
    expect(summary).toHaveTextContent("9 indicatoren gecontroleerd");
    expect(summary).toHaveTextContent("12 waarden halen de norm of streefwaarde, 10 waarden halen die niet");
    expect(screen.getByRole("status")).toHaveTextContent(
      "Controle klaar: 4 fouten, 13 waarschuwingen, 2 meldingen."
    );
    expect(gateway.readWorkbook).toHaveBeenCalledTimes(1);
    expect(gateway.applyMarks).toHaveBeenCalledTimes(1);
    expect(gateway.marks.map((m) => m.kind)).not.toContain("met");
    expect(gateway.marks).toContainEqual(
      expect.objectContaining({ sheet: "Indicatoren", cell: "B9", kind: "error" })
    );
  });

  test("shows progress in a live region while the workbook is read", async () => {
    const gateway = createFakeGateway(workbook);
    let finish: () => void = () => undefined;
    gateway.readWorkbook.mockImplementationOnce(
      (onProgress) =>
        new Promise((resolve) => {
          onProgress?.(1, 3);
          finish = () => resolve(workbook);
        })
    );
    const { user } = renderPane(createFakeHost(gateway));
    await user.click(screen.getByRole("button", { name: "Controleren" }));
    const status = screen.getByRole("status");
    expect(status).toHaveAttribute("aria-live", "polite");
    await waitFor(() => expect(status).toHaveTextContent("Werkmap lezen… blad 1 van 3"));
    expect(within(status).getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Controleren" })).toHaveAttribute("aria-disabled", "true");
    await act(async () => finish());
    await screen.findByRole("listbox");
    expect(status).toHaveTextContent("Controle klaar");
    expect(screen.getByRole("button", { name: "Controleren" })).not.toHaveAttribute("aria-disabled", "true");
  });

  test("lists every finding, grouped by indicator, with its cell", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    const list = await runCheck(user);
    expect(options(list)).toHaveLength(19);
    const group = within(list).getByRole("group", { name: /% Terugbellen binnen 1 werkdag/ });
    expect(places(group)).toEqual(["Indicatoren!A9", "Indicatoren!B9", "Indicatoren!C9", "Indicatoren!D9"]);
    const b9 = within(group).getByRole("option", { name: /Indicatoren!B9/ });
    expect(b9).toHaveTextContent("Norm niet gehaald in 2022: 75% terwijl de norm ten minste 80% is.");
    expect(within(b9).getByRole("img", { name: "Fout" })).toBeInTheDocument();
    expect(b9).toHaveTextContent("Open");
    expect(within(list).getByRole("group", { name: "Tabellen en relaties" })).toHaveTextContent(
      "Relatie!A10"
    );
  });

  test("clicking a finding selects its cell in Excel and opens it", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    const page = await openFinding(user, "Indicatoren!D9");
    expect(gateway.selectCell).toHaveBeenLastCalledWith("Indicatoren", "D9");
    expect(page).toHaveTextContent("Indicatoren!D9");
    expect(page).toHaveTextContent("Norm niet gehaald in 2024: 71%");
    expect(within(page).getByText("13 van 19")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Geselecteerde bevinding" })).toHaveFocus();
  });

  test("Vorige and Volgende step through the findings like Error Checking, wrapping at the ends", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    const list = await runCheck(user);
    const order = places(list);
    await openFinding(user, "Indicatoren!B9");
    expect(screen.getByText("11 van 19")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Volgende" }));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("Indicatoren", "C9");
    expect(screen.getByText("12 van 19")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Vorige" }));
    await user.click(screen.getByRole("button", { name: "Vorige" }));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("Indicatoren", "A9");
    expect(screen.getByText("10 van 19")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Alle bevindingen" }));
    expect(screen.getByRole("listbox")).toHaveFocus();
    await openFinding(user, order[0]!);
    await user.click(screen.getByRole("button", { name: "Vorige" }));
    const [sheet, cell] = order[18]!.split("!");
    expect(gateway.selectCell).toHaveBeenLastCalledWith(sheet, cell);
    expect(screen.getByText("19 van 19")).toBeInTheDocument();
  });

  test("Volgende on the list opens the first finding", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    const list = await runCheck(user);
    const first = places(list)[0]!;
    expect(screen.getByText("– van 19")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    expect(gateway.selectCell).toHaveBeenLastCalledWith(...first.split("!"));
    expect(await screen.findByText("1 van 19")).toBeInTheDocument();
  });

  test("the list works from the keyboard: arrows move, Enter selects", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    const list = await runCheck(user);
    const order = places(list);
    act(() => list.focus());
    expect(list).toHaveAttribute("aria-activedescendant", options(list)[0]!.id);
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(list).toHaveAttribute("aria-activedescendant", options(list)[2]!.id);
    await user.keyboard("{End}");
    expect(list).toHaveAttribute("aria-activedescendant", options(list)[18]!.id);
    await user.keyboard("{Home}{ArrowDown}{Enter}");
    expect(gateway.selectCell).toHaveBeenLastCalledWith(...order[1]!.split("!"));
    expect(await screen.findByText("2 van 19")).toBeInTheDocument();
  });

  test("Markeringen wissen calls clearMarks and says so", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    await user.click(screen.getByRole("button", { name: "Markeringen wissen" }));
    expect(gateway.clearMarks).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Markeringen gewist."));
    expect(gateway.marks).toEqual([]);
  });

  test("with live re-check on, an edit checks again 1.5 s later; the pane's own marking does not", async () => {
    localStorage.setItem("indicator-check.settings.v1", JSON.stringify({ liveRecheck: true }));
    const gateway = createFakeGateway(workbook);
    gateway.applyMarks.mockImplementation(async (marks) => {
      gateway.marks = marks;
      gateway.emitChange(); // Excel reports the pane's own formatting as a change
    });
    const { user } = renderPane(createFakeHost(gateway));
    await waitFor(() => expect(gateway.onChanged).toHaveBeenCalledTimes(1));
    await runCheck(user);
    await new Promise((r) => setTimeout(r, 1700));
    expect(gateway.readWorkbook).toHaveBeenCalledTimes(1);

    await act(async () => gateway.emitChange());
    await act(async () => new Promise((r) => setTimeout(r, 1000)));
    expect(gateway.readWorkbook).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(gateway.readWorkbook).toHaveBeenCalledTimes(2), { timeout: 2000 });
  }, 15_000);
});
