import type { Direction } from "../model/types";
import type { Comparator } from "../values/types";

/** Wording of lateness: "Percentage klachten niet tijdig afgehandeld" is lower is better despite "afgehandeld". */
const LATE = /\bniet (?:tijdig|op tijd|binnen)|\bte laat|overschrijding|overschreden/i;

/**
 * Wording of a judgement or a success rate: higher is better, whatever the indicator is about.
 * Satisfaction ("Klanttevredenheid", but not "ontevreden"), a grade ("rapportcijfer", "waardering"),
 * willingness ("Aangiftebereidheid"), the share resolved or handled ("Percentage opgeloste
 * meldingen", "% bezwaren tijdig afgehandeld", "Ophelderingspercentage") and outflow to work
 * ("Uitstroom uit de bijstand").
 */
const HIGHER_IS_BETTER = new RegExp(
  [
    "(?<!on)tevreden",
    "rapportcijfer",
    "waarderingscijfer",
    "waardering",
    "bereidheid",
    "oplossingspercentage",
    "ophelderingspercentage",
    "(?:percentage|aandeel|%).*(?:opgelost|\\btijdig|afgehandeld|beantwoord|binnen de (?:wettelijke |gestelde )?termijn)",
    "(?<!tijdige )uitstroom (?:naar|uit)\\b",
    "(?<!dis)satisfaction",
  ].join("|"),
  "i"
);

/**
 * Wording that means lower is better: waiting and backlogs, complaints and objections, crime and
 * nuisance (the BBV beleidsindicatoren "Winkeldiefstallen", "Geweldsmisdrijven", "Diefstallen uit
 * woning", "Vernielingen en beschadigingen", "Verwijzingen Halt"), school absence and early leavers,
 * unemployment and benefits, vacancy, residual waste and emissions, the municipal housing costs,
 * victims, non-sporters, and a stated decrease ("Afname van het aantal woninginbraken").
 * Matched as stems anywhere in the name: "klacht" finds "Klachten" and "klachtafhandeling".
 */
const LOWER_IS_BETTER = new RegExp(
  [
    // waiting, throughput, backlog
    "wachttijd",
    "wachtlijst",
    "doorlooptijd",
    "achterstand",
    "achterstal",
    "uitval",
    "terugval",
    "achteruitgegaan",
    // a place on a ranking: 1 is best
    "ranglijst",
    "rangnummer",
    "storing",
    // complaints, objections, refusals
    "klacht",
    "bezwaar",
    "afwijzing",
    "ontevreden",
    // safety and crime
    "letsel",
    "ongeval",
    "slachtoffer",
    "verkeersdoden",
    "schade",
    "incident",
    "branden\\b",
    "overlast",
    "onveilig",
    "criminaliteit",
    "misdrij",
    "delict",
    "diefstal",
    "inbra(?:ak|ken)",
    "overval",
    "straatro(?:of|ven)",
    "high impact crime",
    "geweld",
    "mishandeling",
    "vernieling",
    "beschadiging",
    "\\bhalt\\b",
    "harde ?kern",
    "jeugdbescherming",
    "jeugdreclassering",
    // school, work and income
    "verzuim",
    "voortijdig",
    "vroegtijdig",
    "zonder startkwalificatie",
    "\\bvsv",
    "werklo(?:os|ze)",
    "(?<!bijzondere )bijstand",
    "uitkering",
    "in armoede",
    "problematische schulden",
    "laaggeletterd",
    "(?:hoge|zware) belasting",
    "overbelast",
    "niet[- ]?sporter",
    // housing, environment, the municipality's own costs to residents
    "leegsta(?:nd|and)",
    "restafval",
    "zwerfafval",
    "uitstoot(?!vrij)",
    "emissie(?!lo)",
    "(?:energie|gas|stroom|elektriciteits?|water)(?:ver|ge)bruik",
    "woonlasten",
    "lastendruk",
    "schuldquote",
    // a decrease stated as the indicator
    "(?:afname|daling|vermindering|reductie) van het aantal",
    // English
    "waiting time",
    "lead time",
    "complaint",
    "accident",
    "backlog",
    "unemployment",
    "crime",
  ].join("|"),
  "i"
);

/**
 * The direction an indicator's name states, or null when it states none. Three rules, in order:
 * 1. lateness is lower is better ("niet tijdig afgehandeld", "te laat", "termijnoverschrijding");
 * 2. judgement wins over a lower-word: a name with a satisfaction, grade, share-resolved or
 *    outflow word is higher is better even when it also has a lower-word ("Tevredenheid over de
 *    afhandeling van klachten", "Percentage bezwaarschriften tijdig afgehandeld");
 * 3. otherwise a lower-word makes it lower is better ("Geweldsmisdrijven", "Werkloze jongeren",
 *    "Afname van het aantal woninginbraken").
 */
export function directionFromWording(name: string): Direction | null {
  if (LATE.test(name)) return "lower";
  if (HIGHER_IS_BETTER.test(name)) return "higher";
  return LOWER_IS_BETTER.test(name) ? "lower" : null;
}

export function directionFromComparator(op: Comparator): Direction {
  return op === "<" || op === "<=" ? "lower" : "higher";
}

/** The comparator a plain figure gets from the indicator's direction: 8 → ≥ 8; 5 min for a wachttijd → ≤ 5. */
export function impliedComparator(direction: Direction): Comparator {
  return direction === "lower" ? "<=" : ">=";
}
