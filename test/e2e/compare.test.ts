/**
 * 'Vergelijken met…' in the browser demo: the 2026 sample against its previous-year variant
 * (examples/begroting-2025-dienstverlening.xlsx, which `npm run sample` writes), offered by the demo
 * as 'Vergelijk met begroting 2025 (voorbeeld)'. The comparison gives exactly what issue #16 lists
 * for the sample: one realisation that differs, one target lowered, one raised, one indicator dropped
 * and one added; they are listed with their own filter, marked in the grid and reviewed like the
 * others, and the pane says which version is in use until the user stops comparing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { browserTest } from "../support/browser";
import {
  OUTPUT_DIR,
  REPO_ROOT,
  check,
  eventually,
  markedCells,
  severeViolations,
  showSheet,
  useDemoSession,
} from "./support";

const REFERENCE = path.join(REPO_ROOT, "examples/begroting-2025-dienstverlening.xlsx");

/** Runs where the previous-year sample exists; without it, skipped with the way to make it. */
const compareTest: jest.It = fs.existsSync(REFERENCE)
  ? browserTest
  : (((name: string, fn?: jest.ProvidesCallback, timeout?: number) =>
      test.skip(
        `${name} (skipped: ${path.relative(REPO_ROOT, REFERENCE)} is missing; npm run sample writes it)`,
        fn,
        timeout
      )) as unknown as jest.It);

const session = useDemoSession();
beforeAll(() => fs.mkdirSync(OUTPUT_DIR, { recursive: true }));

interface Listed {
  readonly code: string;
  readonly severity: string;
  readonly place: string;
}

/** Every finding the list shows: its code, severity and place (sheet!cell, or 'geen cel'). */
async function listed(page: Page): Promise<Listed[]> {
  return page
    .getByRole("listbox", { name: "Bevindingen" })
    .getByRole("option")
    .evaluateAll((options) =>
      options.map((o) => ({
        code: o.getAttribute("data-code") ?? "",
        severity: o.getAttribute("data-severity") ?? "",
        place: o.querySelector(".fui-Caption1Strong")?.textContent ?? "",
      }))
    );
}

const comparisonOf = (findings: readonly Listed[]) =>
  findings
    .filter((f) => f.code.startsWith("compare/"))
    .map((f) => `${f.code} ${f.severity}`)
    .sort();

/** The list for the sample against begroting 2025, and nothing else from the comparison. */
const EXPECTED = [
  "compare/indicator-added info",
  "compare/indicator-removed warning",
  "compare/target-changed info", // raised
  "compare/target-changed warning", // lowered
  "compare/value-differs error",
];

