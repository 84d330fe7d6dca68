/**
 * Every text the pane shows, in Dutch (default) and English. `Texts` is one interface and the
 * catalogue a `Record<Lang, Texts>`, so a key missing in either language does not compile.
 * Labels follow Excel's own Dutch wording ('Controleren', 'Instellingen', 'Blad beveiligen opheffen').
 * Finding messages themselves come from src/core/messages (describeFinding).
 */
import type { GatewayErrorCode } from "../core/gateway";
import type { FindingCode, Severity } from "../core/findings/types";
import type { Lang } from "../core/messages";
import type { Direction, TableKind } from "../core/model/types";
import type { CompareErrorCode } from "./engine/compareError";
import type { EnginePhase, ResultPart } from "./engine/types";
import type { ReviewStatus, ReviewWarning } from "../core/review";

export type { Lang };

export interface ErrorText {
  readonly title: string;
  readonly body: string;
}

export interface Texts {
  readonly appTitle: string;
  readonly tabs: { readonly check: string; readonly tables: string; readonly settings: string };

  // Checking
  readonly check: string;
  readonly clearMarks: string;
  readonly marksCleared: string;
  readonly notChecked: string;
  readonly stepReading: (done: number, total: number) => string;
  readonly stepAnalysing: string;
  /** The workbook handed to the engine's thread, in rows. */
  readonly stepSending: (done: number, total: number) => string;
  readonly stepPhase: Readonly<Record<EnginePhase, string>>;
  /** The result coming back from the engine's thread. */
  readonly stepReceiving: (part: ResultPart, done: number, total: number) => string;
  readonly stepMarking: (cells: number) => string;
  readonly stepReview: string;
  readonly stepComparing: (file: string) => string;
  readonly checkDone: (counts: Readonly<Record<Severity, number>>) => string;
  readonly liveRecheckQueued: string;

  // Comparing with another version
  readonly compareWith: string;
  /** The demo's own previous-year sample: "Vergelijk met begroting 2025 (voorbeeld)". */
  readonly compareWithSample: (label: string) => string;
  readonly compareFileLabel: string;
  readonly comparedWith: (name: string, date: string) => string;
  /** The review remembers a reference, but its file was not chosen in this session. */
  readonly compareChooseAgain: (name: string, date: string) => string;
  readonly stopComparing: string;
  readonly compareErrors: Readonly<Record<CompareErrorCode, (file: string) => ErrorText>>;

  // Summary
  readonly summaryHeading: string;
  readonly severityName: Readonly<Record<Severity, string>>;
  readonly severityCount: Readonly<Record<Severity, (n: number) => string>>;
  readonly indicatorsChecked: (n: number) => string;
  readonly normsMet: (n: number) => string;
  readonly normsBreached: (n: number) => string;

  // Findings
  readonly findingsHeading: string;
  readonly groupBy: string;
  readonly groupByIndicator: string;
  readonly groupByResult: string;
  readonly groupByProgramme: string;
  /** The programme picker of a workbook with several programmes. */
  readonly programmePicker: string;
  readonly allProgrammes: (n: number) => string;
  readonly perProgrammeHeading: string;
  readonly groupOther: string;
  readonly groupUnlinked: string;
  readonly noFindings: string;
  readonly noMatches: string;
  readonly noCell: string;
  readonly changedSinceReview: string;

  // Stepping through findings
  readonly previous: string;
  readonly next: string;
  readonly position: (index: number | null, total: number) => string;
  readonly currentHeading: string;
  readonly backToList: string;
  /** The link from a finding to its section of the finding catalogue (support.html). */
  readonly whatDoesThisMean: string;

  // Review
  readonly reviewStatus: Readonly<Record<ReviewStatus, string>>;
  readonly reviewActions: string;
  readonly reason: string;
  readonly reasonHint: string;
  readonly reasonRequired: string;
  readonly note: string;
  readonly reviewer: string;
  readonly reviewedBy: (who: string | null, at: string) => string;
  readonly reviewProgress: (reviewed: number, total: number) => string;
  readonly reviewProgressLabel: string;
  readonly reviewSaved: (status: string) => string;
  readonly reviewReadOnly: string;
  readonly resolvedHeading: (n: number) => string;
  readonly resolvedOn: (at: string) => string;
  readonly reviewWarning: Readonly<Record<ReviewWarning, string>>;

  // Filters
  readonly filtersHeading: string;
  readonly filterSeverity: string;
  readonly filterCode: string;
  readonly filterReview: string;
  readonly filterChanged: string;
  /** The filter on where a finding comes from: the check itself or the comparison ('Vergelijking'). */
  readonly filterOrigin: string;
  readonly originName: Readonly<Record<FindingOrigin, string>>;
  readonly filterAll: string;
  readonly clearFilters: string;
  readonly shownOf: (shown: number, total: number) => string;
  /** Renders the next page of a long findings list; `left` are not rendered yet. */
  readonly showMore: (left: number) => string;
  readonly showEarlier: (left: number) => string;
  readonly buildingList: (findings: number) => string;
  readonly updatingList: string;
  readonly codeName: Readonly<Record<FindingCode, string>>;

