/**
 * The user guide's pictures (docs/images/guide), taken from the demo as a user goes through the four
 * tasks, and the "Wat betekent dit?" link: in the demo it opens the finding's section of support.html
 * in a new tab. The committed pictures are rewritten with INDICATOR_CHECK_UPDATE_SCREENSHOTS=1 (or
 * when one is missing); every run writes them to test-output/ as well.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { browserTest } from "../support/browser";
import { OUTPUT_DIR, REPO_ROOT, check, eventually, markedCells, showSheet, useDemoSession } from "./support";

const GUIDE_DIR = path.join(REPO_ROOT, "docs/images/guide");
const session = useDemoSession();
beforeAll(() => fs.mkdirSync(OUTPUT_DIR, { recursive: true }));

async function picture(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUTPUT_DIR, `guide-${name}.png`) });
  const file = path.join(GUIDE_DIR, `${name}.png`);
  if (process.env.INDICATOR_CHECK_UPDATE_SCREENSHOTS === "1" || !fs.existsSync(file)) {
    fs.mkdirSync(GUIDE_DIR, { recursive: true });
    await page.screenshot({ path: file });
  }
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
}

browserTest("takes the guide's pictures: checking, a finding, the tables, the settings", async () => {
  const { page, problems } = await session.open();
  await check(page);
  await showSheet(page, "Indicatoren");
  await eventually(async () => expect((await markedCells(page)).error).toHaveLength(4));
  await picture(page, "controleren");

  await page.getByRole("option", { name: /Indicatoren!D11\b/ }).click();
  await page.getByRole("link", { name: "Wat betekent dit?" }).waitFor();
  await picture(page, "bevinding");

  await page.getByRole("tab", { name: "Tabellen", exact: true }).click();
  await page.getByRole("button", { name: "Tabellen invoegen" }).waitFor();
  await picture(page, "tabellen");

  await page.getByRole("tab", { name: "Instellingen", exact: true }).click();
  await page.getByText("Gevonden tabellen").first().waitFor();
  await picture(page, "instellingen");
  expect(problems).toEqual([]);
});

browserTest("'Wat betekent dit?' opens the finding's section of the guide in a new tab", async () => {
  const { page } = await session.open();
  await check(page);
  await page.getByRole("option", { name: /Indicatoren!D11\b/ }).click();
  const [help] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("link", { name: "Wat betekent dit?" }).click(),
  ]);
  await help.waitForLoadState();
  expect(new URL(help.url()).pathname).toBe("/support.html");
  expect(new URL(help.url()).hash).toBe("#norm-breach");
  const section = help.locator("section#norm-breach");
  await section.getByRole("heading", { name: /Norm niet gehaald/ }).waitFor();
  expect(await section.locator("table.example").count()).toBe(2);
  await help.close();
});
