/**
 * Opening a large .xlsx in the demo: the stress workbook (20,000 indicators × 8 years, ~1 MB) is
 * picked through "Open .xlsx", read off the page's main thread, and shown with its sheet grid and
 * file name; a check on it then gives findings. The page's long tasks while it opens are printed,
 * as a benchmark (no timed assertion: task lengths depend on the machine and its load). A file
 * that only looks like a workbook still gets the message that says why it cannot be opened.
 */
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { budgetWorkbook } from "../../bench/generate";
import { toXlsxBuffer } from "../../bench/toXlsx";
import { browserTest } from "../support/browser";
import { useDemoSession } from "./support";
import { reportFigure } from "../support/figures";

const INDICATORS = 20_000;
const YEARS = 8;
/** The Long Tasks API's own threshold. */
const LONG_TASK_MS = 50;

interface Task {
  readonly start: number;
  readonly duration: number;
}

const session = useDemoSession();
let stress: Buffer;

beforeAll(async () => {
  stress = Buffer.from(await toXlsxBuffer(budgetWorkbook(1, INDICATORS, YEARS)));
}, 120_000);

async function pick(page: Page, name: string, buffer: Buffer): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open .xlsx" }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: "application/octet-stream", buffer });
}

/** Starts recording the page's long tasks in window.__openTasks. */
const recordLongTasks = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const w = window as unknown as { __openTasks: Task[] };
    w.__openTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__openTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
  });

/** The long tasks since `from`, once the page has had none for `quiet` ms. */
const longTasksSince = (page: Page, from: number, quiet = 500): Promise<Task[]> =>
  page.evaluate(
    ({ since, ms }) =>
      new Promise<Task[]>((resolve) => {
        const w = window as unknown as { __openTasks: Task[] };
        let seen = -1;
        const poll = () => {
          if (w.__openTasks.length === seen) resolve(w.__openTasks.filter((t) => t.start >= since));
          else {
            seen = w.__openTasks.length;
            setTimeout(poll, ms);
          }
        };
        poll();
      }),
    { since: from, ms: quiet }
  );

browserTest(
  "opens the stress workbook off the main thread, shows its grid, checks it, and prints the long tasks of opening",
  async () => {
    const { page, problems } = await session.open();
    const status = page.getByRole("status", { name: "Werkmap openen" });
    await recordLongTasks(page);
    const from = await page.evaluate(() => performance.now());
    const started = Date.now();
    await pick(page, "stress.xlsx", stress);
    await status.waitFor({ timeout: 10_000 });
    await page.getByRole("grid", { name: "P1" }).waitFor({ timeout: 60_000 });
    const openMs = Date.now() - started;
    await page.getByText("stress.xlsx", { exact: true }).waitFor();
    const tasks = await longTasksSince(page, from);

    const longest = Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
    const over = tasks.filter((t) => t.duration >= LONG_TASK_MS).length;
    const total = Math.round(tasks.reduce((sum, t) => sum + t.duration, 0));
    reportFigure(
      `Open .xlsx: stress workbook (${INDICATORS} indicators × ${YEARS} years, ${Math.round(stress.length / 1024)} KB), demo in Chromium:\n` +
        `  grid shown after ${openMs} ms; longest task ${longest} ms, ${over} tasks ≥ ${LONG_TASK_MS} ms, ${total} ms in long tasks\n` +
        tasks
          .map((t) => `  long task of ${Math.round(t.duration)} ms at +${Math.round(t.start - from)} ms\n`)
          .join("")
    );

    // The sheet is all there: its last indicator's row is in the workbook the pane checks.
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    const summary = page.getByRole("region", { name: "Samenvatting" });
    await summary.getByText(/^20000 indicatoren gecontroleerd/).waitFor({ timeout: 60_000 });
    const errors = Number(
      /^(\d+) fouten$/.exec((await summary.getByText(/^\d+ fouten$/).textContent()) ?? "")?.[1]
    );
    expect(errors).toBeGreaterThan(0);
    expect(await status.count()).toBe(0);
    expect(problems).toEqual([]);
  },
  180_000
);

browserTest("says why a text file named .xlsx and a damaged zip cannot be opened", async () => {
  const { page, problems } = await session.open();
  await pick(page, "tekst.xlsx", Buffer.from("Dit is een tekstbestand, geen werkmap.\n"));
  await page.getByText("tekst.xlsx kan niet worden geopend").waitFor();
  await page.getByText("Dit is geen Excel-werkmap (.xlsx). Kies een .xlsx-bestand").waitFor();
  expect(await page.getByRole("grid").count()).toBe(1);
  await page.getByRole("button", { name: "Sluiten" }).click();

  // A zip whose first entry is cut off halfway: it starts like an .xlsx but cannot be unpacked.
  const zip = new JSZip();
  zip.file("xl/workbook.xml", "<workbook/>".repeat(2000));
  const whole = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  await pick(page, "kapot.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
  await page.getByText("kapot.xlsx kan niet worden geopend").waitFor();
  await page.getByText("Dit is geen Excel-werkmap (.xlsx). Kies een .xlsx-bestand").waitFor();
  expect(await page.getByRole("grid").count()).toBe(1);
  expect(problems).toEqual([]);
});
