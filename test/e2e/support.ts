/**
 * The browser demo for end-to-end tests: `npm run demo`'s own script on a free port (stopped by its
 * process id), a fresh page per test, and small waiting helpers (playwright-core has no expect).
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { MARK_STYLES } from "../../src/core/marks";
import { hasBrowser, launchBrowser } from "../support/browser";

export const REPO_ROOT = path.resolve(__dirname, "../..");
export const SAMPLE = path.join(REPO_ROOT, "examples/begroting-2026-dienstverlening.xlsx");
export const OUTPUT_DIR = path.join(REPO_ROOT, "test-output");
/** A cold build of the demo takes ~10 s on two cores; a reused one well under a second. */
export const START_TIMEOUT = 240_000;

export interface RunningDemo {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts scripts/demo.ts on a free port and resolves with the URL it prints. */
export function startDemo(): Promise<RunningDemo> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts", "--port", "0"], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM"); // this pid only
    await exited;
  };
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The demo did not start within ${START_TIMEOUT / 1000} s.\n${stderr}`));
    }, START_TIMEOUT);
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /Indicator Check demo: (http:\/\/\S+)/.exec(stdout)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, stop });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The demo exited with ${code} before serving.\n${stderr}`));
    });
  });
}

/** Polls until `probe` stops throwing; rethrows its last error after `timeout` ms. */
export async function eventually<T>(probe: () => Promise<T> | T, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      return await probe();
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export interface DemoPage {
  readonly page: Page;
  /** Uncaught errors and console errors the page reported. */
  readonly problems: string[];
  /** Requests that left the demo's origin. */
  readonly external: string[];
}

/**
 * A new page on the demo with the sample open and the pane ready. Settings the pane keeps in
 * localStorage (language, options) start empty on every page, so tests do not depend on each other.
 */
export async function openDemo(context: BrowserContext, url: string, query = ""): Promise<DemoPage> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  const external: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(url) && !/^(blob|data):/.test(r.url())) external.push(r.url());
  });
  await page.addInitScript(() => {
    if (sessionStorage.getItem("e2e-fresh")) return;
    sessionStorage.setItem("e2e-fresh", "1");
    localStorage.clear();
  });
  await page.goto(url + query);
  await page.getByRole("grid").waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: /^(Controleren|Check)$/ }).waitFor();
  return { page, problems, external };
}

/** Clicks Controleren and waits for the summary. */
export async function check(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Controleren", exact: true }).click();
  await page.getByRole("region", { name: "Samenvatting" }).waitFor({ timeout: 20_000 });
}

/** The preview's grid of one sheet, after clicking its tab. */
export async function showSheet(page: Page, sheet: string) {
  await page.getByRole("tablist", { name: "Werkbladen" }).getByRole("tab", { name: sheet }).click();
  const grid = page.getByRole("grid", { name: sheet });
  await grid.waitFor();
  return grid;
}

export type MarkCounts = Record<keyof typeof MARK_STYLES, string[]>;

/** The cells of the shown sheet painted in each of Excel's mark presets. */
export async function markedCells(page: Page): Promise<MarkCounts> {
  const presets = Object.fromEntries(
    Object.entries(MARK_STYLES).map(([kind, style]) => [kind, style.fill.toLowerCase()])
  );
  return page.getByRole("grid").evaluate((grid, fills) => {
    const hex = (rgb: string) =>
      "#" +
      (rgb.match(/\d+/g) ?? [])
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, "0"))
        .join("");
    const found: Record<string, string[]> = { error: [], warning: [], met: [] };
    const header = Array.from(grid.querySelectorAll("thead th")).map((th) => th.textContent ?? "");
    for (const td of Array.from(grid.querySelectorAll<HTMLElement>("td[data-row]"))) {
      const fill = hex(getComputedStyle(td).backgroundColor);
      const kind = Object.keys(fills).find((k) => fills[k] === fill);
      const address = `${header[Number(td.dataset["col"])]}${Number(td.dataset["row"]) + 1}`;
      if (kind) found[kind]!.push(address);
    }
    return found;
  }, presets) as Promise<MarkCounts>;
}

export interface DemoSession {
  readonly context: BrowserContext;
  /** Opens the demo in a new page; the page is closed after the test. */
  open(query?: string): Promise<DemoPage>;
}

/**
 * One demo server and one browser for a test file, started in beforeAll (only where Chromium is
 * installed) and stopped in afterAll; each test's page is closed after it.
 */
export function useDemoSession(): DemoSession {
  let demo: RunningDemo | undefined;
  let context: BrowserContext | undefined;
  let current: DemoPage | null = null;
  beforeAll(async () => {
    if (!hasBrowser) return;
    [demo, context] = await Promise.all([
      startDemo(),
      launchBrowser({ viewport: { width: 1280, height: 800 } }),
    ]);
  }, START_TIMEOUT);
  afterAll(async () => {
    await context?.close();
    await demo?.stop();
  });
  afterEach(async () => {
    await current?.page.close();
    current = null;
  });
  return {
    get context() {
      return context!;
    },
    async open(query = "") {
      current = await openDemo(context!, demo!.url, query);
      return current;
    },
  };
}

/** axe-core's serious and critical violations on the page, one line each (none is the goal). */
export async function severeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      ...v,
      // Fluent's focus sentinels (tabster's <i data-tabster-dummy>) are aria-hidden and focusable on purpose:
      // they pass focus on at once. A documented false positive (microsoft/tabster#288), and only that is left out.
      nodes: v.nodes.filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(" | ")}`);
}
