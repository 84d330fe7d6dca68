/** The corpus ratchet: per fixture, the number of expectations the engine has met. It only goes up. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const RATCHET_FILE = join(__dirname, "ratchet.json");

export interface Ratchet {
  readonly fixtures: Readonly<Record<string, number>>;
}

export function readRatchet(): Ratchet {
  try {
    return JSON.parse(readFileSync(RATCHET_FILE, "utf8")) as Ratchet;
  } catch {
    return { fixtures: {} };
  }
}

/** Raises each fixture's count to the new score where higher; never lowers one. */
export function raiseRatchet(scores: Readonly<Record<string, number>>): boolean {
  const old = readRatchet().fixtures;
  const next: Record<string, number> = { ...old };
  let changed = false;
  for (const [id, passed] of Object.entries(scores)) {
    if (old[id] === undefined || passed > old[id]!) {
      next[id] = passed;
      changed = true;
    }
  }
  if (changed) {
    const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(RATCHET_FILE, `${JSON.stringify({ fixtures: sorted }, null, 2)}\n`);
  }
  return changed;
}
