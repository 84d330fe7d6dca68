/** Every fixture in test/corpus/fixtures, by file name. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { CorpusFixture } from "./fixture";

export const FIXTURE_DIR = join(__dirname, "fixtures");

export interface NamedFixture {
  readonly id: string;
  readonly fixture: CorpusFixture;
}

export function loadFixtures(only?: readonly string[]): NamedFixture[] {
  const files = readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  return files
    .map((f) => f.replace(/\.ts$/, ""))
    .filter((id) => !only || only.length === 0 || only.some((o) => id.includes(o)))
    .map((id) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(FIXTURE_DIR, id)) as { default: CorpusFixture };
      return { id, fixture: mod.default };
    });
}
