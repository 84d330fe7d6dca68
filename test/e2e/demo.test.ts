/**
 * The task pane in the browser demo, in real headless Chromium, used as a finance employee would:
 * check the sample budget, step to a finding, accept it, clear the marks, switch to English,
 * export to Word; plus an accessibility scan and the README's screenshot.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { browserTest } from "../support/browser";
import {
  OUTPUT_DIR,
  REPO_ROOT,
  check,
  eventually,
  markedCells,
  severeViolations,
  showSheet,
  type DemoPage,
  useDemoSession,
} from "./support";

const README_SHOT = path.join(REPO_ROOT, "docs/images/demo.png");

const session = useDemoSession();
const open = (query = ""): Promise<DemoPage> => session.open(query);
beforeAll(() => fs.mkdirSync(OUTPUT_DIR, { recursive: true }));

const shot = (page: DemoPage["page"], name: string) =>
  page.screenshot({ path: path.join(OUTPUT_DIR, `demo-${name}.png`) });

browserTest(
  "opens the sample offline, without office.js, and checks it: 4 errors, 13 warnings, 2 info",
  async () => {
    const { page, problems, external } = await open();
    const summary = page.getByRole("region", { name: "Samenvatting" });
    await check(page);
    for (const count of ["4 fouten", "13 waarschuwingen", "2 meldingen"])
      await summary.getByText(count, { exact: true }).waitFor();
    await summary.getByText(/^9 indicatoren gecontroleerd/).waitFor();

    // The marks land on the preview in Excel's preset colours: red for errors, amber for warnings.
    await showSheet(page, "Indicatoren");
    const marks = await eventually(async () => {
      const found = await markedCells(page);
      expect(found.error.sort()).toEqual(["B9", "C9", "D11", "D9"]);
      return found;
    });
    expect(marks.warning.sort()).toEqual([
      "A9",
      "B4",
      "B5",
      "B6",
      "B7",
      "B8",
      "C11",
      "C12",
      "C7",
      "C8",
      "D7",
      "D8",
    ]);
    const d11 = page.getByRole("grid", { name: "Indicatoren" }).locator("td[title]", { hasText: "8 min" });
    expect(await d11.getAttribute("title")).toMatch(/^Indicator Check:\n• Norm niet gehaald in 2024: 8 min/);
    await shot(page, "checked");

    expect(await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).toBe("undefined");
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
  }
);

browserTest("selects a finding's cell in the preview when the finding is clicked", async () => {
  const { page } = await open();
  await check(page);
  await page.getByRole("option", { name: /Indicatoren!D11\b/ }).click();

  const grid = page.getByRole("grid", { name: "Indicatoren" });
  await grid.waitFor();
  await eventually(async () =>
    expect(await page.getByRole("textbox", { name: "Naamvak" }).inputValue()).toBe("D11")
  );
  const selected = grid.locator('td[aria-selected="true"]');
  expect(await selected.count()).toBe(1);
  expect(await selected.textContent()).toBe("8 min");
  expect(await selected.evaluate((td) => getComputedStyle(td).outlineStyle)).toBe("solid");
  expect(await page.getByRole("tab", { name: "Indicatoren", selected: true }).count()).toBe(1);
  expect(await page.getByRole("textbox", { name: "Celinhoud" }).inputValue()).toBe("8 min");
  await shot(page, "finding-selected");
});

browserTest("opens a finding when its marked cell is clicked in the preview, as in Excel", async () => {
  const { page } = await open();
  await check(page);
  await showSheet(page, "Indicatoren");
  const grid = page.getByRole("grid", { name: "Indicatoren" });
  await grid.locator('td[data-row="8"][data-col="2"]').click();
  const detail = page.getByRole("region", { name: "Geselecteerde bevinding" });
  await detail.waitFor();
  expect(await detail.textContent()).toContain("Indicatoren!C9");
  expect(await detail.textContent()).toContain("Norm niet gehaald in 2023: 70%");

  // A cell without a finding leaves the open finding as it is.
  await grid.locator('td[data-row="0"][data-col="0"]').click();
  await eventually(async () =>
    expect(await page.getByRole("textbox", { name: "Naamvak" }).inputValue()).toBe("A1")
  );
  expect(await detail.textContent()).toContain("Indicatoren!C9");
  await shot(page, "finding-from-cell");
});

browserTest("accepts a finding only with a reason, and the review progress counts it", async () => {
  const { page } = await open();
  await check(page);
  const progress = page.getByText(/^\d+ van \d+ beoordeeld$/);
  const [before, total] = (await progress.textContent())!.match(/\d+/g)!.map(Number);
  expect(before).toBe(0);

  await page.getByRole("option", { name: /Indicatoren!D11\b/ }).click();
  await page.getByRole("button", { name: "Akkoord" }).click();
  await page.getByText("Geef een reden op waarom deze bevinding akkoord is.").waitFor();
  expect(await progress.textContent()).toBe(`0 van ${total} beoordeeld`);

  await page.getByRole("textbox", { name: /^Reden/ }).fill("Norm geldt niet voor 2024, zie raadsbesluit.");
  await page.getByRole("button", { name: "Akkoord" }).click();
  await page.getByText(`1 van ${total} beoordeeld`).waitFor();
  expect(await page.getByRole("button", { name: "Akkoord", pressed: true }).count()).toBe(1);
  await shot(page, "accepted");
});

browserTest("clears the highlights: the preview's cells lose their mark fills", async () => {
  const { page } = await open();
  await check(page);
  await showSheet(page, "Indicatoren");
  await eventually(async () => expect((await markedCells(page)).error).toHaveLength(4));

  await page.getByRole("button", { name: "Markeringen wissen" }).click();
  await eventually(async () => expect(await markedCells(page)).toEqual({ error: [], warning: [], met: [] }));
  expect(await page.getByRole("grid", { name: "Indicatoren" }).locator("td[title]").count()).toBe(0);
});

browserTest("switches the pane to English", async () => {
  const { page } = await open();
  await page.getByRole("tab", { name: "Instellingen" }).click();
  await page.getByRole("combobox", { name: "Taal" }).selectOption("en");

  await page.getByRole("tab", { name: "Settings" }).waitFor();
  await page.getByRole("tab", { name: "Check", exact: true }).click();
  await page.getByRole("button", { name: "Check", exact: true }).waitFor();
  expect(await page.getByRole("button", { name: "Clear marks" }).count()).toBe(1);
  expect(await page.getByRole("button", { name: "Controleren" }).count()).toBe(0);
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await page.getByText("4 errors", { exact: true }).waitFor({ timeout: 20_000 });
});

browserTest("exports the budget tables as a Word document", async () => {
  const { page } = await open();
  await check(page);
  await page.getByRole("tab", { name: "Tabellen" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .docx" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(bytes.length).toBeGreaterThan(2000);
});

browserTest("has no serious or critical accessibility violations (axe-core)", async () => {
  const { page } = await open();
  await check(page);
  await page.getByRole("option", { name: /Indicatoren!D11\b/ }).click();
  const severe = await severeViolations(page);
  expect(severe).toEqual([]);
});

browserTest("renders the README screenshot: the pane at 380 px beside the checked workbook", async () => {
  const { page } = await open();
  await check(page);
  await showSheet(page, "Indicatoren");
  await eventually(async () => expect((await markedCells(page)).error).toHaveLength(4));
  await page.getByRole("grid", { name: "Indicatoren" }).locator('td[data-row="10"][data-col="3"]').click();
  await shot(page, "readme");
  // The committed picture is only rewritten on request: INDICATOR_CHECK_UPDATE_SCREENSHOTS=1 or when missing.
  if (process.env.INDICATOR_CHECK_UPDATE_SCREENSHOTS === "1" || !fs.existsSync(README_SHOT)) {
    fs.mkdirSync(path.dirname(README_SHOT), { recursive: true });
    await page.screenshot({ path: README_SHOT });
  }
  expect(fs.statSync(README_SHOT).size).toBeGreaterThan(10_000);
});
