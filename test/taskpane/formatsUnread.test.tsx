/** @jest-environment jsdom */
/**
 * Where Excel will not list a sheet's conditional formats (the user has a duplicated rule: office-js
 * #6827, #6835), marking and clearing leave the user's rules alone and go on (test/excel/marks-real-excel.test.ts).
 * The pane then says which sheet, why, and what the user can do; a clear that works again takes the notice away.
 */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { TEXTS } from "../../src/taskpane/i18n";
import { budgetWorkbook } from "../excel/budgetWorkbook";
import { installExcelDouble, type ExcelDouble } from "../excel/excelDouble";
import { excelPaneHost } from "./excelPaneHost";
import { renderPane, runCheck } from "./renderPane";

let double: ExcelDouble | null = null;
beforeEach(() => localStorage.clear());
afterEach(() => {
  double?.uninstall();
  double = null;
});

/** A rule of the user's, twice over the whole table: Excel then refuses to list the sheet's rules. */
function duplicateUserRule(d: ExcelDouble): () => void {
  const sheet = d.model.sheets[0]!;
  const custom = sheet.conditionalFormats.find((cf) => cf.id === "{user-cf}")!;
  const wide = [{ top: 0, left: 0, bottom: 500, right: 30 }];
  sheet.conditionalFormats.push(
    { ...custom, id: "{user-cf-dup}", areas: wide.map((a) => ({ ...a })) },
    { ...custom, id: "{user-cf-dup-2}", areas: wide.map((a) => ({ ...a })) }
  );
  return () => {
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !cf.id.startsWith("{user-cf-dup"));
  };
}

const notice = () => screen.queryByText(TEXTS.nl.formatsUnread(["Indicatoren"]));

describe("a sheet whose conditional formats Excel cannot list", () => {
  it("is marked and cleared, and the pane names it and says what to do until a clear works again", async () => {
    double = installExcelDouble(budgetWorkbook(12));
    const { user } = renderPane(excelPaneHost());
    await runCheck(user); // our marks are set, and recorded
    expect(notice()).not.toBeInTheDocument();
    const users = structuredClone(double.model.sheets[0]!.conditionalFormats);

    const removeDuplicate = duplicateUserRule(double);
    await runCheck(user);
    await screen.findByText(TEXTS.nl.formatsUnread(["Indicatoren"]));
    expect(screen.getAllByRole("option").length).toBeGreaterThan(0);
    expect(notice()).toHaveTextContent("blad 'Indicatoren'");
    expect(notice()).toHaveTextContent("Voorwaardelijke opmaak › Regels beheren");

    await user.click(screen.getByRole("button", { name: "Markeringen wissen" }));
    await screen.findByText("Markeringen gewist.");
    expect(notice()).toBeInTheDocument(); // now said by the clear
    // The user's own rules, the duplicate included, are as they were.
    expect(double.model.sheets[0]!.conditionalFormats.filter((cf) => cf.id.startsWith("{user"))).toEqual([
      ...users.filter((cf) => cf.id.startsWith("{user")),
      expect.objectContaining({ id: "{user-cf-dup}" }),
      expect.objectContaining({ id: "{user-cf-dup-2}" }),
    ]);

    removeDuplicate();
    await user.click(screen.getByRole("button", { name: "Markeringen wissen" }));
    await waitFor(() => expect(notice()).not.toBeInTheDocument());
    expect(double.model.sheets[0]!.conditionalFormats.every((cf) => cf.id.startsWith("{user"))).toBe(true);
  });

  it("names several sheets in one sentence, in Dutch and English", () => {
    expect(TEXTS.nl.formatsUnread(["A", "B"])).toContain("de bladen 'A' en 'B'");
    expect(TEXTS.en.formatsUnread(["A"])).toContain("sheet 'A'");
  });
});
