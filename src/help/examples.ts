import type { FindingCode } from "../core/findings/types";

/** A small table as a finance employee types it: the first row is the header. */
export type ExampleTable = readonly (readonly string[])[];

/**
 * A cell range before the fix and after it; the same in both languages (the workbooks are Dutch). A
 * breach is not fixed by changing the figure: its "after" shows the explanation beside it (in a
 * budget the toelichting is its own table; one column here keeps the example small).
 */
export interface Example {
  readonly before: ExampleTable;
  readonly after: ExampleTable;
}

const HEAD = ["Indicator", "Behaald 2024", "Beoogd 2026"];
const RELATION = ["Resultaat", "Prestatie-indicator"];

/** One before-and-after example per finding code: a code without one does not compile. */
export const EXAMPLES: { readonly [C in FindingCode]: Example } = {
  "value/unparseable": {
    before: [HEAD, ["Klanttevredenheid", "zie bijlage", "7,5"]],
    after: [HEAD, ["Klanttevredenheid", "7,2", "7,5"]],
  },
  "value/missing": {
    before: [HEAD, ["Wachttijd balie", "-", "Maximaal 5 min"]],
    after: [HEAD, ["Wachttijd balie", "n.b.¹", "Maximaal 5 min"], ["¹ Gemeten vanaf 2025.", "", ""]],
  },
  "value/undefined-marker": {
    before: [HEAD, ["Telefonische bereikbaarheid", "71%*", "80%"]],
    after: [
      HEAD,
      ["Telefonische bereikbaarheid", "71%*", "80%"],
      ["* Meting over het tweede halfjaar.", "", ""],
    ],
  },
  "value/mixed-notation": {
    before: [
      ["Indicator", "2023", "2024"],
      ["Wachttijd telefoon", "2:17", "8 min"],
    ],
    after: [
      ["Indicator", "2023", "2024"],
      ["Wachttijd telefoon", "2 min 17 s", "8 min"],
    ],
  },
  "norm/breach": {
    before: [
      ["Indicator", "Norm", "Behaald 2024"],
      ["Wachttijd balie", "norm: 5 min", "8 min"],
    ],
    after: [
      ["Indicator", "Norm", "Behaald 2024", "Toelichting"],
      ["Wachttijd balie", "norm: 5 min", "8 min", "Personeelstekort; extra formatie vanaf 2025."],
    ],
  },
  "norm/unit-mismatch": {
    before: [
      ["Indicator", "Norm", "Behaald 2024"],
      ["Afhandeling meldingen", "90%", "12 dagen"],
    ],
    after: [
      ["Indicator", "Norm", "Behaald 2024"],
      ["Afhandeling meldingen binnen termijn", "90%", "86%"],
    ],
  },
  "target/missed": {
    before: [HEAD, ["Terugbellen binnen 1 werkdag", "71%", "80%"]],
    after: [
      [...HEAD, "Toelichting"],
      ["Terugbellen binnen 1 werkdag", "71%", "80%", "Nieuw telefoonsysteem sinds maart; het herstel loopt."],
    ],
  },
  "target/missing": {
    before: [HEAD, ["Digitale aanvragen", "64%", ""]],
    after: [HEAD, ["Digitale aanvragen", "64%", "70%"]],
  },
  "mapping/unknown-indicator": {
    before: [RELATION, ["Snelle dienstverlening", "Wachttijd loket"]],
    after: [RELATION, ["Snelle dienstverlening", "Wachttijd balie"]],
  },
  "mapping/approximate-match": {
    before: [RELATION, ["Goed bereikbaar", "Telefonische bereikbaarhied"]],
    after: [RELATION, ["Goed bereikbaar", "Telefonische bereikbaarheid"]],
  },
  "mapping/result-without-indicator": {
    before: [RELATION, ["Inwoners voelen zich gehoord", ""]],
    after: [RELATION, ["Inwoners voelen zich gehoord", "Klanttevredenheid"]],
  },
  "mapping/unmapped-indicator": {
    before: [RELATION, ["Snelle dienstverlening", "Wachttijd balie"]],
    after: [
      RELATION,
      ["Snelle dienstverlening", "Wachttijd balie"],
      ["Snelle dienstverlening", "Digitale aanvragen"],
    ],
  },
  "indicator/duplicate": {
    before: [HEAD, ["Wachttijd balie", "8 min", "5 min"], ["Wachttijd balie", "6 min", "5 min"]],
    after: [
      HEAD,
      ["Wachttijd balie (Stadhuis)", "8 min", "5 min"],
      ["Wachttijd balie (Wijkpost)", "6 min", "5 min"],
    ],
  },
  "explanation/missing-for-breach": {
    before: [
      ["Indicator", "Toelichting"],
      ["Klanttevredenheid", "Boven de streefwaarde."],
    ],
    after: [
      ["Indicator", "Toelichting"],
      ["Klanttevredenheid", "Boven de streefwaarde."],
      ["Wachttijd balie", "Hoger door personeelstekort; extra formatie vanaf 2025."],
    ],
  },
  "explanation/unknown-indicator": {
    before: [
      ["Indicator", "Toelichting"],
      ["Wachttijd loket", "Hoger door personeelstekort."],
    ],
    after: [
      ["Indicator", "Toelichting"],
      ["Wachttijd balie", "Hoger door personeelstekort."],
    ],
  },
  "explanation/other-programme": {
    before: [
      ["Indicator (programma 4.1)", "Toelichting"],
      ["Bezoekers bibliotheek", "Gestegen na verbouwing."],
    ],
    after: [
      ["Indicator (programma 4.2)", "Toelichting"],
      ["Bezoekers bibliotheek", "Gestegen na verbouwing."],
    ],
  },
  "table/not-found": {
    before: [["Wachttijd balie", "8 min", "5 min"]],
    after: [HEAD, ["Wachttijd balie", "8 min", "5 min"]],
  },
  "table/columns-inferred": {
    before: [
      ["", "", ""],
      ["Wachttijd balie", "8 min", "5 min"],
    ],
    after: [HEAD, ["Wachttijd balie", "8 min", "5 min"]],
  },
  // The comparison's examples: this workbook after the fix; the earlier document is the message's.
  "compare/value-differs": {
    before: [HEAD, ["Klanttevredenheid website", "7,0", "7,5"]],
    after: [HEAD, ["Klanttevredenheid website", "7,1", "7,5"]],
  },
  "compare/target-changed": {
    before: [HEAD, ["Wachttijd balie", "8 min", "Maximaal 5 min"]],
    after: [
      HEAD,
      ["Wachttijd balie", "8 min", "Maximaal 5 min ¹"],
      ["¹ Streefwaarde gewijzigd ten opzichte van de begroting 2025.", "", ""],
    ],
  },
  "compare/norm-changed": {
    before: [
      ["Indicator", "Behaald 2024"],
      ["Wachttijd balie norm: 10 min", "8 min"],
    ],
    after: [
      ["Indicator", "Behaald 2024"],
      ["Wachttijd balie norm: 5 min", "8 min"],
    ],
  },
  "compare/indicator-removed": {
    before: [HEAD, ["Klanttevredenheid website", "7,2", "7,5"]],
    after: [
      HEAD,
      ["Klanttevredenheid website", "7,2", "7,5"],
      ["Aantal verstrekte reisdocumenten", "41.976", "43.000"],
    ],
  },
  "compare/indicator-added": {
    before: [HEAD, ["% Terugbellen binnen 2 werkdagen", "80%", "80%"]],
    after: [HEAD, ["% Terugbellen binnen 2 werkdagen ¹", "80%", "80%"], ["¹ Nieuw in 2026.", "", ""]],
  },
  "compare/approximate-pair": {
    before: [HEAD, ["Klanttevredenheid webside", "7,2", "7,5"]],
    after: [HEAD, ["Klanttevredenheid website", "7,2", "7,5"]],
  },
};
