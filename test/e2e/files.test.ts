/**
 * The demo's own side, in real headless Chromium: opening files (picked or dropped, and the message
 * for a file that is no workbook), the highlighted download with its marks and review, the review
 * travelling with that file, a selection made in the preview, and inserting the budget tables.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "node:fs";
import type { Page } from "playwright-core";
import { MARK_STYLES } from "../../src/core/marks";
import { REVIEW_NAMESPACE, reviewFromXml } from "../../src/core/review/reviewXml";
import { writeReviewXml } from "../../src/demo/reviewPart";
import { browserTest } from "../support/browser";
import { SAMPLE, check, showSheet, type DemoPage, useDemoSession } from "./support";

const session = useDemoSession();
const open = (): Promise<DemoPage> => session.open();

/** Picks a file through the page's "Open .xlsx" button, as the user does. */
async function pick(page: Page, name: string, buffer: Buffer) {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open .xlsx" }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: "application/octet-stream", buffer });
}

/** Drops a file on the page, as dragging it from the file manager does. */
async function drop(page: Page, name: string, buffer: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, fileName }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], fileName));
      return transfer;
    },
    { bytes: Array.from(buffer), fileName: name }
  );
  const target = page.getByRole("grid");
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}

async function downloadHighlighted(
  page: Page,
  name = "begroting-2026-dienstverlening-gemarkeerd.xlsx"
): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download gemarkeerde .xlsx" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(name);
  return fs.readFileSync((await download.path())!);
}

const REASON = "Norm geldt niet voor 2024, zie raadsbesluit.";

async function acceptD11(page: Page) {
  await page.getByRole("option", { name: /Indicatoren!D11\b/ }).click();
  await page.getByRole("textbox", { name: /^Reden/ }).fill(REASON);
  await page.getByRole("button", { name: "Akkoord" }).click();
  await page.getByRole("button", { name: "Akkoord", pressed: true }).waitFor();
}

browserTest("says why a file that is not an .xlsx cannot be opened, and keeps the workbook", async () => {
  const { page } = await open();
  await pick(page, "begroting.pdf", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"));
  await page.getByText("begroting.pdf kan niet worden geopend").waitFor();
  await page.getByText("Dit is geen Excel-werkmap (.xlsx). Kies een .xlsx-bestand").waitFor();
  expect(await page.getByRole("grid").count()).toBe(1);

  await page.getByRole("button", { name: "Sluiten" }).click();
  expect(await page.getByText("begroting.pdf kan niet worden geopend").count()).toBe(0);

  await drop(page, "leeg.xlsx", Buffer.alloc(0));
  await page.getByText("leeg.xlsx kan niet worden geopend").waitFor();
  await page.getByText("Het bestand is leeg of bevat geen werkbladen.").waitFor();
});

browserTest(
  "downloads the workbook with the marks as Excel's conditional formats, notes and the review",
  async () => {
    const { page } = await open();
    await check(page);
    await acceptD11(page);
    const bytes = await downloadHighlighted(page);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Indicatoren")!;
    const note = sheet.getCell("D11").note;
    expect(typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("")).toMatch(
      /^Indicator Check:\n• Norm niet gehaald in 2024: 8 min/
    );
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] })
      .conditionalFormattings;
    const errorFormat = formats.find((f) => f.ref.split(" ").includes("D11"));
    expect(errorFormat?.ref.split(" ").sort()).toEqual(["B9", "C9", "D11", "D9"]);
    expect(JSON.stringify(errorFormat?.rules)).toContain(`FF${MARK_STYLES.error.fill.slice(1)}`);

    const zip = await JSZip.loadAsync(bytes);
    const items = zip.file(/^customXml\/item\d+\.xml$/);
    expect(items).toHaveLength(1);
    const review = reviewFromXml(await items[0]!.async("string"));
    expect(review.warning).toBeNull();
    const entries = Object.values(review.state.entries);
    expect(entries).toEqual([
      expect.objectContaining({ status: "akkoord", reason: REASON, sheet: "Indicatoren", cell: "D11" }),
    ]);
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain("../customXml/item");
  }
);

