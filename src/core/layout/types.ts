/**
 * The budget page's tables as plain data, independent of any output format. buildLayout makes it
 * from an Analysis; the HTML, Word and worksheet renderers only draw it. Every text a renderer
 * shows is in here (the fixed headings in the chosen language, the author's texts untouched),
 * so renderers never decide wording.
 */
import type { IndicatorId, ProgrammeId } from "../findings/types";
import type { ObservationKind, ObservationStatus } from "../model/types";

export type LayoutLang = "nl" | "en";

export interface LayoutOptions {
  /** Language of the fixed texts (titles, headers, "Toelichting:", placeholders). Default "nl". */
  readonly lang?: LayoutLang;
  /**
   * The relation table's indicator column.
   * "as-written" (default): the author's reference lines, exactly as in the workbook
   * ("80% terugbellen binnen 1 werkdag;"), as the published page shows them.
   * "resolved": each indicator once, under its name in the indicator table ("% Terugbellen binnen 1 werkdag.").
   */
  readonly references?: "as-written" | "resolved";
  /** Rewrite each indicator row's values in one consistent Dutch notation (see harmoniseRow). Default false. */
  readonly harmonise?: boolean;
  /** Add a status column: the verdict on each row's latest achieved value. Default false. */
  readonly statusColumn?: boolean;
  /** Write "geen prestatie-indicator" in the empty cell of a result without indicator. Default false (empty, as the page has it). */
  readonly markResultsWithoutIndicator?: boolean;
  /** Add a marked placeholder toelichting for a breach or miss that has none. Default true. */
  readonly placeholders?: boolean;
  /** buildLayouts: only this programme of a workbook with several. Default: each programme. */
  readonly programme?: ProgrammeId;
  /**
   * Targets that changed since another document (from a comparison, src/core/compare): each gets a
   * footnote marker, and the table a footnote "Streefwaarde gewijzigd ten opzichte van de begroting
   * 2025.", as budget documents mark them. Default: none.
   */
  readonly changedTargets?: ChangedTargets;
}

export interface ChangedTargets {
  /** What they changed against, as the footnote names it: "begroting 2025". */
  readonly against: string;
  /** Each changed target by its indicator and year. */
  readonly targets: readonly { readonly indicatorId: string; readonly year: number }[];
}

export interface BudgetLayout {
  readonly lang: LayoutLang;
  readonly programme: string | null;
  /** "Begrotingstabellen Dienstverlening": the document's title (HTML <title>, Word properties). */
  readonly title: string;
  /** Null when the workbook has no relation table. */
  readonly relation: RelationTable | null;
  /** Null when the workbook has no indicator table. */
  readonly indicators: IndicatorTable | null;
  readonly explanations: ExplanationSection;
}

// ---------------------------------------------------------------------------------------------
// Relation table: Resultaten | Prestatie-indicator(en)

export interface RelationTable {
  /** "I: Relatie resultaten en prestatie-indicatoren t.a.v. Dienstverlening". */
  readonly title: string;
  readonly columns: readonly [result: string, indicators: string];
  readonly rows: readonly RelationRow[];
}

export interface RelationRow {
  /** The result as the author wrote it. */
  readonly result: string;
  /** One entry per line of the indicator cell (shown as a list). Empty for a result without indicator. */
  readonly lines: readonly RelationLine[];
  /** True when the author linked no indicator to this result (the cell is empty). */
  readonly withoutIndicator: boolean;
  /** "geen prestatie-indicator" when markResultsWithoutIndicator is on; renderers show it subdued. */
  readonly note: string | null;
}

export interface RelationLine {
  readonly text: string;
  readonly indicatorIds: readonly IndicatorId[];
  /** False for a reference the engine could not link to an indicator (shown as written). */
  readonly resolved: boolean;
}

// ---------------------------------------------------------------------------------------------
// Indicator table

export type IndicatorColumn =
  | { readonly role: "name"; readonly text: string }
  | {
      readonly role: "value";
      /** "Behaald 2022"; renderers may break it into label and year. */
      readonly text: string;
      readonly label: string;
      readonly kind: ObservationKind;
      readonly year: number | null;
    }
  | { readonly role: "status"; readonly text: string };

export interface IndicatorTable {
  readonly title: string;
  readonly columns: readonly IndicatorColumn[];
  readonly rows: readonly IndicatorTableRow[];
  /** The legend sentence(s), to go below the table. */
  readonly legend: readonly string[];
}

export type IndicatorTableRow = GroupRow | IndicatorRowLayout;

/** A heading row inside the table ("Burgerzaken") that spans all columns. */
export interface GroupRow {
  readonly type: "group";
  readonly text: string;
}

export interface IndicatorRowLayout {
  readonly type: "indicator";
  readonly indicatorId: IndicatorId;
  readonly name: string;
  /** One per value column, in column order. */
  readonly values: readonly ValueCell[];
  /** Present when the statusColumn option is on. */
  readonly status: StatusMark | null;
}

export interface ValueCell {
  /** What to show: the author's text, or its harmonised form. */
  readonly text: string;
  /** The author's text, always. */
  readonly raw: string;
  readonly status: ObservationStatus | null;
  /** True for a missing-value marker ('-', '*', 'n.b.') or an absent cell. */
  readonly missing: boolean;
  /** True when harmonising changed the author's text. */
  readonly harmonised: boolean;
}

export type StatusLevel = "breach" | "missed" | "met" | "none";

export interface StatusMark {
  readonly level: StatusLevel;
  /** "✗ norm", "! streefwaarde", "✓", or "" when there is nothing to judge. */
  readonly text: string;
  /** The achieved year the verdict is about. */
  readonly year: number | null;
}

// ---------------------------------------------------------------------------------------------
// Toelichting

export interface ExplanationSection {
  /** "Toelichting". */
  readonly title: string;
  /** "Indicator en (eventueel) nadere toelichting:". */
  readonly intro: string;
  readonly entries: readonly ExplanationEntry[];
}

export interface ExplanationEntry {
  /** Null for a toelichting whose indicator is not in the indicator table. */
  readonly indicatorId: IndicatorId | null;
  readonly name: string;
  /** "Toelichting:". */
  readonly label: string;
  /** The author's text, or for a placeholder "[IN TE VULLEN — norm niet gehaald in 2024: 71% tegen ten minste 80%]". */
  readonly text: string;
  readonly isPlaceholder: boolean;
}
