/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { GatewayError } from "../../src/core/gateway";
import type { WorkbookData } from "../../src/core/workbook";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { TEXTS } from "../../src/taskpane/i18n";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { openFinding, renderPane, runCheck, tab } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
});
beforeEach(() => localStorage.clear());

describe("Errors are shown, never swallowed", () => {
  test("a protected sheet names the sheet and says how to unprotect it; the findings still show", async () => {
    const gateway = createFakeGateway(workbook);
    gateway.applyMarks.mockRejectedValueOnce(
      new GatewayError("sheet-protected", "Excel refused the change", { sheet: "Indicatoren" })
    );
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    const bar = screen.getByRole("group", { name: "Blad 'Indicatoren' is beveiligd" });
    expect(bar).toHaveTextContent("Hef de beveiliging op via Controleren › Blad beveiligen opheffen");
    expect(screen.getAllByRole("option")).toHaveLength(19);

    await user.click(within(bar).getByRole("button", { name: "Sluiten" }));
    expect(screen.queryByRole("group", { name: /beveiligd/ })).not.toBeInTheDocument();
  });

  test("an Excel without the needed API says to update Excel or use Excel on the web", async () => {
    const gateway = createFakeGateway(workbook);
    gateway.readWorkbook.mockRejectedValueOnce(new GatewayError("api-unsupported", "ExcelApi 1.9 missing"));
    const { user } = renderPane(createFakeHost(gateway));
    await user.click(screen.getByRole("button", { name: "Controleren" }));
    const bar = await screen.findByRole("group", { name: "Deze Excel-versie wordt niet ondersteund" });
    expect(bar).toHaveTextContent(
      "Deze versie van Excel ondersteunt de functies die Indicator Check nodig heeft niet (ExcelApi 1.9); werk Excel bij of gebruik Excel op het web."
    );
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Controleren" })).not.toHaveAttribute("aria-disabled", "true");
  });

  test.each([
    ["not-found", { sheet: "Indicatoren" }, "Blad 'Indicatoren' niet gevonden", "Klik op Controleren"],
    ["too-large", {}, "De werkmap is te groot", "Verklein het gebruikte bereik"],
    ["failed", {}, "Excel meldde een fout", "sla de werkmap op en open hem opnieuw"],
  ] as const)("a %s error from selecting a cell is explained", async (code, detail, title, advice) => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    gateway.selectCell.mockRejectedValueOnce(new GatewayError(code, "Excel said no", detail));
    await openFinding(user, "Indicatoren!B9");
    const bar = await screen.findByRole("group", { name: title });
    expect(bar).toHaveTextContent(advice);
  });

  test("errors are told in the pane's language", async () => {
    localStorage.setItem("indicator-check.settings.v1", JSON.stringify({ lang: "en" }));
    const gateway = createFakeGateway(workbook);
    gateway.clearMarks.mockRejectedValueOnce(
      new GatewayError("sheet-protected", "refused", { sheet: "Relatie" })
    );
    const { user } = renderPane(createFakeHost(gateway));
    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    const bar = await screen.findByRole("group", { name: "Sheet 'Relatie' is protected" });
    expect(bar).toHaveTextContent("Unprotect it via Review › Unprotect Sheet");
  });

  test("an Excel that cannot add notes says where the explanations go instead", () => {
    const gateway = Object.assign(createFakeGateway(workbook), {
      capabilities: () => ({ minimum: true, notes: false, comments: true, annotations: "comments" as const }),
    });
    renderPane(createFakeHost(gateway));
    expect(
      screen.getByText(
        /kan geen notities bij cellen zetten; de uitleg bij een markering staat in een opmerking/
      )
    ).toBeVisible();
  });

  test("no notes notice where notes work, or outside a supported Excel", () => {
    const withNotes = Object.assign(createFakeGateway(workbook), {
      capabilities: () => ({ minimum: true, notes: true, comments: true, annotations: "notes" as const }),
    });
    const { unmount } = renderPane(createFakeHost(withNotes));
    expect(screen.queryByText(/notities/)).not.toBeInTheDocument();
    unmount();
    const tooOld = Object.assign(createFakeGateway(workbook), {
      capabilities: () => ({ minimum: false, notes: false, comments: false, annotations: "none" as const }),
    });
    renderPane(createFakeHost(tooOld));
    expect(screen.queryByText(/notities/)).not.toBeInTheDocument();
  });

  test("an error while choosing a table from the selection is shown on the settings page too", async () => {
    const gateway = createFakeGateway(workbook);
    gateway.getSelection.mockRejectedValueOnce(new GatewayError("failed", "selection unavailable"));
    const { user } = renderPane(createFakeHost(gateway));
    await user.click(tab("Instellingen"));
    await user.click(await screen.findByRole("button", { name: "Gebruik selectie als indicatortabel" }));
    expect(await screen.findByRole("group", { name: "Excel meldde een fout" })).toHaveTextContent(
      "selection unavailable"
    );
  });

  test("a rendering error shows a message instead of a blank pane", () => {
    const Broken = () => {
      throw new Error("kapot");
    };
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <ErrorBoundary texts={TEXTS.nl}>
        <Broken />
      </ErrorBoundary>
    );
    expect(screen.getByRole("group", { name: "Er ging iets mis" })).toHaveTextContent("kapot");
    spy.mockRestore();
  });
});
