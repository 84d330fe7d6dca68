/**
 * What a header cell says, in Dutch or English: the name column, a year column (achieved,
 * target, baseline, standing norm), a result column, an explanation column, a column with each
 * row's own year, or an attribute. Spacing and punctuation never decide: "Prestatie-indicator(en)",
 * "Prestatie indicatoren:" and "prestatie–indicator" are one header.
 */
import type { ObservationKind } from "../model/types";
import { headerWords } from "./headerWords";

export type HeaderRole =
  | { readonly role: "name" }
  | { readonly role: "name-part" }
  | { readonly role: "result" }
  | { readonly role: "explanation" }
  /** `inferred`: the kind is a guess (a bare year, or a year with words that name no kind). */
  | {
      readonly role: "value";
      readonly kind: ObservationKind;
      readonly year: number | null;
      readonly inferred?: boolean;
    }
  /** A kind word waiting for its year in the header row below ("Behaald" over "2022 | 2023"). */
  | { readonly role: "value-word"; readonly kind: ObservationKind }
  | { readonly role: "year"; readonly year: number }
  /** The column that gives each row its own year (Peiljaar, Jaar, Peildatum). */
  | { readonly role: "row-year" }
  | { readonly role: "attribute"; readonly attribute: string }
  | { readonly role: "unknown" };

/** Words that head the name column, alone or with a qualifier ("Naam indicator", "Effectindicatoren"). */
const NAME_WORD =
  /^(?:\p{L}*indicator(?:en|s)?|indicators?|kengetal(?:len)?|naam|name|omschrijving|product|dienst|producten|diensten|kpi|kpis|prestatie|prestaties|meetpunt|graadmeter|graadmeters)$/u;
/** A cheap first look, before classifying: could this text head a name column at all? */
const NAME_HINT = /indicator|naam|name|kengetal|omschrijving|product|dienst|prestatie|kpi|graadmeter|meetba/i;

export function mayHeadNames(text: string): boolean {
  return NAME_HINT.test(text);
}

/** Header words that only qualify a name header ("Omschrijving indicator", "Prestatie-indicator(en)"). */
const NAME_FILLER = new Set(["en", "van", "de", "het", "indicator", "s", "nadere"]);
const NAME_PART = /^(?:servicenorm|norm(?:omschrijving)? dienstverlening|subindicator)$/;
/** "Doelstelling", "Hoofddoelstelling", "Subdoel", "Beleidsdoelen", "Ambitie", "Resultaat", "Speerpunt"… */
const RESULT_WORD =
  /^(?:hoofd|sub|beleids|programma)?(?:doel|doelen|doelstelling|doelstellingen|resultaat|resultaten|ambitie|ambities|speerpunt|speerpunten|opgave|opgaven|effect|effecten|results?|goals?)$/;
const RESULT_LEAD = new Set([
  "meerjarig",
  "meerjarige",
  "maatschappelijk",
  "maatschappelijke",
  "beoogd",
  "beoogde",
]);
const RESULT_PHRASE = /^wat (?:willen|wilden) we (?:bereiken|bereikt)\b/;

/** A result header: a result word first (or after a qualifier), a few words at most, no year. */
function isResultHeader(text: string, words: readonly string[]): boolean {
  if (RESULT_PHRASE.test(text)) return true;
  if (words.length === 0 || words.length > 4) return false;
  const first = words[0]!;
  if (RESULT_WORD.test(first)) return true;
  return RESULT_LEAD.has(first) && words[1] !== undefined && RESULT_WORD.test(words[1]);
}
const EXPLANATION = /^(?:toelichting|nadere toelichting|explanation|toelichting indicator)$/;
const ROW_YEAR =
  /^(?:\p{L}+ )?(?:jaar|jaartal|peiljaar|meetjaar|peildatum|periode|meetperiode|meetmoment|peilmoment|year)$|^jaar meting$/u;

/** Attribute columns by their first word: never read as observations. */
const ATTRIBUTES: Record<string, string> = {
  nr: "nr",
  nummer: "nr",
  no: "nr",
  bron: "bron",
  bronnen: "bron",
  source: "bron",
  eenheid: "eenheid",
  unit: "eenheid",
  meeteenheid: "eenheid",
  status: "status",
  opmerking: "opmerking",
  opmerkingen: "opmerking",
  meetmethode: "meetmethode",
  frequentie: "frequentie",
  trend: "trend",
  nederland: "nederland",
  landelijk: "nederland",
  landelijke: "nederland",
  nl: "nederland",
  gemiddelde: "nederland",
  gemiddeld: "nederland",
  regio: "regio",
  provincie: "regio",
  benchmark: "benchmark",
  vergelijking: "benchmark",
  taakveld: "taakveld",
  beleidsveld: "beleidsveld",
  type: "type",
  soort: "type",
  toelichting: "toelichting",
  indicatornummer: "nr",
};

