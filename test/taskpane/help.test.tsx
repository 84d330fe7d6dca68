/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { within } from "@testing-library/react";
import type { WorkbookData } from "../../src/core/workbook";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { openFinding, renderPane, runCheck } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
});
beforeEach(() => localStorage.clear());

describe("'Wat betekent dit?' beside a finding", () => {
  test("in the demo: a link to the code's section of support.html, opening a new tab", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    await runCheck(user);
    const detail = await openFinding(user, "Indicatoren!D11");
    const link = within(detail).getByRole("link", { name: "Wat betekent dit?" });
    expect(link).toHaveAttribute("href", "http://localhost/support.html#norm-breach");
    expect(link).toHaveAttribute("target", "_blank");
  });

  test("in Excel: the host opens the section (dialog or browser); in English, the English section", async () => {
    const openHelp = jest.fn();
    const { user } = renderPane(
      createFakeHost(createFakeGateway(workbook), { openHelp, displayLanguage: "en-US" })
    );
    await runCheck(user, "Check");
    const detail = await openFinding(user, "Indicatoren!C11");
    await user.click(within(detail).getByRole("link", { name: "What does this mean?" }));
    expect(openHelp).toHaveBeenCalledWith("http://localhost/support.html#en-value-mixed-notation");
  });
});
