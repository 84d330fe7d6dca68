import type { IndicatorId } from "../findings/types";
import { similarity } from "./similarity";

export interface NamedEntry {
  readonly id: IndicatorId;
  readonly key: string;
  readonly name: string;
}

export interface Closest {
  readonly id: IndicatorId;
  readonly name: string;
  readonly score: number;
}

const MAX_CANDIDATES = 64;

/**
 * Finds the most similar name without comparing against every indicator: candidates share at
 * least one word with the key (ranked by shared words), so a 20,000-indicator workbook stays fast.
 */
export class ClosestNameFinder {
  private readonly byWord = new Map<string, NamedEntry[]>();

  constructor(private readonly entries: readonly NamedEntry[]) {
    for (const e of entries) {
      for (const w of new Set(e.key.split(" "))) {
        const list = this.byWord.get(w);
        if (list) list.push(e);
        else this.byWord.set(w, [e]);
      }
    }
  }

  find(key: string): Closest | null {
    const shared = new Map<NamedEntry, number>();
    // Rare words first; a word shared by most indicators ("indicator", "aantal") says little.
    const words = [...new Set(key.split(" "))]
      .map((w) => this.byWord.get(w) ?? [])
      .sort((a, b) => a.length - b.length);
    for (const list of words) {
      if (shared.size > MAX_CANDIDATES * 16) break;
      for (const e of list) shared.set(e, (shared.get(e) ?? 0) + 1);
    }
    const candidates =
      shared.size > 0
        ? [...shared.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, MAX_CANDIDATES)
            .map(([e]) => e)
        : this.entries.length <= MAX_CANDIDATES * 4
          ? this.entries
          : [];
    let best: Closest | null = null;
    for (const e of candidates) {
      const score = similarity(key, e.key);
      if (!best || score > best.score) best = { id: e.id, name: e.name, score };
    }
    return best;
  }
}
