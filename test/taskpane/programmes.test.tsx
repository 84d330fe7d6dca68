/** @jest-environment jsdom */
/**
 * The pane on a whole-budget workbook of two programmes (the sample twice, as 4.1 and 4.2): no
 * picker for one programme; for two, a picker that narrows findings and summary, in Dutch and English.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import type { WorkbookData } from "../../src/core/workbook";
import { DEFAULT_SETTINGS, SETTINGS_KEY, serializeSettings } from "../../src/taskpane/state/settings";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { options, renderPane, runCheck } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

let sample: WorkbookData;
let two: WorkbookData;
beforeAll(async () => {
  sample = await sampleWorkbook();
  two = { sheets: ["4.1 ", "4.2 "].flatMap((p) => sample.sheets.map((s) => ({ ...s, name: p + s.name }))) };
});
beforeEach(() => localStorage.clear());

test("a workbook of one programme shows no programme picker", async () => {
  const { user } = renderPane(createFakeHost(createFakeGateway(sample)));
  await runCheck(user);
  expect(screen.queryByRole("combobox", { name: "Programma" })).not.toBeInTheDocument();
  expect(screen.queryByText("Per programma")).not.toBeInTheDocument();
});

test("two programmes: counts per programme, and the picker narrows the findings to one", async () => {
  const { user } = renderPane(createFakeHost(createFakeGateway(two)));
  const list = await runCheck(user);
  const summary = screen.getByRole("region", { name: "Samenvatting" });
  expect(within(summary).getByText("8 fouten")).toBeInTheDocument();
  const perProgramme = within(summary).getAllByRole("listitem").filter((li) => li.dataset["programme"]);
  expect(perProgramme.map((li) => li.textContent)).toEqual([
    "4.1 Dienstverlening 4 fouten, 13 waarschuwingen, 2 meldingen; 9 indicatoren gecontroleerd",
    "4.2 Dienstverlening 4 fouten, 13 waarschuwingen, 2 meldingen; 9 indicatoren gecontroleerd",
  ]);
  expect(options(list)).toHaveLength(38);

  await user.selectOptions(screen.getByRole("combobox", { name: "Programma" }), "4.2");
  expect(within(summary).getByText("4 fouten")).toBeInTheDocument();
  const shown = options(screen.getByRole("listbox", { name: "Bevindingen" })).map((o) => o.textContent ?? "");
  expect(shown).toHaveLength(19);
  expect(shown.filter((text) => text.includes("4.1 Indicatoren!") || text.includes("4.1 Relatie!"))).toEqual([]);
  expect(shown.filter((text) => text.includes("4.2 Indicatoren!"))).toHaveLength(18);
  expect(shown.filter((text) => text.includes("4.2 Relatie!"))).toHaveLength(1);

  await user.selectOptions(screen.getByRole("combobox", { name: "Programma" }), "");
  expect(options(screen.getByRole("listbox", { name: "Bevindingen" }))).toHaveLength(38);
});

test("in English the picker offers all programmes and each by its label", async () => {
  localStorage.setItem(SETTINGS_KEY, serializeSettings({ ...DEFAULT_SETTINGS, lang: "en" }));
  const { user } = renderPane(createFakeHost(createFakeGateway(two)));
  await runCheck(user, "Check");
  const picker = screen.getByRole("combobox", { name: "Programme" });
  expect(within(picker).getAllByRole("option").map((o) => o.textContent)).toEqual([
    "All programmes (2)",
    "4.1 Dienstverlening",
    "4.2 Dienstverlening",
  ]);
  expect(screen.getByText("Per programme")).toBeInTheDocument();
});
