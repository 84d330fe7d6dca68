import type { Finding } from "../findings/types";
import type { ChangedTargets } from "../layout/types";

/**
 * The targets a comparison found changed, for the indicator table's footnote ("streefwaarde
 * gewijzigd ten opzichte van de begroting 2025"): raised and lowered alike, as budget documents mark
 * every change. Null when none changed.
 *
 * A module of its own, with nothing but types imported, so the task pane can offer the footnote
 * without loading the compare engine (which runs on the engine's worker).
 */
export function changedTargetsOf(comparison: {
  readonly reference: { readonly name: string; readonly label: string | null };
  readonly findings: readonly Finding[];
}): ChangedTargets | null {
  const targets = comparison.findings.flatMap((f) =>
    f.code === "compare/target-changed" && f.indicatorId !== null && f.year !== null
      ? [{ indicatorId: f.indicatorId, year: f.year }]
      : []
  );
  if (targets.length === 0) return null;
  return { against: comparison.reference.label ?? comparison.reference.name, targets };
}
