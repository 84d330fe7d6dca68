import type { Lang } from "../core/messages";
import type { BaselineComparison } from "../core/report/baseline";
import { STRINGS } from "./strings";
import { printable } from "./textReport";

function countStatuses(c: BaselineComparison) {
  const counts = { new: 0, changed: 0, unchanged: 0, resolved: c.resolved.length };
  for (const status of c.status.values()) counts[status]++;
  return counts;
}

/** The baseline's part of the text report: the counts, then each resolved finding with its place. */
export function renderBaselineText(c: BaselineComparison, lang: Lang): string {
  const s = STRINGS[lang];
  const lines = [s.baselineLine(countStatuses(c))];
  if (c.resolved.length > 0) {
    lines.push(s.resolvedHead(c.resolved.length));
    for (const f of c.resolved) {
      const place = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : "—";
      lines.push(printable(`  ✓ ${place}  ${f.code}  ${f.message}`));
    }
  }
  return lines.join("\n");
}

/** The baseline's part of a JSON report (docs/report-schema.md, "baseline"). */
export function baselineJson(c: BaselineComparison) {
  return {
    counts: countStatuses(c),
    status: Object.fromEntries(c.status),
    resolved: c.resolved,
  };
}
