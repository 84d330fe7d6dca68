import type { Notation } from "../values/types";

/**
 * Notations that say the same thing two ways. '8,0' beside '8' is one notation (a grade with or
 * without its decimal); '2:17' beside '8 min', '8,3' beside '8.3' and '75%' beside '0,75' are not.
 */
const FAMILY: Readonly<Record<Notation, string>> = {
  "decimal-comma": "separator:comma",
  "decimal-point": "separator:point",
  integer: "plain",
  "percent-text": "percent",
  "percent-format": "percent",
  clock: "duration:clock",
  "minutes-word": "duration:words",
  "days-word": "duration:days",
};

export interface NotationUse {
  readonly notation: Notation;
  readonly cell: string;
  readonly percent: boolean;
  /** The author's text, quoted as the example of its notation ("6:36", "7 min"). */
  readonly raw: string;
}

/** The minority notation's cells when a row mixes notations of one quantity, else null. */
export function findMixedNotation(
  uses: readonly NotationUse[]
): { notations: string[]; cells: string[]; examples: string[] } | null {
  const groups = new Map<string, NotationUse[]>();
  const add = (key: string, use: NotationUse) => {
    const group = groups.get(key);
    if (group) group.push(use);
    else groups.set(key, [use]);
  };
  const hasPercent = uses.some((u) => u.percent);
  for (const use of uses) {
    const family = FAMILY[use.notation];
    if (family.startsWith("separator") || family.startsWith("duration")) add(family, use);
    if (hasPercent) add(use.percent ? "unit:percent" : "unit:plain", use);
  }
  if (groups.size < 2) return null;
  for (const prefix of ["duration", "separator", "unit"]) {
    const variants = [...groups.entries()].filter(([k]) => k.startsWith(prefix));
    if (variants.length < 2) continue;
    variants.sort((a, b) => a[1].length - b[1].length);
    const minority = variants[0]![1];
    return {
      notations: variants.map(([k]) => k.split(":")[1]!),
      cells: minority.map((u) => u.cell),
      // The row's own texts, so the second wachttijd row quotes 6:36 and 7 min, not the first row's.
      examples: variants.map(([, group]) => group[0]!.raw),
    };
  }
  return null;
}
