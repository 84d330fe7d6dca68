/** @jest-environment jsdom */
/**
 * A sheet whose merged areas Excel would not give (SheetData.mergesSkipped, see read-merges.test.ts)
 * is still checked, and the pane says which sheet and what it means, in Dutch first.
 */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import type { WorkbookData } from "../../src/core/workbook";
import { TEXTS } from "../../src/taskpane/i18n";
import { createFakeGateway, createFakeHost } from "../taskpane/fakeGateway";
import { renderPane, runCheck } from "../taskpane/renderPane";
import { sampleWorkbook } from "../taskpane/sampleWorkbook";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
});
beforeEach(() => localStorage.clear());

describe("a sheet checked without its merged cells", () => {
  it("is checked, and the pane names it and says what that means", async () => {
    const first = workbook.sheets[0]!;
    const skipped: WorkbookData = {
      ...workbook,
      sheets: [{ ...first, mergesSkipped: true }, ...workbook.sheets.slice(1)],
    };
    const { user } = renderPane(createFakeHost(createFakeGateway(skipped)));
    await runCheck(user);
    expect(screen.getAllByRole("option").length).toBeGreaterThan(0);
    const notice = screen.getByText(TEXTS.nl.mergesSkipped([first.name]));
    expect(notice).toHaveTextContent(`blad '${first.name}'`);
    expect(notice).toHaveTextContent("een kop of naam over samengevoegde cellen kan daardoor gemist zijn");
  });

  it("says nothing when every sheet's merged cells were read", async () => {
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook)));
    await runCheck(user);
    expect(screen.queryByText(/samengevoegde cellen van/)).not.toBeInTheDocument();
  });

  it("names several sheets in one sentence", () => {
    expect(TEXTS.nl.mergesSkipped(["A", "B", "C"])).toContain("de bladen 'A', 'B' en 'C'");
    expect(TEXTS.en.mergesSkipped(["A", "B"])).toContain("the sheets 'A' and 'B'");
  });
});
