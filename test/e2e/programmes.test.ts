/**
 * A whole-budget workbook in the browser demo: the sample's four sheets twice, as programmes 4.1
 * and 4.2. Checked, it gives exactly twice the sample's 17 warnings and errors; the pane counts
 * per programme, lets the user pick one (findings, summary and exports follow), and groups the
 * findings by programme. Also the picture of the pane in docs/images/demo-programmes.png.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { browserTest } from "../support/browser";
import { OUTPUT_DIR, REPO_ROOT, check, severeViolations, showSheet, useDemoSession } from "./support";

const TWO = path.join(REPO_ROOT, "examples/begroting-2026-twee-programmas.xlsx");
const SHOT = path.join(REPO_ROOT, "docs/images/demo-programmes.png");

const session = useDemoSession();
beforeAll(() => fs.mkdirSync(OUTPUT_DIR, { recursive: true }));

async function openTwo(): Promise<Page> {
  const { page, problems } = await session.open();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open .xlsx" }).click(),
  ]);
  await chooser.setFiles(TWO);
  await page.getByRole("tab", { name: "4.2 Toelichting" }).waitFor({ timeout: 20_000 });
  await check(page);
  expect(problems).toEqual([]);
  return page;
}

const summary = (page: Page) => page.getByRole("region", { name: "Samenvatting" });

browserTest("checks two copies of the sample as two programmes: 2 × 17 warnings and errors", async () => {
  const page = await openTwo();
  for (const count of ["8 fouten", "26 waarschuwingen", "4 meldingen"])
    await summary(page).getByText(count, { exact: true }).waitFor();
  const perProgramme = summary(page).getByRole("list", { name: "Per programma" }).getByRole("listitem");
  expect(await perProgramme.allTextContents()).toEqual([
    "4.1 Dienstverlening 4 fouten, 13 waarschuwingen, 2 meldingen; 9 indicatoren gecontroleerd",
    "4.2 Dienstverlening 4 fouten, 13 waarschuwingen, 2 meldingen; 9 indicatoren gecontroleerd",
  ]);
  // Both programmes' marks land on their own sheets.
  for (const sheet of ["4.1 Indicatoren", "4.2 Indicatoren"]) {
    const grid = await showSheet(page, sheet);
    await grid.locator("td[title]", { hasText: "8 min" }).waitFor();
  }
});

browserTest("picks one programme: its findings and summary, and its tables in the export", async () => {
  const page = await openTwo();
  await page.getByRole("combobox", { name: "Programma" }).selectOption({ label: "4.2 Dienstverlening" });
  for (const count of ["4 fouten", "13 waarschuwingen", "2 meldingen"])
    await summary(page).getByText(count, { exact: true }).waitFor();
  const places = await page.getByRole("listbox", { name: "Bevindingen" }).getByRole("option").allTextContents();
  expect(places.length).toBeGreaterThan(0);
  expect(places.filter((p) => p.includes("4.1 "))).toEqual([]);

  await page.getByRole("tab", { name: "Tabellen" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .html" }).click(),
  ]);
  const html = fs.readFileSync((await download.path())!, "utf8");
  expect(html).not.toMatch(/<h2[^>]*>Begrotingstabellen/);
  expect(html).toContain("Klanttevredenheid Website.");
});

browserTest("exports every programme in its own section when all are shown", async () => {
  const page = await openTwo();
  await page.getByRole("tab", { name: "Tabellen" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .html" }).click(),
  ]);
  const html = fs.readFileSync((await download.path())!, "utf8");
  expect(html.match(/<h2[^>]*>Begrotingstabellen Dienstverlening<\/h2>/g)).toHaveLength(2);
});

browserTest("groups the findings by programme, and renders the pane's picture", async () => {
  const page = await openTwo();
  await page.getByRole("radio", { name: "Programma" }).check();
  const groups = page.getByRole("listbox", { name: "Bevindingen" }).getByRole("group");
  await groups.first().waitFor();
  expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute("aria-labelledby") !== null))).toEqual([
    true,
    true,
  ]);
  expect(await severeViolations(page)).toEqual([]);
  await showSheet(page, "4.2 Indicatoren");
  await page.getByRole("combobox", { name: "Programma" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUTPUT_DIR, "demo-programmes.png") });
  // The committed picture is only rewritten on request: INDICATOR_CHECK_UPDATE_SCREENSHOTS=1 or when missing.
  if (process.env.INDICATOR_CHECK_UPDATE_SCREENSHOTS === "1" || !fs.existsSync(SHOT)) {
    fs.mkdirSync(path.dirname(SHOT), { recursive: true });
    await page.screenshot({ path: SHOT });
  }
  expect(fs.statSync(SHOT).size).toBeGreaterThan(10_000);
});
