import type { Direction } from "../model/types";
import type { Comparator } from "../values/types";

/** Wording that means lower is better. */
const LOWER_IS_BETTER =
  /wachttijd|doorlooptijd|uitval|klacht|letsel|ongeval|achterstand|verzuim|schade|overlast|incident|afwijzing|storing|bezwaar|waiting time|lead time|complaint|accident|backlog/i;

export function directionFromWording(name: string): Direction | null {
  return LOWER_IS_BETTER.test(name) ? "lower" : null;
}

export function directionFromComparator(op: Comparator): Direction {
  return op === "<" || op === "<=" ? "lower" : "higher";
}

/** The comparator a plain figure gets from the indicator's direction: 8 → ≥ 8; 5 min for a wachttijd → ≤ 5. */
export function impliedComparator(direction: Direction): Comparator {
  return direction === "lower" ? "<=" : ">=";
}