  // Tables and export
  readonly exportHeading: string;
  readonly exportNeedsCheck: string;
  readonly harmonise: string;
  readonly markChangedTargets: (against: string) => string;
  readonly statusColumn: string;
  readonly insertTables: string;
  readonly insertedAs: (sheet: string) => string;
  readonly insertFindings: string;
  readonly findingsInsertedAs: (sheet: string) => string;
  readonly layoutSheetName: string;
  readonly downloadDocx: string;
  readonly downloadHtml: string;
  readonly downloaded: (file: string) => string;
  readonly copyHtml: string;
  readonly copied: string;
  readonly copyFallbackTitle: string;
  readonly copyFallbackLabel: string;
  readonly copyTooLarge: string;
  readonly close: string;
  readonly working: string;

  // Settings
  readonly tablesHeading: string;
  readonly noTables: string;
  readonly tableKind: Readonly<Record<TableKind, string>>;
  readonly manual: string;
  readonly useSelectionAs: Readonly<Record<TableKind, string>>;
  readonly overrideSet: (kind: string, place: string) => string;
  readonly resetOverride: (kind: string) => string;
  readonly indicatorsHeading: string;
  readonly indicatorsNeedCheck: string;
  /** The label of the filter over the indicators' settings. */
  readonly findIndicator: string;
  /** How many indicators the filter finds, of all. */
  readonly indicatorsFound: (found: number, total: number) => string;
  readonly noIndicatorFound: string;
  readonly direction: string;
  readonly directionAuto: (current: string) => string;
  readonly directionName: Readonly<Record<Direction, string>>;
  readonly normOverride: string;
  readonly normPlaceholder: string;
  readonly normParsed: (norm: string) => string;
  readonly normUnreadable: string;
  readonly normCurrent: (norm: string) => string;
  readonly normNone: string;
  readonly optionsHeading: string;
  readonly showMet: string;
  readonly liveRecheck: string;
  readonly liveRecheckUnavailable: string;
  readonly language: string;
  readonly languageName: Readonly<Record<Lang, string>>;
  readonly storedWhere: string;
  readonly storageUnavailable: string;

  // Errors
  readonly errors: Readonly<Record<GatewayErrorCode | "unexpected", (detail: ErrorDetail) => ErrorText>>;
  readonly dismiss: string;
  readonly notesUnavailable: Readonly<Record<"comments" | "none", string>>;
  /** Sheets whose merged cells Excel would not give: read as unmerged, and what that means. */
  readonly mergesSkipped: (sheets: readonly string[]) => string;
  readonly formatsUnread: (sheets: readonly string[]) => string;

  // Diagnosis (Instellingen › Diagnose)
  readonly diagnosis: DiagnosisTexts;
}

/** The settings' diagnosis section, and the labels of the text it copies. */
export interface DiagnosisTexts {
  readonly heading: string;
  readonly intro: string;
  readonly copy: string;
  readonly copied: string;
  readonly fallbackTitle: string;
  readonly fallbackLabel: string;
  readonly report: {
    readonly title: string;
    readonly made: string;
    readonly addIn: string;
    readonly office: string;
    readonly excelApi: string;
    readonly none: string;
    readonly displayLanguage: string;
    readonly paneLanguage: string;
    readonly lastCheck: string;
    readonly noCheck: string;
    readonly ok: string;
    readonly failed: string;
    readonly steps: string;
    readonly operations: string;
    readonly syncs: (n: number) => string;
    readonly errors: string;
  };
}

/** Where a finding comes from: the check of this workbook, or the comparison with another version. */
export type FindingOrigin = "check" | "comparison";

export interface ErrorDetail {
  readonly sheet: string | null;
  readonly message: string;
}

