/**
 * Measured figures from tests (times, sizes) without noise in a passing run: each goes to
 * test-output/figures.txt (emptied at the start of each run), with the test file it came from; with INDICATOR_CHECK_FIGURES=1 it is
 * printed as well. Tests assert on behaviour; figures are for reading (benchmarks: npm run bench).
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const FIGURES_FILE = path.resolve(__dirname, "../../test-output/figures.txt");

export function reportFigure(text: string): void {
  const from = path.relative(path.resolve(__dirname, "../.."), expect.getState().testPath ?? "");
  fs.mkdirSync(path.dirname(FIGURES_FILE), { recursive: true });
  fs.appendFileSync(FIGURES_FILE, `${new Date().toISOString()} ${from}\n${text.replace(/\n?$/, "\n")}`);
  if (process.env["INDICATOR_CHECK_FIGURES"] === "1") console.log(text);
}