/** A comparison group beside the municipality's own figure: "Nederland", "25.000 - 50.000 inwoners". */
const BENCHMARK =
  /\b(?:nederland|landelijk|landelijke|gemeenten|inwoners|provincie|regio|referentiegroep|vergelijk|vergelijking|vergelijkbare|benchmark|g4|g40)\b/;

/** First words (after dropping years) that name a column's kind. Abbreviations end without their dot. */
const KIND_WORDS: Readonly<Record<string, ObservationKind>> = {
  behaald: "achieved",
  behaalde: "achieved",
  realisatie: "achieved",
  realisaties: "achieved",
  real: "achieved",
  gerealiseerd: "achieved",
  werkelijk: "achieved",
  werkelijke: "achieved",
  rekening: "achieved",
  rek: "achieved",
  jaarrekening: "achieved",
  jaarverslag: "achieved",
  verantwoording: "achieved",
  stand: "achieved",
  gemeten: "achieved",
  meting: "achieved",
  laatste: "achieved",
  resultaat: "achieved",
  uitkomst: "achieved",
  score: "achieved",
  waarde: "achieved",
  actual: "achieved",
  achieved: "achieved",
  realised: "achieved",
  realized: "achieved",
  r: "achieved",
  beoogd: "target",
  beoogde: "target",
  begroting: "target",
  begroot: "target",
  begr: "target",
  streefwaarde: "target",
  streefwaarden: "target",
  streefcijfer: "target",
  streefcijfers: "target",
  streef: "target",
  streven: "target",
  raming: "target",
  doel: "target",
  doelstelling: "target",
  doelwaarde: "target",
  ambitie: "target",
  prognose: "target",
  progn: "target",
  verwachting: "target",
  verwacht: "target",
  voorlaatste: "achieved",
  planning: "target",
  gepland: "target",
  norm: "target",
  target: "target",
  planned: "target",
  b: "target",
  s: "target",
  nulmeting: "baseline",
  basismeting: "baseline",
  basis: "baseline",
  basiswaarde: "baseline",
  basisjaar: "baseline",
  uitgangssituatie: "baseline",
  uitgangspositie: "baseline",
  uitgangswaarde: "baseline",
  startwaarde: "baseline",
  beginstand: "baseline",
  referentiewaarde: "baseline",
  baseline: "baseline",
};
/** Words that, with no year, make a standing norm for every year. */
const NORM_WORDS = new Set(["norm", "streefwaarde", "standaard", "servicenorm", "standard", "streefwaarden"]);
/** Yearless kind words that still name one measurement each row (its year from the row or the cell). */
const ROW_VALUE_WORDS = new Set(["laatste", "waarde", "meting", "uitkomst", "score", "stand"]);

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?![\d])/;

