/** jest's globalSetup: each run starts test-output/figures.txt afresh (test/support/figures.ts appends to it). */
import * as fs from "node:fs";
import { FIGURES_FILE } from "./figures";

export default function clearFigures(): void {
  fs.rmSync(FIGURES_FILE, { force: true });
}
