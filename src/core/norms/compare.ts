import type { NormSpec } from "../findings/types";
import type { Comparator, Unit } from "../values/types";

const EPSILON = 1e-9;

/**
 * The amount in the norm's unit, or null when the units cannot be compared (a percent norm
 * against '28 dagen'). A bare figure takes the norm's unit; days and minutes convert.
 */
export function inUnitOf(amount: number, unit: Unit, target: Unit): number | null {
  if (unit === target || unit === "number" || target === "number") return amount;
  if (unit === "days" && target === "minutes") return amount * 1440;
  if (unit === "minutes" && target === "days") return amount / 1440;
  return null;
}

/** Does the value satisfy the comparator? Strict comparators are strict: 43 against '> 43' fails. */
export function satisfies(value: number, op: Comparator, amount: number): boolean {
  switch (op) {
    case "<=":
      return value <= amount + EPSILON;
    case "<":
      return value < amount - EPSILON;
    case ">=":
      return value >= amount - EPSILON;
    case ">":
      return value > amount + EPSILON;
  }
}

export type Verdict = { readonly kind: "met" | "fails" } | { readonly kind: "unit-mismatch" };

const MET: Verdict = Object.freeze({ kind: "met" });
const FAILS: Verdict = Object.freeze({ kind: "fails" });
const UNIT_MISMATCH: Verdict = Object.freeze({ kind: "unit-mismatch" });

export function judge(amount: number, unit: Unit, norm: NormSpec): Verdict {
  const value = inUnitOf(amount, unit, norm.unit);
  if (value === null) return UNIT_MISMATCH;
  return satisfies(value, norm.op, norm.amount) ? MET : FAILS;
}