/** "blad 'A'", "de bladen 'A' en 'B'", "de bladen 'A', 'B' en 'C'". */
function sheetList(sheets: readonly string[], one: string, many: string, and: string): string {
  const quoted = sheets.map((s) => `'${s}'`);
  if (quoted.length === 1) return `${one} ${quoted[0]}`;
  return `${many} ${quoted.slice(0, -1).join(", ")} ${and} ${quoted.at(-1)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Large counts with digit grouping, for progress: "12.000 van 58.000". */
const GROUPED = {
  nl: new Intl.NumberFormat("nl-NL", { useGrouping: true }),
  en: new Intl.NumberFormat("en-GB", { useGrouping: true }),
};
const nl0 = (n: number) => GROUPED.nl.format(n);
const en0 = (n: number) => GROUPED.en.format(n);

/**
 * The names of the comparison's finding codes, spread into `codeName`: a code the findings know
 * and these do not leaves `codeName` incomplete, which does not compile.
 */
const COMPARE_CODE_NAMES = {
  nl: {
    "compare/value-differs": "Waarde wijkt af van andere versie",
    "compare/target-changed": "Streefwaarde gewijzigd",
    "compare/norm-changed": "Norm gewijzigd",
    "compare/indicator-removed": "Indicator vervallen",
    "compare/indicator-added": "Nieuwe indicator",
    "compare/approximate-pair": "Bijna gelijke naam in andere versie",
  },
  en: {
    "compare/value-differs": "Value differs from other version",
    "compare/target-changed": "Target changed",
    "compare/norm-changed": "Norm changed",
    "compare/indicator-removed": "Indicator removed",
    "compare/indicator-added": "Indicator added",
    "compare/approximate-pair": "Nearly equal name in other version",
  },
} as const;

const nl: Texts = {
  appTitle: "Indicator Check",
  tabs: { check: "Controle", tables: "Tabellen", settings: "Instellingen" },

  check: "Controleren",
  clearMarks: "Markeringen wissen",
  marksCleared: "Markeringen gewist.",
  notChecked: "Klik op Controleren om de indicatortabellen van deze werkmap te controleren.",
  stepReading: (done, total) => (total > 0 ? `Werkmap lezen… blad ${done} van ${total}` : "Werkmap lezen…"),
  stepAnalysing: "Tabellen controleren…",
  stepSending: (done, total) => `Werkmap doorgeven… rij ${nl0(done)} van ${nl0(total)}`,
  stepPhase: {
    detect: "Tabellen zoeken…",
    parse: "Waarden lezen…",
    validate: "Normen en relaties controleren…",
    marks: "Markeringen bepalen…",
  },
  stepReceiving: (part, done, total) =>
    `${{ findings: "Bevindingen", indicators: "Indicatoren", results: "Resultaten", marks: "Markeringen" }[part]} ophalen… ${nl0(done)} van ${nl0(total)}`,
  stepMarking: (cells) => `Markeringen plaatsen… ${nl0(cells)} ${cells === 1 ? "cel" : "cellen"}`,
  stepReview: "Beoordeling bijwerken…",
  stepComparing: (file) => `Vergelijken met ${file}…`,
  checkDone: (c) =>
    `Controle klaar: ${plural(c.error, "fout", "fouten")}, ${plural(c.warning, "waarschuwing", "waarschuwingen")}, ${plural(c.info, "melding", "meldingen")}.`,
  liveRecheckQueued: "Werkmap gewijzigd; opnieuw controleren…",

  compareWith: "Vergelijken met…",
  compareWithSample: (label) => `Vergelijk met ${label} (voorbeeld)`,
  compareFileLabel: "Versie om mee te vergelijken (.xlsx)",
  comparedWith: (name, date) => `Vergeleken met ${name} (${date})`,
  compareChooseAgain: (name, date) =>
    `Vergeleken met ${name} (${date}) — kies het bestand opnieuw om weer te vergelijken`,
  stopComparing: "Stoppen met vergelijken",
  compareErrors: {
    "not-xlsx": (file) => ({
      title: `${file} is geen Excel-werkmap`,
      body: "Kies een .xlsx-bestand om mee te vergelijken; sla een .xls of .xlsb eerst op als .xlsx.",
    }),
    encrypted: (file) => ({
      title: `${file} is met een wachtwoord beveiligd`,
      body: "Sla de werkmap in Excel op zonder wachtwoord en kies hem opnieuw.",
    }),
    empty: (file) => ({
      title: `${file} is leeg`,
      body: "Het bestand bevat geen werkbladen. Kies de begroting of de jaarstukken om mee te vergelijken.",
    }),
    unreadable: (file) => ({
      title: `${file} kan niet worden gelezen`,
      body: "Het bestand is beschadigd of onvolledig. Open het in Excel, sla het opnieuw op en kies het nog eens.",
    }),
    "no-indicators": (file) => ({
      title: `Geen indicatortabel in ${file}`,
      body: "Deze werkmap heeft geen tabel met indicatoren om mee te vergelijken. Kies de begroting of de jaarstukken met de indicatortabel.",
    }),
  },

  summaryHeading: "Samenvatting",
  severityName: { error: "Fout", warning: "Waarschuwing", info: "Melding" },
  severityCount: {
    error: (n) => plural(n, "fout", "fouten"),
    warning: (n) => plural(n, "waarschuwing", "waarschuwingen"),
    info: (n) => plural(n, "melding", "meldingen"),
  },
  indicatorsChecked: (n) => `${plural(n, "indicator", "indicatoren")} gecontroleerd`,
  normsMet: (n) => `${n} ${n === 1 ? "waarde haalt" : "waarden halen"} de norm of streefwaarde`,
  normsBreached: (n) => `${n} ${n === 1 ? "waarde haalt" : "waarden halen"} die niet`,

  findingsHeading: "Bevindingen",
  groupBy: "Groeperen op",
  groupByIndicator: "Indicator",
  groupByResult: "Resultaat",
  groupByProgramme: "Programma",
  programmePicker: "Programma",
  allProgrammes: (n) => `Alle programma's (${n})`,
  perProgrammeHeading: "Per programma",
  groupOther: "Tabellen en relaties",
  groupUnlinked: "Niet gekoppeld aan een resultaat",
  noFindings: "Geen bevindingen: de tabellen zijn in orde.",
  noMatches: "Geen bevindingen die aan de filters voldoen.",
  noCell: "geen cel",
  changedSinceReview: "gewijzigd sinds beoordeling",

  previous: "Vorige",
  next: "Volgende",
  position: (i, n) => `${i ?? "–"} van ${n}`,
  currentHeading: "Geselecteerde bevinding",
  backToList: "Alle bevindingen",
  whatDoesThisMean: "Wat betekent dit?",

  reviewStatus: { open: "Open", akkoord: "Akkoord", "te-corrigeren": "Te corrigeren" },
  reviewActions: "Beoordeling",
  reason: "Reden",
  reasonHint: "Verplicht voor Akkoord, bijvoorbeeld: norm geldt niet voor 2024, zie raadsbesluit.",
  reasonRequired: "Geef een reden op waarom deze bevinding akkoord is.",
  note: "Notitie (optioneel)",
  reviewer: "Naam beoordelaar",
  reviewedBy: (who, at) => (who ? `Beoordeeld door ${who} op ${at}` : `Beoordeeld op ${at}`),
  reviewProgress: (r, t) => `${r} van ${t} beoordeeld`,
  reviewProgressLabel: "Voortgang beoordeling",
  reviewSaved: (status) => `Beoordeling opgeslagen: ${status}.`,
  reviewReadOnly:
    "De beoordeling in deze werkmap is gemaakt met een nieuwere versie van Indicator Check; deze versie wijzigt hem niet.",
  resolvedHeading: (n) => `Opgelost (${n})`,
  resolvedOn: (at) => `opgelost op ${at}`,
  reviewWarning: {
    unreadable: "De opgeslagen beoordeling in deze werkmap was onleesbaar; de beoordeling begint opnieuw.",
    "partly-unreadable":
      "Een deel van de opgeslagen beoordeling was onleesbaar en is weggelaten; controleer de beoordelingen.",
    "newer-version":
      "De beoordeling in deze werkmap is gemaakt met een nieuwere versie van Indicator Check. Werk de invoegtoepassing bij om hem te wijzigen; deze versie overschrijft hem niet.",
  },

  filtersHeading: "Filters",
  filterSeverity: "Ernst",
  filterCode: "Soort",
  filterReview: "Beoordeling",
  filterChanged: "Gewijzigd sinds beoordeling",
  filterOrigin: "Herkomst",
  originName: { check: "Controle", comparison: "Vergelijking" },
  filterAll: "Alle",
  clearFilters: "Filters wissen",
  shownOf: (s, t) => `${s} van ${t} getoond`,
  showMore: (left) => `Toon meer (nog ${nl0(left)})`,
  showEarlier: (left) => `Toon eerdere (nog ${nl0(left)})`,
  buildingList: (n) => `Lijst van ${nl0(n)} bevindingen opbouwen…`,
  updatingList: "Lijst bijwerken…",
  codeName: {
    "value/unparseable": "Onleesbare waarde",
    "value/missing": "Ontbrekende waarde",
    "value/undefined-marker": "Teken zonder uitleg",
    "value/mixed-notation": "Wisselende notatie",
    "norm/breach": "Norm niet gehaald",
    "norm/unit-mismatch": "Andere eenheid dan de norm",
    "target/missed": "Streefwaarde niet gehaald",
    "target/missing": "Streefwaarde ontbreekt",
    "mapping/unknown-indicator": "Onbekende indicator in relatietabel",
    "mapping/approximate-match": "Bijna gelijke naam",
    "mapping/result-without-indicator": "Resultaat zonder indicator",
    "mapping/unmapped-indicator": "Indicator zonder resultaat",
    "indicator/duplicate": "Dubbele indicator",
    "explanation/missing-for-breach": "Toelichting ontbreekt",
    "explanation/unknown-indicator": "Toelichting bij onbekende indicator",
    "explanation/other-programme": "Toelichting uit ander programma",
    "table/not-found": "Tabel niet gevonden",
    "table/columns-inferred": "Kolommen op inhoud herkend",
    ...COMPARE_CODE_NAMES.nl,
  },

  exportHeading: "Begrotingstabellen",
  exportNeedsCheck: "Controleer eerst de werkmap; de tabellen worden uit de controle opgebouwd.",
  harmonise: "Notatie gelijktrekken",
  markChangedTargets: (against) =>
    `Gewijzigde streefwaarden met een voetnoot markeren (ten opzichte van ${against})`,
  statusColumn: "Statuskolom toevoegen",
  insertTables: "Tabellen invoegen",
  insertedAs: (sheet) => `Tabellen ingevoegd op blad '${sheet}'.`,
  insertFindings: "Bevindingen naar nieuw blad",
  findingsInsertedAs: (sheet) => `Bevindingen ingevoegd op blad '${sheet}'.`,
  layoutSheetName: "Begrotingstabellen",
  downloadDocx: "Download .docx",
  downloadHtml: "Download .html",
  downloaded: (file) => `${file} gedownload.`,
  copyHtml: "Kopieer HTML",
  copied: "HTML gekopieerd: plak het in Word of in het CMS.",
  copyFallbackTitle: "Kopiëren is hier niet toegestaan. Kopieer met Ctrl+C.",
  copyFallbackLabel: "HTML van de tabellen",
  copyTooLarge:
    "Kopiëren is hier niet toegestaan, en de tabellen zijn te groot om hier te tonen. Download ze als .html.",
  close: "Sluiten",
  working: "Bezig…",

  tablesHeading: "Gevonden tabellen",
  noTables: "Nog geen tabellen gevonden: klik op Controleren.",
  tableKind: { indicators: "Indicatortabel", mapping: "Relatietabel", explanations: "Toelichting" },
  manual: "handmatig",
  useSelectionAs: {
    indicators: "Gebruik selectie als indicatortabel",
    mapping: "Gebruik selectie als relatietabel",
    explanations: "Gebruik selectie als toelichting",
  },
  overrideSet: (kind, place) => `${kind}: ${place} (handmatig gekozen).`,
  resetOverride: (kind) => `Automatisch herkennen: ${kind}`,
  indicatorsHeading: "Indicatoren",
  indicatorsNeedCheck: "Na de controle kunt u hier per indicator de richting en de norm aanpassen.",
  findIndicator: "Zoek indicator",
  indicatorsFound: (found, total) =>
    `${nl0(found)} van ${nl0(total)} ${total === 1 ? "indicator" : "indicatoren"} gevonden`,
  noIndicatorFound: "Geen indicator gevonden met deze naam.",
  direction: "Richting",
  directionAuto: (current) => `Automatisch (${current})`,
  directionName: { higher: "hoger is beter", lower: "lager is beter" },
  normOverride: "Norm",
  normPlaceholder: "bijv. minimaal 80% of maximaal 5 min",
  normParsed: (norm) => `Gelezen als: ${norm}`,
  normUnreadable: "Niet te lezen als norm; de norm uit de werkmap blijft gelden.",
  normCurrent: (norm) => `Nu: ${norm}`,
  normNone: "Nu: geen norm",
  optionsHeading: "Opties",
  showMet: "Gehaalde waarden groen markeren",
  liveRecheck: "Opnieuw controleren bij wijzigingen",
  liveRecheckUnavailable: "Niet beschikbaar in deze omgeving.",
  language: "Taal",
  languageName: { nl: "Nederlands", en: "English" },
  storedWhere: "Deze instellingen worden in deze browser bewaard, niet in de werkmap.",
  storageUnavailable: "Instellingen kunnen hier niet worden bewaard; ze gelden tot u het taakvenster sluit.",

  errors: {
    "api-unsupported": () => ({
      title: "Deze Excel-versie wordt niet ondersteund",
      body: "Deze versie van Excel ondersteunt de functies die Indicator Check nodig heeft niet (ExcelApi 1.9); werk Excel bij of gebruik Excel op het web.",
    }),
    "sheet-protected": (d) => ({
      title: d.sheet ? `Blad '${d.sheet}' is beveiligd` : "Een blad is beveiligd",
      body: "Excel staat geen wijzigingen toe op dit blad. Hef de beveiliging op via Controleren › Blad beveiligen opheffen en probeer het opnieuw.",
    }),
    "not-found": (d) => ({
      title: d.sheet ? `Blad '${d.sheet}' niet gevonden` : "Blad of cel niet gevonden",
      body: "Het blad of de cel bestaat niet meer (hernoemd of verwijderd). Klik op Controleren om opnieuw te controleren.",
    }),
    "too-large": (d) =>
      d.sheet
        ? {
            title: `Blad '${d.sheet}' is te groot om te lezen`,
            body: "Excel kan een rij van dit blad zelfs los niet doorgeven: de cellen bevatten te veel tekst. Kort de lange teksten in of zet ze op een ander blad buiten de werkmap, en probeer het opnieuw.",
          }
        : {
            title: "De werkmap is te groot",
            body: "Excel kan zoveel gegevens niet in één keer doorgeven. Verklein het gebruikte bereik (verwijder lege, opgemaakte rijen en kolommen) en probeer het opnieuw.",
          },
    failed: (d) => ({
      title: "Excel meldde een fout",
      body: `Probeer het opnieuw; lukt het niet, sla de werkmap op en open hem opnieuw. (${d.message})`,
    }),
    unexpected: (d) => ({
      title: "Er ging iets mis",
      body: `Probeer het opnieuw; lukt het niet, sluit het taakvenster en open het opnieuw. (${d.message})`,
    }),
  },
  dismiss: "Sluiten",
  notesUnavailable: {
    comments:
      "Deze Excel-versie kan geen notities bij cellen zetten; de uitleg bij een markering staat in een opmerking.",
    none: "Deze Excel-versie kan geen notities of opmerkingen bij cellen zetten; de uitleg bij een markering staat alleen in dit taakvenster.",
  },
  mergesSkipped: (sheets) =>
    `Excel gaf de samengevoegde cellen van ${sheetList(sheets, "blad", "de bladen", "en")} niet door (meer dan 512 samengevoegde gebieden, ook per rij). Daar is gecontroleerd alsof geen cel samengevoegd is: een kop of naam over samengevoegde cellen kan daardoor gemist zijn. Kijk de bevindingen daar na, of hef het samenvoegen op waar het niet nodig is.`,
  formatsUnread: (sheets) =>
    `Excel kon de regels voor voorwaardelijke opmaak van ${sheetList(sheets, "blad", "de bladen", "en")} niet opsommen (twee regels op hetzelfde bereik, of een dubbele regel). Uw eigen regels daar zijn ongemoeid gelaten, maar markeringen van Indicator Check van een eerdere controle kunnen er nog staan. Verwijder de dubbele regel via Start › Voorwaardelijke opmaak › Regels beheren en kies daarna opnieuw Markeringen wissen.`,
  diagnosis: {
    heading: "Diagnose",
    intro:
      "Gaat er iets mis? Kopieer de diagnose en plak hem in uw melding aan de helpdesk. Hij bevat de versies van de invoegtoepassing en Excel, de laatste foutcodes en de tijden van de laatste controle, nooit de inhoud van cellen.",
    copy: "Diagnose kopiëren",
    copied: "Diagnose gekopieerd: plak hem in uw melding aan de helpdesk.",
    fallbackTitle: "Kopiëren is hier niet toegestaan. Kopieer de diagnose met Ctrl+C.",
    fallbackLabel: "Diagnose",
    report: {
      title: "Indicator Check – diagnose",
      made: "Gemaakt",
      addIn: "Versie invoegtoepassing",
      office: "Office (toepassing, platform, versie)",
      excelApi: "ExcelApi-versies",
      none: "geen",
      displayLanguage: "Weergavetaal Office",
      paneLanguage: "Taal taakvenster",
      lastCheck: "Laatste controle",
      noCheck: "nog niet gecontroleerd",
      ok: "geslaagd",
      failed: "mislukt",
      steps: "Stappen",
      operations: "Excel-bewerkingen",
      syncs: (n) => plural(n, "sync", "syncs"),
      errors: "Laatste fouten",
    },
  },
};

