import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium; playwright's own browser download cannot work on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const INSTALL_HINT = "install Debian's Chromium to run the browser tests: apt-get install -y chromium";

export const hasBrowser = fs.existsSync(CHROMIUM);
const required = process.env.INDICATOR_CHECK_REQUIRE_BROWSER === "1";

/**
 * `test` when Chromium is there. Without it the tests report as skipped with the install
 * instruction, except in CI (INDICATOR_CHECK_REQUIRE_BROWSER=1), where a missing browser fails.
 */
export const browserTest: jest.It = hasBrowser
  ? test
  : required
    ? (((name: string) =>
        test(name, () => {
          throw new Error(`Chromium not found at ${CHROMIUM}: ${INSTALL_HINT}`);
        })) as unknown as jest.It)
    : (((name: string, fn?: jest.ProvidesCallback, timeout?: number) => {
        test.skip(`${name} (skipped: ${INSTALL_HINT})`, fn, timeout);
      }) as unknown as jest.It);

/** A fresh headless Chromium with the flags this closed network needs. */
export async function launchBrowser(
  options: { viewport?: { width: number; height: number }; locale?: string } = {}
): Promise<BrowserContext> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "indicator-check-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? "nl-NL",
    acceptDownloads: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // Best effort: Chromium may still be writing its profile while the context reports closed.
  context.on("close", () => {
    try {
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A leftover profile in the temp folder is harmless.
    }
  });
  return context;
}