browserTest("opens the downloaded file with its review: the accepted finding stays accepted", async () => {
  const { page } = await open();
  await check(page);
  const total = Number((await page.getByText(/^0 van \d+ beoordeeld$/).textContent())!.split(" ")[2]);
  await acceptD11(page);
  const bytes = await downloadHighlighted(page);

  await drop(page, "gemarkeerd.xlsx", bytes);
  await page.getByText("gemarkeerd.xlsx", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Controleren", exact: true }).waitFor();
  await check(page);
  await page.getByText(`1 van ${total} beoordeeld`).waitFor();
  await page.getByRole("option", { name: /Indicatoren!D11\b/ }).click();
  await page.getByRole("button", { name: "Akkoord", pressed: true }).waitFor();
  expect(await page.getByRole("textbox", { name: /^Reden/ }).inputValue()).toBe(REASON);
});

browserTest("leaves a review written by a newer version as it was, and says so", async () => {
  const { page } = await open();
  const newer = `<?xml version="1.0" encoding="UTF-8"?><review xmlns="${REVIEW_NAMESPACE}"><![CDATA[{"version":2,"entries":{},"future":true}]]></review>`;
  await drop(page, "nieuwer.xlsx", Buffer.from(await writeReviewXml(fs.readFileSync(SAMPLE), newer)));
  await page.getByText("nieuwer.xlsx", { exact: true }).waitFor();
  await check(page);
  await page
    .getByText(/gemaakt met een nieuwere versie van Indicator Check/)
    .first()
    .waitFor();

  const zip = await JSZip.loadAsync(await downloadHighlighted(page, "nieuwer-gemarkeerd.xlsx"));
  const items = zip.file(/^customXml\/item\d+\.xml$/);
  expect(items).toHaveLength(1);
  expect(await items[0]!.async("string")).toBe(newer);
});

browserTest(
  "lets the pane read a range selected in the preview by dragging and with the keyboard",
  async () => {
    const { page } = await open();
    const grid = await showSheet(page, "Indicatoren");
    const cell = (row: number, col: number) => grid.locator(`td[data-row="${row}"][data-col="${col}"]`);
    await cell(2, 0).hover();
    await page.mouse.down();
    await cell(11, 2).hover();
    await cell(11, 3).hover();
    await page.mouse.up();
    expect(await grid.locator('td[aria-selected="true"]').count()).toBe(10 * 4);
    expect(await page.getByRole("textbox", { name: "Naamvak" }).inputValue()).toBe("A3");

    await page.keyboard.press("Shift+ArrowRight");
    expect(await grid.locator('td[aria-selected="true"]').count()).toBe(10 * 5);

    await page.getByRole("tab", { name: "Instellingen" }).click();
    await page.getByRole("button", { name: "Gebruik selectie als indicatortabel" }).click();
    await page.getByText("Indicatortabel: Indicatoren!A3:E12 (handmatig gekozen).").waitFor();

    await grid.click(); // back to the grid: arrows move the active cell
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("textbox", { name: "Naamvak" }).inputValue()).toBe("B2");
  }
);

browserTest("inserts the budget tables as a new sheet and shows it", async () => {
  const { page } = await open();
  await check(page);
  await page.getByRole("tab", { name: "Tabellen" }).click();
  await page.getByRole("button", { name: "Tabellen invoegen" }).click();
  await page
    .getByRole("tabpanel", { name: "Tabellen" })
    .getByText("Tabellen ingevoegd op blad 'Begrotingstabellen'.")
    .waitFor();

  await page.getByRole("tab", { name: "Begrotingstabellen", selected: true }).waitFor();
  const grid = page.getByRole("grid", { name: "Begrotingstabellen" });
  await grid.getByText("% Terugbellen binnen 1 werkdag.").first().waitFor();
  expect(await grid.locator("td[colspan]").count()).toBeGreaterThan(0); // merged title and legend rows

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await downloadHighlighted(page)) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toContain("Begrotingstabellen");
});
