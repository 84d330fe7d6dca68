/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import type { WorkbookData } from "../../src/core/workbook";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { options, renderPane, runCheck } from "./renderPane";
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
    expect(gateway.marks.length).toBeGreaterThan(0);
  });

  test("lists every finding, grouped by indicator, with its cell", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    const list = await runCheck(user);
    expect(options(list)).toHaveLength(19);
    const group = within(list).getByRole("group", { name: /% Terugbellen binnen 1 werkdag/ });
    expect(within(group).getAllByRole("option")).toHaveLength(4);
    expect(
      within(list).getByRole("option", { name: /Indicatoren!B9.*Norm niet gehaald in 2022/ })
    ).toBeVisible();
  });

  test("clicking a finding selects its cell in Excel", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    const list = await runCheck(user);
    await user.click(within(list).getByRole("option", { name: /Indicatoren!D9/ }));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("Indicatoren", "D9");
    expect(within(list).getByRole("option", { name: /Indicatoren!D9/ })).toHaveAttribute(
      "aria-selected",
      "true"
    );
  });
});