/** Checks the sample, then compares it with begroting 2025; the list before and after. */
async function compareWithSample(page: Page): Promise<{ before: Listed[]; found: Listed[] }> {
  await check(page);
  await page.getByRole("listbox", { name: "Bevindingen" }).waitFor();
  const before = await listed(page);
  await page.getByRole("button", { name: "Vergelijk met begroting 2025 (voorbeeld)" }).click();
  await page
    .getByText(/^Vergeleken met begroting-2025-dienstverlening\.xlsx \(/)
    .waitFor({ timeout: 20_000 });
  const found = await eventually(async () => {
    const now = await listed(page);
    expect(comparisonOf(now)).toEqual(EXPECTED);
    return now;
  }, 20_000);
  return { before, found };
}

compareTest(
  "the sample against begroting 2025 gives exactly the issue's comparison findings, marked in the grid",
  async () => {
    const { page, problems, external } = await session.open();
    const { before, found } = await compareWithSample(page);
    // The check's own findings are all still there, beside the comparison's.
    const own = (list: readonly Listed[]) =>
      list
        .filter((f) => !f.code.startsWith("compare/"))
        .map((f) => `${f.code} ${f.place}`)
        .sort();
    expect(own(found)).toEqual(own(before));
    expect(before.length).toBeGreaterThan(0);

    // Marked like the others: the differing value red, the lowered target amber.
    await showSheet(page, "Indicatoren");
    await page.screenshot({ path: path.join(OUTPUT_DIR, "demo-compare.png") });
    const marked = await markedCells(page);
    for (const f of found.filter(
      (x) => x.code.startsWith("compare/") && x.place.startsWith("Indicatoren!")
    )) {
      const cell = f.place.slice("Indicatoren!".length);
      if (f.severity === "error") expect(marked.error).toContain(cell);
      if (f.severity === "warning") expect([...marked.error, ...marked.warning]).toContain(cell);
    }

    // Their own filter: 'Herkomst' › 'Vergelijking' lists exactly these five.
    await page.getByRole("button", { name: /^Filters/ }).click();
    // Fluent's multiselect Dropdown: opened from the keyboard, its options are menu item checkboxes.
    await page.getByRole("combobox", { name: "Herkomst" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menuitemcheckbox", { name: "Vergelijking" }).click();
    await page.keyboard.press("Escape");
    await eventually(async () => expect(comparisonOf(await listed(page))).toEqual(EXPECTED));
    expect((await listed(page)).length).toBe(5);

    expect(await severeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  }
);

compareTest(
  "a comparison finding is reviewed like the others, and stopping removes the comparison",
  async () => {
    const { page, problems } = await session.open();
    await compareWithSample(page);
    await page
      .getByRole("listbox", { name: "Bevindingen" })
      .locator('[data-code="compare/value-differs"]')
      .click();
    await page.getByRole("region", { name: "Geselecteerde bevinding" }).waitFor();
    await page.getByRole("button", { name: "Te corrigeren" }).click();
    await page.getByRole("button", { name: "Te corrigeren", pressed: true }).waitFor();
    await page.getByRole("button", { name: "Alle bevindingen" }).click();
    const option = page
      .getByRole("listbox", { name: "Bevindingen" })
      .locator('[data-code="compare/value-differs"]');
    await option.getByText("Te corrigeren").waitFor();
    // Its id is stable: checked and compared again, the verdict is still on it.
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await page
      .getByRole("status")
      .getByText(/^Controle klaar/)
      .waitFor({ timeout: 20_000 });
    await option.getByText("Te corrigeren").waitFor();

    await page.getByRole("button", { name: "Stoppen met vergelijken" }).click();
    await eventually(async () => expect(comparisonOf(await listed(page))).toEqual([]), 20_000);
    expect(await page.getByText(/Vergeleken met/).count()).toBe(0);
    expect(problems).toEqual([]);
  }
);

compareTest(
  "the downloaded workbook remembers the reference: opened again, the pane asks for its file and compares once it is chosen",
  async () => {
    const { page, problems } = await session.open();
    await compareWithSample(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download gemarkeerde .xlsx" }).click(),
    ]);
    const highlighted = fs.readFileSync((await download.path())!);

    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open .xlsx" }).click(),
    ]);
    await chooser.setFiles({
      name: "begroting-2026-concept-2.xlsx",
      mimeType: "application/octet-stream",
      buffer: highlighted,
    });
    await page.getByRole("banner").getByText("begroting-2026-concept-2.xlsx").waitFor({ timeout: 20_000 });
    // The pane of the opened file, not yet checked.
    await page.getByText(/^Klik op Controleren om de indicatortabellen/).waitFor();
    await check(page);
    await page
      .getByText(
        /^Vergeleken met begroting-2025-dienstverlening\.xlsx \(.+\) — kies het bestand opnieuw om weer te vergelijken$/
      )
      .waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, "demo-compare-again.png") });
    expect(comparisonOf(await listed(page))).toEqual([]);
    // The sample's previous version is offered beside the sample only.
    expect(await page.getByRole("button", { name: "Vergelijk met begroting 2025 (voorbeeld)" }).count()).toBe(
      0
    );

    const [again] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Vergelijken met…" }).click(),
    ]);
    await again.setFiles(REFERENCE);
    await eventually(async () => expect(comparisonOf(await listed(page))).toEqual(EXPECTED), 20_000);
    expect(await page.getByText(/kies het bestand opnieuw/).count()).toBe(0);
    expect(problems).toEqual([]);
  }
);