export function yearIn(text: string): number | null {
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

/** The quick question detection asks of every row: does this cell head a name or result column? */
export function isNameOrResultHeader(input: string): boolean {
  if (input.length > 60) return false;
  const role = classifyHeader(input).role;
  return role === "name" || role === "result";
}

/** "Meetbaar resultaat", "Meetbare prestaties": the column of what is measured. */
const NAME_PHRASE = /^meetba(?:ar|re) (?:resulta(?:at|ten)|prestaties?|doel(?:en|stellingen?)?)$/;

const NAME_QUALIFIER = /^(?:prestatie|effect|beleids|output|outcome|kern|maatschappelijke|meetbare)$/;

/**
 * "Indicator", "Prestatie-indicator(en)", "Naam indicator", "Indicator (BBV)": a name word, with at most
 * a few qualifiers that name no kind, attribute or explanation.
 */
function isNameHeader(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  let named = false;
  for (const w of words) {
    if (NAME_WORD.test(w)) named = true;
    else if (NAME_FILLER.has(w) || NAME_QUALIFIER.test(w)) continue;
    // "Indicator (BBV)", "Beleidsindicatoren (wettelijk verplicht)": free words only after the name word.
    else if (!named || w in KIND_WORDS || w in ATTRIBUTES) return false;
  }
  return named;
}

/** Digits left once the years and footnote markers ("waarde1", "2023 (1)", "Begroting 2024 2") are taken out. */
function hasOtherFigures(withoutYears: string): boolean {
  return /\d/.test(
    withoutYears.replace(/(?<=\p{L})\d{1,2}\b/gu, "").replace(/(?:^|\s)\(?\d{1,2}\)?\s*$/u, "")
  );
}

const ROLES = new Map<string, HeaderRole>();
const MAX_ROLES = 20_000;

/**
 * Header cell text → its role. `text` may contain line breaks ("Behaald\n2022"). Each distinct text is
 * classified once: detection asks about the same header texts on every sheet and every candidate row.
 */
export function classifyHeader(input: string): HeaderRole {
  let role = ROLES.get(input);
  if (role === undefined) {
    role = Object.freeze(classify(input));
    if (ROLES.size >= MAX_ROLES) ROLES.clear();
    ROLES.set(input, role);
  }
  return role;
}

function classify(input: string): HeaderRole {
  if (input.length > 80) return { role: "unknown" };
  const text = headerWords(input);
  if (text === "") return input.trim() === "#" ? { role: "attribute", attribute: "nr" } : { role: "unknown" };
  if (/^(?:19|20)\d{2}$/.test(text)) return { role: "year", year: Number(text) };
  const compact = /^([rbs]|rek|real|begr)\s?((?:19|20)\d{2})$/.exec(text);
  if (compact)
    return {
      role: "value",
      kind: compact[1] === "r" || compact[1] === "rek" || compact[1] === "real" ? "achieved" : "target",
      year: Number(compact[2]),
    };
  if (NAME_PART.test(text)) return { role: "name-part" };
  if (EXPLANATION.test(text)) return { role: "explanation" };
  if (ROW_YEAR.test(text)) return { role: "row-year" };

  const year = yearIn(text);
  const words = text
    .replace(/(?:19|20)\d{2}/g, " ")
    .replace(/\d+/g, " ")
    .split(" ")
    .filter((w) => w !== "" && w !== "per" && w !== "in" && w !== "t" && w !== "m");
  // A name or result header carries no figure: "Indicator 3" is a body row's name. A name header may
  // carry the table's year ("Meetbaar resultaat 2022").
  const withoutYears = text.replace(/(?:19|20)\d{2}/g, "");
  if (!/\d/.test(withoutYears)) {
    if (year === null && isResultHeader(text, words)) return { role: "result" };
    if (isNameHeader(words) || NAME_PHRASE.test(words.join(" "))) return { role: "name" };
  }
  const first = words[0];
  // A header carries no figure besides its year: "208,1 (2016)" and "2022: 80.652 gasten" are body
  // values. Only a date without a year counts ("Stand per 31-12").
  if (hasOtherFigures(withoutYears) && !(first !== undefined && ROW_VALUE_WORDS.has(first)))
    return { role: "unknown" };
  if (first === undefined) return year !== null ? { role: "year", year } : { role: "unknown" };
  if (words.length <= 5 && BENCHMARK.test(text)) return { role: "attribute", attribute: "benchmark" };
  const attribute = ATTRIBUTES[first];
  if (attribute && !(first === "toelichting" && words.length === 1)) return { role: "attribute", attribute };
  if (words.length > 4) return { role: "unknown" };
  const kind = KIND_WORDS[first];
  if (year !== null) {
    if (kind) return { role: "value", kind, year };
    // "Gemeente 2022", "Heemskerk 2019": a year whose words name no kind.
    return { role: "value", kind: "achieved", year, inferred: true };
  }
  // A yearless kind word with other figures ("Resultaat P1 0", "Doel 3.2") is a body text, except
  // a date without a year ("Stand per 31-12").
  if (words.length <= 2 && NORM_WORDS.has(first)) return { role: "value", kind: "norm", year: null };
  if (kind === "baseline") return { role: "value", kind: "baseline", year: null };
  if (kind && ROW_VALUE_WORDS.has(first)) return { role: "value", kind, year: null };
  // "Data (laatste update)", "Stand laatste meting": a column of each row's latest measurement.
  if (words.some((w) => w === "laatste" || w === "voorlaatste"))
    return { role: "value", kind: "achieved", year: null };
  if (kind && words.length <= 2 && first.length > 1) return { role: "value-word", kind };
  return { role: "unknown" };
}
