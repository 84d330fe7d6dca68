import type { NormSpec } from "../findings/types";
import { formatNorm } from "../messages/formatNumber";
import type { ObservationKind } from "../model/types";
import type { LayoutLang, StatusLevel } from "./types";

/** What a placeholder toelichting names: the breach or miss the author still has to explain. */
export type PlaceholderReason =
  | { readonly code: "norm/breach"; readonly year: number; readonly raw: string; readonly norm: NormSpec }
  | {
      readonly code: "target/missed";
      readonly year: number;
      readonly raw: string;
      readonly target: NormSpec;
      readonly targetYear: number;
      readonly sameYear: boolean;
    }
  | { readonly code: "unknown"; readonly year: number; readonly breach: "norm/breach" | "target/missed" };

/** The fixed texts of the page. The author's texts are never translated; only these are. */
export interface LayoutTexts {
  readonly documentTitle: (programme: string | null) => string;
  readonly relationTitle: (programme: string | null) => string;
  readonly relationColumns: readonly [string, string];
  readonly indicatorTitle: (programme: string | null) => string;
  readonly nameColumn: string;
  readonly kind: Readonly<Record<ObservationKind, string>>;
  readonly statusColumn: string;
  readonly status: Readonly<Record<StatusLevel, string>>;
  readonly explanationsTitle: string;
  readonly explanationsIntro: string;
  readonly explanationLabel: string;
  readonly withoutIndicator: string;
  readonly placeholder: (reason: PlaceholderReason) => string;
  /** The footnote of a target that changed since another document: "…ten opzichte van de begroting 2025". */
  readonly changedTarget: (against: string) => string;
}

export const LAYOUT_TEXTS: Readonly<Record<LayoutLang, LayoutTexts>> = {
  nl: {
    documentTitle: (p) => (p ? `Begrotingstabellen ${p}` : "Begrotingstabellen"),
    relationTitle: (p) =>
      p
        ? `Relatie resultaten en prestatie-indicatoren t.a.v. ${p}`
        : "Relatie resultaten en prestatie-indicatoren",
    relationColumns: ["Resultaten", "Prestatie-indicator(en)"],
    indicatorTitle: (p) => (p ? `Prestatie-indicatoren ${p}` : "Prestatie-indicatoren"),
    nameColumn: "Prestatie-indicator(en)",
    kind: { achieved: "Behaald", target: "Beoogd", baseline: "Nulmeting", norm: "Norm" },
    statusColumn: "Status",
    status: { breach: "✗ norm", missed: "! streefwaarde", met: "✓", none: "" },
    explanationsTitle: "Toelichting",
    explanationsIntro: "Indicator en (eventueel) nadere toelichting:",
    explanationLabel: "Toelichting:",
    withoutIndicator: "geen prestatie-indicator",
    placeholder: (r) => `[IN TE VULLEN — ${placeholderNl(r)}]`,
    changedTarget: (against) => `Streefwaarde gewijzigd ten opzichte van de ${against}.`,
  },
  en: {
    documentTitle: (p) => (p ? `Budget tables: ${p}` : "Budget tables"),
    relationTitle: (p) =>
      p
        ? `Relationship between results and performance indicators: ${p}`
        : "Relationship between results and performance indicators",
    relationColumns: ["Results", "Performance indicator(s)"],
    indicatorTitle: (p) => (p ? `Performance indicators: ${p}` : "Performance indicators"),
    nameColumn: "Performance indicator(s)",
    kind: { achieved: "Achieved", target: "Target", baseline: "Baseline", norm: "Norm" },
    statusColumn: "Status",
    status: { breach: "✗ norm", missed: "! target", met: "✓", none: "" },
    explanationsTitle: "Explanation",
    explanationsIntro: "Indicator and (where relevant) further explanation:",
    explanationLabel: "Explanation:",
    withoutIndicator: "no performance indicator",
    placeholder: (r) => `[TO BE COMPLETED — ${placeholderEn(r)}]`,
    changedTarget: (against) => `Target changed from the ${against}.`,
  },
};

function placeholderNl(r: PlaceholderReason): string {
  switch (r.code) {
    case "norm/breach":
      return `norm niet gehaald in ${r.year}: ${r.raw} tegen ${formatNorm(r.norm, "nl")}`;
    case "target/missed":
      return r.sameYear
        ? `streefwaarde niet gehaald in ${r.year}: ${r.raw} tegen ${formatNorm(r.target, "nl")}`
        : `streefwaarde ${r.targetYear} (${formatNorm(r.target, "nl")}) in ${r.year} nog niet gehaald: ${r.raw}`;
    case "unknown":
      return `${r.breach === "norm/breach" ? "norm" : "streefwaarde"} niet gehaald in ${r.year}`;
  }
}

function placeholderEn(r: PlaceholderReason): string {
  switch (r.code) {
    case "norm/breach":
      return `norm not met in ${r.year}: ${r.raw} against ${formatNorm(r.norm, "en")}`;
    case "target/missed":
      return r.sameYear
        ? `target not met in ${r.year}: ${r.raw} against ${formatNorm(r.target, "en")}`
        : `${r.year}: ${r.raw} has not yet reached the ${r.targetYear} target (${formatNorm(r.target, "en")})`;
    case "unknown":
      return `${r.breach === "norm/breach" ? "norm" : "target"} not met in ${r.year}`;
  }
}