const en: Texts = {
  appTitle: "Indicator Check",
  tabs: { check: "Check", tables: "Tables", settings: "Settings" },

  check: "Check",
  clearMarks: "Clear marks",
  marksCleared: "Marks cleared.",
  notChecked: "Select Check to check the indicator tables of this workbook.",
  stepReading: (done, total) =>
    total > 0 ? `Reading workbook… sheet ${done} of ${total}` : "Reading workbook…",
  stepAnalysing: "Checking tables…",
  stepSending: (done, total) => `Handing over the workbook… row ${en0(done)} of ${en0(total)}`,
  stepPhase: {
    detect: "Finding tables…",
    parse: "Reading values…",
    validate: "Checking norms and relations…",
    marks: "Planning marks…",
  },
  stepReceiving: (part, done, total) =>
    `Receiving ${{ findings: "findings", indicators: "indicators", results: "results", marks: "marks" }[part]}… ${en0(done)} of ${en0(total)}`,
  stepMarking: (cells) => `Placing marks… ${en0(cells)} ${cells === 1 ? "cell" : "cells"}`,
  stepReview: "Updating review…",
  stepComparing: (file) => `Comparing with ${file}…`,
  checkDone: (c) =>
    `Check complete: ${plural(c.error, "error", "errors")}, ${plural(c.warning, "warning", "warnings")}, ${plural(c.info, "note", "notes")}.`,
  liveRecheckQueued: "Workbook changed; checking again…",

  compareWith: "Compare with…",
  compareWithSample: (label) => `Compare with ${label} (sample)`,
  compareFileLabel: "Version to compare with (.xlsx)",
  comparedWith: (name, date) => `Compared with ${name} (${date})`,
  compareChooseAgain: (name, date) =>
    `Compared with ${name} (${date}) — choose the file again to compare again`,
  stopComparing: "Stop comparing",
  compareErrors: {
    "not-xlsx": (file) => ({
      title: `${file} is not an Excel workbook`,
      body: "Choose an .xlsx file to compare with; save an .xls or .xlsb as .xlsx first.",
    }),
    encrypted: (file) => ({
      title: `${file} is password-protected`,
      body: "Save the workbook in Excel without a password and choose it again.",
    }),
    empty: (file) => ({
      title: `${file} is empty`,
      body: "The file has no worksheets. Choose the budget or annual report to compare with.",
    }),
    unreadable: (file) => ({
      title: `${file} cannot be read`,
      body: "The file is damaged or incomplete. Open it in Excel, save it again and choose it once more.",
    }),
    "no-indicators": (file) => ({
      title: `No indicator table in ${file}`,
      body: "This workbook has no table of indicators to compare with. Choose the budget or annual report with the indicator table.",
    }),
  },

  summaryHeading: "Summary",
  severityName: { error: "Error", warning: "Warning", info: "Note" },
  severityCount: {
    error: (n) => plural(n, "error", "errors"),
    warning: (n) => plural(n, "warning", "warnings"),
    info: (n) => plural(n, "note", "notes"),
  },
  indicatorsChecked: (n) => `${plural(n, "indicator", "indicators")} checked`,
  normsMet: (n) => `${n} ${n === 1 ? "value meets" : "values meet"} the norm or target`,
  normsBreached: (n) => `${n} ${n === 1 ? "value does" : "values do"} not`,

  findingsHeading: "Findings",
  groupBy: "Group by",
  groupByIndicator: "Indicator",
  groupByResult: "Result",
  groupByProgramme: "Programme",
  programmePicker: "Programme",
  allProgrammes: (n) => `All programmes (${n})`,
  perProgrammeHeading: "Per programme",
  groupOther: "Tables and relations",
  groupUnlinked: "Not linked to a result",
  noFindings: "No findings: the tables are in order.",
  noMatches: "No findings match the filters.",
  noCell: "no cell",
  changedSinceReview: "changed since review",

  previous: "Previous",
  next: "Next",
  position: (i, n) => `${i ?? "–"} of ${n}`,
  currentHeading: "Selected finding",
  backToList: "All findings",
  whatDoesThisMean: "What does this mean?",

  reviewStatus: { open: "Open", akkoord: "Accepted", "te-corrigeren": "To correct" },
  reviewActions: "Review",
  reason: "Reason",
  reasonHint: "Required to accept, for example: the norm does not apply to 2024, see council decision.",
  reasonRequired: "Give a reason why this finding is acceptable.",
  note: "Note (optional)",
  reviewer: "Reviewer name",
  reviewedBy: (who, at) => (who ? `Reviewed by ${who} on ${at}` : `Reviewed on ${at}`),
  reviewProgress: (r, t) => `${r} of ${t} reviewed`,
  reviewProgressLabel: "Review progress",
  reviewSaved: (status) => `Review saved: ${status}.`,
  reviewReadOnly:
    "The review in this workbook was made by a newer version of Indicator Check; this version does not change it.",
  resolvedHeading: (n) => `Resolved (${n})`,
  resolvedOn: (at) => `resolved on ${at}`,
  reviewWarning: {
    unreadable: "The review stored in this workbook could not be read; the review starts over.",
    "partly-unreadable": "Part of the stored review could not be read and was left out; check the reviews.",
    "newer-version":
      "The review in this workbook was made by a newer version of Indicator Check. Update the add-in to change it; this version does not overwrite it.",
  },

  filtersHeading: "Filters",
  filterSeverity: "Severity",
  filterCode: "Type",
  filterReview: "Review",
  filterChanged: "Changed since review",
  filterOrigin: "Source",
  originName: { check: "Check", comparison: "Comparison" },
  filterAll: "All",
  clearFilters: "Clear filters",
  shownOf: (s, t) => `${s} of ${t} shown`,
  showMore: (left) => `Show more (${en0(left)} left)`,
  showEarlier: (left) => `Show earlier (${en0(left)} more)`,
  buildingList: (n) => `Building the list of ${en0(n)} findings…`,
  updatingList: "Updating the list…",
  codeName: {
    "value/unparseable": "Unreadable value",
    "value/missing": "Missing value",
    "value/undefined-marker": "Unexplained marker",
    "value/mixed-notation": "Mixed notation",
    "norm/breach": "Norm not met",
    "norm/unit-mismatch": "Unit differs from norm",
    "target/missed": "Target not met",
    "target/missing": "Target missing",
    "mapping/unknown-indicator": "Unknown indicator in relation table",
    "mapping/approximate-match": "Nearly equal name",
    "mapping/result-without-indicator": "Result without indicator",
    "mapping/unmapped-indicator": "Indicator without result",
    "indicator/duplicate": "Duplicate indicator",
    "explanation/missing-for-breach": "Explanation missing",
    "explanation/unknown-indicator": "Explanation of unknown indicator",
    "explanation/other-programme": "Explanation from another programme",
    "table/not-found": "Table not found",
    "table/columns-inferred": "Columns recognised by content",
    ...COMPARE_CODE_NAMES.en,
  },

  exportHeading: "Budget tables",
  exportNeedsCheck: "Check the workbook first; the tables are built from the check.",
  harmonise: "Harmonise notation",
  markChangedTargets: (against) => `Mark changed targets with a footnote (against ${against})`,
  statusColumn: "Add status column",
  insertTables: "Insert tables",
  insertedAs: (sheet) => `Tables inserted on sheet '${sheet}'.`,
  insertFindings: "Findings to a new sheet",
  findingsInsertedAs: (sheet) => `Findings inserted on sheet '${sheet}'.`,
  layoutSheetName: "Budget tables",
  downloadDocx: "Download .docx",
  downloadHtml: "Download .html",
  downloaded: (file) => `${file} downloaded.`,
  copyHtml: "Copy HTML",
  copied: "HTML copied: paste it into Word or the CMS.",
  copyFallbackTitle: "Copying is not allowed here. Copy with Ctrl+C.",
  copyFallbackLabel: "HTML of the tables",
  copyTooLarge:
    "Copying is not allowed here, and the tables are too large to show here. Download them as .html.",
  close: "Close",
  working: "Working…",

  tablesHeading: "Tables found",
  noTables: "No tables found yet: select Check.",
  tableKind: { indicators: "Indicator table", mapping: "Relation table", explanations: "Explanations" },
  manual: "manual",
  useSelectionAs: {
    indicators: "Use selection as indicator table",
    mapping: "Use selection as relation table",
    explanations: "Use selection as explanations",
  },
  overrideSet: (kind, place) => `${kind}: ${place} (chosen by hand).`,
  resetOverride: (kind) => `Detect automatically: ${kind}`,
  indicatorsHeading: "Indicators",
  indicatorsNeedCheck: "After a check you can set the direction and the norm of each indicator here.",
  findIndicator: "Find indicator",
  indicatorsFound: (found, total) =>
    `${en0(found)} of ${en0(total)} ${total === 1 ? "indicator" : "indicators"} found`,
  noIndicatorFound: "No indicator found with this name.",
  direction: "Direction",
  directionAuto: (current) => `Automatic (${current})`,
  directionName: { higher: "higher is better", lower: "lower is better" },
  normOverride: "Norm",
  normPlaceholder: "e.g. minimaal 80% or maximaal 5 min",
  normParsed: (norm) => `Read as: ${norm}`,
  normUnreadable: "Not readable as a norm; the workbook's norm still applies.",
  normCurrent: (norm) => `Now: ${norm}`,
  normNone: "Now: no norm",
  optionsHeading: "Options",
  showMet: "Mark values that meet their norm in green",
  liveRecheck: "Check again when the workbook changes",
  liveRecheckUnavailable: "Not available here.",
  language: "Language",
  languageName: { nl: "Nederlands", en: "English" },
  storedWhere: "These settings are kept in this browser, not in the workbook.",
  storageUnavailable: "Settings cannot be kept here; they apply until you close the pane.",

  errors: {
    "api-unsupported": () => ({
      title: "This version of Excel is not supported",
      body: "This version of Excel does not support the features Indicator Check needs (ExcelApi 1.9); update Excel or use Excel on the web.",
    }),
    "sheet-protected": (d) => ({
      title: d.sheet ? `Sheet '${d.sheet}' is protected` : "A sheet is protected",
      body: "Excel does not allow changes on this sheet. Unprotect it via Review › Unprotect Sheet and try again.",
    }),
    "not-found": (d) => ({
      title: d.sheet ? `Sheet '${d.sheet}' not found` : "Sheet or cell not found",
      body: "The sheet or cell no longer exists (renamed or deleted). Select Check to check again.",
    }),
    "too-large": (d) =>
      d.sheet
        ? {
            title: `Sheet '${d.sheet}' is too large to read`,
            body: "Excel cannot pass even a single row of this sheet: its cells hold too much text. Shorten the long texts or move them out of the workbook, and try again.",
          }
        : {
            title: "The workbook is too large",
            body: "Excel cannot pass this much data at once. Reduce the used range (delete empty formatted rows and columns) and try again.",
          },
    failed: (d) => ({
      title: "Excel reported an error",
      body: `Try again; if it keeps failing, save the workbook and open it again. (${d.message})`,
    }),
    unexpected: (d) => ({
      title: "Something went wrong",
      body: `Try again; if it keeps failing, close the pane and open it again. (${d.message})`,
    }),
  },
  dismiss: "Dismiss",
  notesUnavailable: {
    comments:
      "This version of Excel cannot add notes to cells; a mark's explanation is in a comment instead.",
    none: "This version of Excel cannot add notes or comments to cells; a mark's explanation is shown only in this pane.",
  },
  mergesSkipped: (sheets) =>
    `Excel did not pass the merged cells of ${sheetList(sheets, "sheet", "the sheets", "and")} (more than 512 merged areas, even per row). There, no cell was taken as merged, so a header or name across merged cells may have been missed. Review the findings there, or unmerge cells where merging is not needed.`,
  formatsUnread: (sheets) =>
    `Excel could not list the conditional formatting rules of ${sheetList(sheets, "sheet", "the sheets", "and")} (two rules on the same range, or a duplicated rule). Your own rules there were left alone, but Indicator Check's marks from an earlier check may remain. Remove the duplicate rule through Home › Conditional Formatting › Manage Rules, then choose Clear marks again.`,
  diagnosis: {
    heading: "Diagnosis",
    intro:
      "Something wrong? Copy the diagnosis and paste it into your message to support. It holds the versions of the add-in and Excel, the last error codes and the timings of the last check, never the contents of cells.",
    copy: "Copy diagnosis",
    copied: "Diagnosis copied: paste it into your message to support.",
    fallbackTitle: "Copying is not allowed here. Copy the diagnosis with Ctrl+C.",
    fallbackLabel: "Diagnosis",
    report: {
      title: "Indicator Check – diagnosis",
      made: "Made",
      addIn: "Add-in version",
      office: "Office (application, platform, version)",
      excelApi: "ExcelApi versions",
      none: "none",
      displayLanguage: "Office display language",
      paneLanguage: "Pane language",
      lastCheck: "Last check",
      noCheck: "not checked yet",
      ok: "succeeded",
      failed: "failed",
      steps: "Steps",
      operations: "Excel operations",
      syncs: (n) => plural(n, "sync", "syncs"),
      errors: "Last errors",
    },
  },
};

export const TEXTS: Readonly<Record<Lang, Texts>> = { nl, en };

/** "nl-NL", "nl-BE", "nl" → Dutch; anything else → English. */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return /^nl\b/i.test((displayLanguage ?? "").trim()) ? "nl" : "en";
}
