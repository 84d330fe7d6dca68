import { CANDIDATE_REASONS } from "./candidateReasons";
import { quoteSheetName } from "../address";
import { formatNorm, formatQuantity, notationList, UNIT_NAMES } from "./formatNumber";
import type { MessageCatalogue } from "./catalogue";
import { lowerIsBetter, referencePlace } from "./referencePlace";

const REASON = {
  text: "is geen getal, percentage of tijdsduur",
  "error-value": "is een foutwaarde",
  date: "is een datum waar een getal hoort",
  boolean: "is WAAR/ONWAAR waar een getal hoort",
} as const;

const TABLE = {
  indicators: "indicatortabel",
  mapping: "relatietabel (resultaat ↔ prestatie-indicator)",
  explanations: "toelichting",
} as const;

const WHY_NOT = CANDIDATE_REASONS.nl;

const ASSUMED =
  " Aangenomen is dat hoger beter is: niets in de rij zegt het. Is lager beter, stel dat in bij Instellingen.";

const KIND = {
  name: "naam",
  achieved: "behaald",
  target: "beoogd",
  baseline: "nulmeting",
  norm: "norm",
} as const;

export const nl: MessageCatalogue = {
  "value/unparseable": (f) =>
    `'${f.params.raw}' ${REASON[f.params.reason]}; de waarde kan niet worden beoordeeld.`,
  "value/missing": (f) =>
    f.params.marker
      ? `Geen waarde voor ${f.year ?? "dit jaar"} ('${f.params.marker}').`
      : `Geen waarde voor ${f.year ?? "dit jaar"}.`,
  "value/undefined-marker": (f) =>
    `Het teken '${f.params.marker}' wordt nergens uitgelegd: voeg een legenda of voetnoot toe die zegt wat '${f.params.marker}' betekent.`,
  "value/mixed-notation": (f) =>
    `Deze rij schrijft dezelfde grootheid op verschillende manieren (${notationList(f.params.notations, "nl", f.params.examples)}); afwijkend: ${f.params.cells.join(", ")}.`,
  "norm/breach": (f) =>
    `Norm niet gehaald in ${f.year}: ${formatQuantity(f.params.value, f.params.norm.unit, "nl")} terwijl de norm ${formatNorm(f.params.norm, "nl")} is.` +
    (f.params.directionAssumed ? ASSUMED : ""),
  "norm/unit-mismatch": (f) =>
    `'${f.params.raw}' is ${UNIT_NAMES.nl[f.params.unit]}, de norm ${formatNorm(f.params.norm, "nl")} niet: eenheden verschillen, dus geen oordeel.`,
  "target/missed": (f) =>
    (f.params.sameYear
      ? `Streefwaarde ${f.year} niet gehaald: ${f.params.raw} tegen ${formatNorm(f.params.target, "nl")}.`
      : `${f.year}: ${f.params.raw} haalt de streefwaarde voor ${f.params.targetYear} (${formatNorm(f.params.target, "nl")}) nog niet.`) +
    (f.params.directionAssumed ? ASSUMED : ""),
  "target/missing": (f) => `Geen streefwaarde voor het begrotingsjaar ${f.params.year}.`,
  "mapping/unknown-indicator": (f) =>
    `'${f.params.reference}' is geen bekende prestatie-indicator${f.params.suggestion ? `; bedoelt u '${f.params.suggestion}'?` : "."}`,
  "mapping/approximate-match": (f) =>
    f.params.programme === undefined
      ? `'${f.params.reference}' is gekoppeld aan '${f.params.matched}' (bijna gelijke naam); controleer de schrijfwijze.`
      : `'${f.params.reference}' staat niet in dit programma; gekoppeld aan '${f.params.matched}' uit programma ${f.params.programme}. Controleer of dat de bedoeling is.`,
  "mapping/result-without-indicator": () => `Dit resultaat heeft geen prestatie-indicator.`,
  "mapping/unmapped-indicator": (f) =>
    `'${f.params.name}' hoort bij geen enkel resultaat in de relatietabel.`,
  "indicator/duplicate": (f) =>
    `'${f.params.name}' staat al in ${f.params.firstCell}; een indicator mag maar één keer voorkomen.`,
  "explanation/missing-for-breach": (f) =>
    `${f.params.code === "norm/breach" ? "Norm" : "Streefwaarde"} niet gehaald in ${f.params.year}, maar er is geen toelichting voor '${f.params.name}'.`,
  "explanation/unknown-indicator": (f) =>
    `Toelichting bij '${f.params.name}', maar die indicator staat niet in de indicatortabel${f.params.suggestion ? `; bedoelt u '${f.params.suggestion}'?` : "."}`,
  "explanation/other-programme": (f) =>
    `Toelichting bij '${f.params.name}', een indicator die niet in dit programma staat; gekoppeld aan '${f.params.matched}' uit programma ${f.params.programme}.`,
  "table/not-found": (f) =>
    `Geen ${TABLE[f.params.kind]} gevonden. Zet kopteksten boven de tabel of kies het bereik zelf in Instellingen.` +
    (f.params.candidates?.length
      ? ` Het meest op een kop leken: ${f.params.candidates
          .map((c) => `${quoteSheetName(c.sheet)}!${c.cell} ('${c.header}': ${WHY_NOT[c.reason]})`)
          .join("; ")}.`
      : ""),
  "table/columns-inferred": (f) =>
    `Kolommen herkend aan hun plaats of inhoud, niet aan een kopwoord: ${f.params.columns
      .map((c) => `${c.column} = ${KIND[c.kind]}${c.year === null ? "" : ` ${c.year}`}`)
      .join(", ")}. Klopt dit niet, kies het bereik van de tabel zelf in Instellingen.`,
  "compare/value-differs": (f) =>
    `Behaald ${f.year} is hier ${f.params.raw} (${f.cell}); in ${f.params.reference} ${f.params.referenceRaw} (${referencePlace(f.params, f.sheet)}). Een overgenomen realisatie hoort in beide documenten gelijk te zijn.`,
  "compare/target-changed": (f) =>
    `${f.params.ambition === "lowered" ? "Lagere" : "Hogere"} ambitie: de streefwaarde ${f.year} is hier ${f.params.raw} (${f.cell}); in ${f.params.reference} ${f.params.referenceRaw} (${referencePlace(f.params, f.sheet)}).` +
    (lowerIsBetter(f.params) ? " Bij deze indicator is lager beter." : ""),
  "compare/norm-changed": ({ params: p, sheet }) => {
    const place = referencePlace(p, sheet);
    if (p.norm === null)
      return `Hier staat geen norm meer; in ${p.reference} was die ${formatNorm(p.referenceNorm!, "nl")} (${place}). Is de norm bewust vervallen?`;
    if (p.referenceNorm === null)
      return `De norm ${formatNorm(p.norm, "nl")} is nieuw: ${p.reference} heeft geen norm voor deze indicator (${place}).`;
    return `De norm is hier ${formatNorm(p.norm, "nl")}; in ${p.reference} ${formatNorm(p.referenceNorm, "nl")} (${place}). Een norm verandert zelden: licht de wijziging toe.`;
  },
  "compare/indicator-removed": (f) =>
    `'${f.params.name}' staat in ${f.params.reference} (${referencePlace(f.params, null)}), maar niet in deze werkmap: is de indicator bewust vervallen?`,
  "compare/indicator-added": (f) =>
    `'${f.params.name}' is nieuw: ${f.params.reference} heeft deze indicator niet.`,
  "compare/approximate-pair": (f) =>
    `'${f.params.name}' is vergeleken met '${f.params.referenceName}' in ${f.params.reference} (${referencePlace(f.params, f.sheet)}): de namen lijken op elkaar maar zijn niet gelijk. Controleer of het dezelfde indicator is.`,
};
