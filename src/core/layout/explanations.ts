import type { Finding, IndicatorId } from "../findings/types";
import type { Analysis } from "../model/types";
import { safeText } from "./safeText";
import type { LayoutTexts, PlaceholderReason } from "./texts";
import type { ExplanationEntry, ExplanationSection, LayoutOptions } from "./types";

/**
 * The Toelichting: per indicator, in indicator-table order, its name and each toelichting the author
 * wrote. An indicator whose latest achieved value breaches its norm or misses its target without a
 * toelichting (the engine's explanation/missing-for-breach) gets a marked placeholder naming the breach.
 * Indicators with neither are left out, as the page does. Toelichtingen that match no indicator come last.
 */
export function buildExplanations(
  analysis: Analysis,
  texts: LayoutTexts,
  options: LayoutOptions
): ExplanationSection {
  const { programme, findings } = analysis;
  const entries: ExplanationEntry[] = [];
  const missing = new Map<IndicatorId, Extract<Finding, { code: "explanation/missing-for-breach" }>>();
  if (options.placeholders ?? true) {
    for (const f of findings)
      if (f.code === "explanation/missing-for-breach" && f.indicatorId) missing.set(f.indicatorId, f);
  }

  const byIndicator = new Map<IndicatorId, (typeof programme.explanations)[number][]>();
  for (const e of programme.explanations) {
    if (e.indicatorId === null) continue;
    const list = byIndicator.get(e.indicatorId);
    if (list) list.push(e);
    else byIndicator.set(e.indicatorId, [e]);
  }
  // The breach or miss behind each placeholder, found in one pass over the findings.
  const breaches = new Map<string, Finding>();
  for (const f of findings) {
    if (
      (f.code === "norm/breach" || f.code === "target/missed") &&
      f.indicatorId &&
      missing.has(f.indicatorId)
    )
      breaches.set(`${f.indicatorId}|${f.year}|${f.code}`, f);
  }
  const known = new Set(programme.indicators.map((i) => i.id));

  for (const indicator of programme.indicators) {
    const own = byIndicator.get(indicator.id) ?? [];
    for (const e of own)
      entries.push({
        indicatorId: indicator.id,
        name: safeText(indicator.name),
        label: texts.explanationLabel,
        text: safeText(e.text),
        isPlaceholder: false,
      });
    const gap = missing.get(indicator.id);
    if (own.length === 0 && gap) {
      entries.push({
        indicatorId: indicator.id,
        name: safeText(indicator.name),
        label: texts.explanationLabel,
        text: safeText(texts.placeholder(reasonFor(gap, breaches))),
        isPlaceholder: true,
      });
    }
  }
  for (const e of programme.explanations) {
    if (e.indicatorId === null || !known.has(e.indicatorId)) {
      entries.push({
        indicatorId: null,
        name: safeText(e.name),
        label: texts.explanationLabel,
        text: safeText(e.text),
        isPlaceholder: false,
      });
    }
  }
  return { title: texts.explanationsTitle, intro: texts.explanationsIntro, entries };
}

/** The breach or miss behind an explanation/missing-for-breach finding, with the figures to name. */
function reasonFor(
  gap: Extract<Finding, { code: "explanation/missing-for-breach" }>,
  breaches: ReadonlyMap<string, Finding>
): PlaceholderReason {
  const { year, code } = gap.params;
  const f = breaches.get(`${gap.indicatorId}|${year}|${code}`);
  if (f) {
    if (f.code === "norm/breach")
      return { code: "norm/breach", year, raw: f.params.raw, norm: f.params.norm };
    if (f.code === "target/missed") {
      return {
        code: "target/missed",
        year,
        raw: f.params.raw,
        target: f.params.target,
        targetYear: f.params.targetYear,
        sameYear: f.params.sameYear,
      };
    }
  }
  return { code: "unknown", year, breach: code };
}
