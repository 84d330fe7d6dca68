import { CANDIDATE_REASONS } from "../core/messages/candidateReasons";
import { quoteSheetName } from "../core/address";
import type { TableCandidate } from "../core/findings/types";
import type { XlsxReadErrorCode } from "../xlsx/errors";
import type { Lang } from "../core/messages";

export interface CliStrings {
  readonly help: string;
  readonly readError: Readonly<Record<XlsxReadErrorCode, (file: string) => string>>;
  readonly noIndicatorTable: (file: string, candidates: readonly TableCandidate[]) => string;
  readonly tableOption: (problem: "form" | "kind" | "range", text: string) => string;
  readonly tableSheet: (sheet: string, sheets: readonly string[]) => string;
  readonly usage: (detail: string) => string;
  readonly sameAsInput: (file: string) => string;
  readonly wrote: (file: string) => string;
  readonly exportType: (file: string) => string;
  readonly writeFailed: (file: string, reason: string) => string;
  readonly summary: (counts: { error: number; warning: number; info: number }) => string;
  readonly checked: (indicators: number, met: number, breached: number) => string;
  readonly totals: (
    programmes: number,
    indicators: number,
    counts: { error: number; warning: number; info: number }
  ) => string;
  readonly unknownProgramme: (given: string, known: readonly string[]) => string;
  readonly other: string;
  readonly noFindings: string;
  /** Before a finding catalogue address (--explain). */
  readonly explain: string;
  readonly badLang: (given: string) => string;
  readonly badYear: (given: string) => string;
  readonly reportType: (file: string) => string;
  readonly onlyNewAlone: string;
  readonly unknownOption: (option: string) => string;
  readonly missingValue: (option: string) => string;
  readonly noValue: (option: string) => string;
  readonly badCommand: string;
  readonly emptyFolder: (folder: string) => string;
  readonly oneFileOnly: (option: string) => string;
  readonly baselineUnreadable: (file: string) => string;
  /** Why --compare's file cannot be used, after "--compare: ". */
  readonly compareType: (file: string) => string;
  readonly compareNotReport: (file: string) => string;
  readonly compareOneFile: string;
  readonly markChangedAlone: string;
  readonly compareLine: (c: {
    name: string;
    label: string | null;
    paired: number;
    approximate: number;
    added: number;
    removed: number;
  }) => string;
  readonly baselineTags: Readonly<Record<"new" | "changed", string>>;
  readonly baselineLine: (c: { new: number; changed: number; unchanged: number; resolved: number }) => string;
  readonly resolvedHead: (n: number) => string;
  readonly tableHeader: readonly [string, string, string, string, string, string];
  readonly tableTotal: (files: number) => string;
}

const WHY_NOT = CANDIDATE_REASONS;

const help = {
  nl: `Indicator Check — controleert de prestatie-indicatoren van een begroting of jaarstukken (.xlsx).

Gebruik:
  indicator-check [opties] [<bestand.xlsx>|<map> …]     (of: npm run check -- …)
  Zonder bestand: de voorbeeldwerkmap. Een map: elke .xlsx erin. Meerdere werkmappen geven per
  werkmap de bevindingen en daarna één overzichtstabel.

Uitvoer:
  --json                   druk precies één JSON-document af (schema: docs/report-schema.md)
  --lang nl|en             taal van het rapport en de meldingen (standaard nl)
  --report <uit.xlsx>      schrijf een werkmap met één rij per bevinding, voor beoordelaars
  --highlight <uit.xlsx>   schrijf een kopie met dezelfde markeringen en notities als de invoegtoepassing
                           (de invoer blijft ongewijzigd); bij meerdere werkmappen: een map
  --show-met               markeer ook gehaalde normen (groen) in --highlight
  --explain                druk per soort bevinding één keer het adres van de uitleg af (support.html
                           van de invoegtoepassing; ADDIN_URL_PROD zegt waar die staat)
  --export <uit.docx|uit.html>
                           schrijf de tabellen van de begrotingspagina (Word of HTML); één werkmap
  Voorbeeld: indicator-check begroting/ --report bevindingen.xlsx --highlight gemarkeerd/

Wat er gecontroleerd wordt:
  --programme <nummer>     alleen dit programma van een werkmap met meerdere (bijv. 4.2)
  --budget-year <jaar>     begrotingsjaar waarvoor een streefwaarde verplicht is (standaard: laatste Beoogd-jaar)
  --table <soort>=<blad>!<bereik>
                           wijs een tabel zelf aan als de controle hem niet vindt; soort: indicatoren,
                           relatie of toelichting; mag vaker
  Voorbeeld: indicator-check begroting.xlsx --programme 4.2 --table "indicatoren='P1 Veiligheid'!A3:F20"

Vergelijken met een andere versie:
  --compare <vorige.xlsx|vorige.json>
                           vergelijk met de vorige begroting, de jaarstukken of een vorig concept (een
                           werkmap, of een rapport van --json): afwijkende realisaties, gewijzigde
                           streefwaarden en normen, vervallen en nieuwe indicatoren; één werkmap
  --mark-changed-targets   zet in --export een voetnoot bij elke gewijzigde streefwaarde ("streefwaarde
                           gewijzigd ten opzichte van de begroting 2025")
  Voorbeeld: indicator-check begroting-2026.xlsx --compare begroting-2025.xlsx

Vergelijken met een vorige controle:
  --baseline <vorige.json> markeer elke bevinding als nieuw, ongewijzigd of gewijzigd en noem wat is opgelost
  --only-new               toon en tel alleen nieuwe bevindingen (met --baseline)
  Voorbeeld: indicator-check begroting/ --json > vorige.json
             indicator-check begroting/ --baseline vorige.json --only-new

Afsluitcode:
  --exit-zero              afsluitcode 0 zodra de invoer gelezen kon worden (voor scripts die alleen de
                           bestanden willen)
  0  geen fouten gevonden (waarschuwingen kunnen er zijn)
  1  één of meer fouten gevonden
  2  de invoer is onbruikbaar (bestand ontbreekt, geen .xlsx, beveiligd met wachtwoord, leeg,
     of zonder indicatortabel) of de opdracht is onjuist
  Bij meerdere werkmappen de hoogste van alle.
  Voorbeeld: indicator-check --export tabellen.docx --exit-zero && open tabellen.docx

  --help                   deze uitleg`,
  en: `Indicator Check — checks the performance indicators of a municipal budget or annual report (.xlsx).

Usage:
  indicator-check [options] [<file.xlsx>|<folder> …]     (or: npm run check -- …)
  Without a file: the sample workbook. A folder: every .xlsx in it. Several workbooks give the
  findings per workbook and then one summary table.

Output:
  --json                   print exactly one JSON document (schema: docs/report-schema.md)
  --lang nl|en             language of the report and messages (default nl)
  --report <out.xlsx>      write a workbook with one row per finding, for reviewers
  --highlight <out.xlsx>   write a copy with the same highlights and notes the add-in makes
                           (the input is never changed); with several workbooks: a folder
  --show-met               also mark met norms (green) in --highlight
  --explain                print once per kind of finding the address of its explanation (the add-in's
                           support.html; ADDIN_URL_PROD says where it is hosted)
  --export <out.docx|out.html>
                           write the budget page's tables (Word or HTML); one workbook
  Example: indicator-check begroting/ --report findings.xlsx --highlight marked/

What is checked:
  --programme <number>     only this programme of a workbook with several (e.g. 4.2)
  --budget-year <year>     budget year that must have a target (default: the latest Beoogd year)
  --table <kind>=<sheet>!<range>
                           point at a table the check does not find; kind: indicators, mapping or
                           explanations; may be repeated
  Example: indicator-check budget.xlsx --programme 4.2 --table "indicators='P1 Veiligheid'!A3:F20"

Comparing with another version:
  --compare <previous.xlsx|previous.json>
                           compare with the previous budget, the annual report or an earlier draft (a
                           workbook, or a report of --json): realisations that differ, changed targets
                           and norms, dropped and new indicators; one workbook
  --mark-changed-targets   footnote each changed target in --export ("streefwaarde gewijzigd ten
                           opzichte van de begroting 2025")
  Example: indicator-check begroting-2026.xlsx --compare begroting-2025.xlsx

Comparing with an earlier check:
  --baseline <last.json>   mark each finding new, unchanged or changed and list what was resolved
  --only-new               print and count only new findings (with --baseline)
  Example: indicator-check begroting/ --json > last.json
           indicator-check begroting/ --baseline last.json --only-new

Exit status:
  --exit-zero              exit 0 whenever the input could be read (for scripts that only want the files)
  0  no errors found (there may be warnings)
  1  one or more errors found
  2  the input cannot be used (missing file, not .xlsx, password-protected, empty, or no
     indicator table) or the command is wrong
  With several workbooks, the highest of all.
  Example: indicator-check --export tables.docx --exit-zero && open tables.docx

  --help                   this text`,
};

export const STRINGS: Readonly<Record<Lang, CliStrings>> = {
  nl: {
    help: help.nl,
    readError: {
      "file-not-found": (f) => `Bestand niet gevonden: ${f}. Controleer het pad.`,
      "not-xlsx": (f) =>
        `${f} is geen Excel-werkmap (.xlsx). Sla het bestand in Excel op als .xlsx en probeer opnieuw.`,
      encrypted: (f) =>
        `${f} is met een wachtwoord beveiligd. Sla een kopie op zonder wachtwoord en controleer die.`,
      empty: (f) => `${f} bevat geen gegevens. Kies de werkmap met de indicatortabel.`,
      unreadable: (f) =>
        `${f} kan niet worden gelezen. Controleer of het bestand bestaat en niet in gebruik is.`,
    },
    noIndicatorTable: (f, candidates) =>
      `Geen indicatortabel gevonden in ${f}.` +
      (candidates.length
        ? `\nDeze rijen leken het meest op een koprij:\n${candidates
            .map(
              (c) =>
                `  ${quoteSheetName(c.sheet)}!${c.cell}  ${c.header}\n    niet genomen: ${WHY_NOT.nl[c.reason]}`
            )
            .join("\n")}`
        : "") +
      `\nZet een koprij boven de tabel met bijvoorbeeld 'Prestatie-indicator' en 'Behaald 2024' / 'Beoogd 2026', ` +
      `of wijs de tabel aan: --table indicatoren=Blad!A3:F20 (in de invoegtoepassing: selecteer de tabel en kies Instellingen › Gebruik selectie als indicatortabel).`,
    tableOption: (problem, text) =>
      problem === "kind"
        ? `--table kent het soort tabel '${text}' niet: gebruik indicatoren, relatie of toelichting`
        : problem === "range"
          ? `--table: '${text}' is geen bereik zoals A3:F20`
          : `--table verwacht soort=Blad!A3:F20, bijvoorbeeld --table indicatoren=Indicatoren!A3:F20, niet '${text}'`,
    tableSheet: (sheet, sheets) =>
      `--table: de werkmap heeft geen blad '${sheet}' (wel: ${sheets.join(", ")})`,
    usage: (d) => `${d}. Zie 'indicator-check --help'.`,
    sameAsInput: (f) => `--highlight zou de invoer ${f} overschrijven; kies een ander uitvoerbestand.`,
    wrote: (f) => `Geschreven: ${f}`,
    exportType: (f) => `--export kent ${f} niet: gebruik een bestandsnaam op .docx of .html.`,
    writeFailed: (f, r) => `Kan ${f} niet schrijven (${r}).`,
    summary: (c) =>
      `${c.error} ${c.error === 1 ? "fout" : "fouten"}, ${c.warning} ${c.warning === 1 ? "waarschuwing" : "waarschuwingen"}, ${c.info} ${c.info === 1 ? "melding" : "meldingen"}`,
    checked: (n, met, breached) =>
      `${n} indicatoren gecontroleerd: ${met} waarden halen hun norm of streefwaarde, ${breached} niet.`,
    totals: (p, n, c) =>
      `Totaal: ${p} programma's, ${n} indicatoren; ${c.error} ${c.error === 1 ? "fout" : "fouten"}, ${c.warning} ${c.warning === 1 ? "waarschuwing" : "waarschuwingen"}, ${c.info} ${c.info === 1 ? "melding" : "meldingen"}`,
    unknownProgramme: (g, k) => `--programme kent '${g}' niet; deze werkmap heeft: ${k.join(", ")}`,
    other: "Tabellen en relaties",
    noFindings: "Geen bevindingen.",
    explain: "Uitleg",
    badLang: (g) => `--lang kent '${g}' niet: kies nl of en`,
    badYear: (g) => `--budget-year verwacht een jaartal, niet '${g}'`,
    reportType: (f) => `--report schrijft een Excel-werkmap: geef een naam op .xlsx, niet '${f}'`,
    onlyNewAlone: "--only-new werkt alleen met --baseline <vorige.json>",
    unknownOption: (o) => `Onbekende optie ${o}`,
    missingValue: (o) => `${o} verwacht een waarde`,
    noValue: (o) => `${o} neemt geen waarde`,
    badCommand: "Onjuiste opdracht",
    emptyFolder: (f) => `De map ${f} bevat geen .xlsx-bestanden.`,
    oneFileOnly: (o) => `${o} schrijft voor één werkmap; controleer de werkmappen één voor één`,
    baselineUnreadable: (f) =>
      `--baseline: ${f} is geen JSON-rapport van Indicator Check (maak het met --json).`,
    compareType: (f) =>
      `--compare: ${f} is geen Excel-werkmap (.xlsx) of JSON-rapport (.json); geef de andere versie als .xlsx of als rapport van --json.`,
    compareNotReport: (f) =>
      `--compare: ${f} is geen JSON-rapport van Indicator Check (maak het met --json).`,
    compareOneFile: "--compare vergelijkt één werkmap met een andere versie; geef één werkmap",
    markChangedAlone:
      "--mark-changed-targets werkt alleen met --compare <vorige.xlsx> en --export <uit.docx|uit.html>",
    compareLine: (c) =>
      `Vergeleken met ${c.name}${c.label ? ` (${c.label})` : ""}: ${c.paired} ${c.paired === 1 ? "indicator" : "indicatoren"} gepaard` +
      `${c.approximate ? ` (${c.approximate} op een bijna gelijke naam)` : ""}, ${c.added} nieuw, ${c.removed} vervallen.`,
    baselineTags: { new: "[nieuw]", changed: "[gewijzigd]" },
    baselineLine: (c) =>
      `Sinds de vorige controle: ${c.new} nieuw, ${c.changed} gewijzigd, ${c.unchanged} ongewijzigd, ${c.resolved} opgelost`,
    resolvedHead: (n) => `Opgelost sinds de vorige controle (${n}):`,
    tableHeader: ["Werkmap", "Indicatoren", "Fouten", "Waarschuwingen", "Meldingen", "Status"],
    tableTotal: (n) => `Totaal (${n} ${n === 1 ? "werkmap" : "werkmappen"})`,
  },
  en: {
    help: help.en,
    readError: {
      "file-not-found": (f) => `File not found: ${f}. Check the path.`,
      "not-xlsx": (f) => `${f} is not an Excel workbook (.xlsx). Save it from Excel as .xlsx and try again.`,
      encrypted: (f) => `${f} is password-protected. Save a copy without a password and check that.`,
      empty: (f) => `${f} holds no data. Choose the workbook with the indicator table.`,
      unreadable: (f) => `${f} cannot be read. Check that it exists and is not in use.`,
    },
    noIndicatorTable: (f, candidates) =>
      `No indicator table found in ${f}.` +
      (candidates.length
        ? `\nThese rows looked most like a header row:\n${candidates
            .map(
              (c) =>
                `  ${quoteSheetName(c.sheet)}!${c.cell}  ${c.header}\n    not taken: ${WHY_NOT.en[c.reason]}`
            )
            .join("\n")}`
        : "") +
      `\nPut a header row above the table with e.g. 'Prestatie-indicator' and 'Behaald 2024' / 'Beoogd 2026', ` +
      `or point at the table: --table indicators=Sheet!A3:F20 (in the add-in: select the table and choose Settings › Use selection as indicator table).`,
    tableOption: (problem, text) =>
      problem === "kind"
        ? `--table does not know the table kind '${text}': use indicators, mapping or explanations`
        : problem === "range"
          ? `--table: '${text}' is not a range like A3:F20`
          : `--table expects kind=Sheet!A3:F20, e.g. --table indicators=Indicatoren!A3:F20, not '${text}'`,
    tableSheet: (sheet, sheets) =>
      `--table: the workbook has no sheet '${sheet}' (it has: ${sheets.join(", ")})`,
    usage: (d) => `${d}. See 'indicator-check --help'.`,
    sameAsInput: (f) => `--highlight would overwrite the input ${f}; choose another output file.`,
    wrote: (f) => `Written: ${f}`,
    exportType: (f) => `--export does not know ${f}: use a file name ending in .docx or .html.`,
    writeFailed: (f, r) => `Cannot write ${f} (${r}).`,
    summary: (c) =>
      `${c.error} ${c.error === 1 ? "error" : "errors"}, ${c.warning} ${c.warning === 1 ? "warning" : "warnings"}, ${c.info} info`,
    checked: (n, met, breached) =>
      `${n} indicators checked: ${met} values meet their norm or target, ${breached} do not.`,
    totals: (p, n, c) =>
      `Total: ${p} programmes, ${n} indicators; ${c.error} ${c.error === 1 ? "error" : "errors"}, ${c.warning} ${c.warning === 1 ? "warning" : "warnings"}, ${c.info} info`,
    unknownProgramme: (g, k) => `--programme does not know '${g}'; this workbook has: ${k.join(", ")}`,
    other: "Tables and relations",
    noFindings: "No findings.",
    explain: "Explanation",
    badLang: (g) => `--lang does not know '${g}': choose nl or en`,
    badYear: (g) => `--budget-year expects a year, not '${g}'`,
    reportType: (f) => `--report writes an Excel workbook: give a name ending in .xlsx, not '${f}'`,
    onlyNewAlone: "--only-new works only with --baseline <last.json>",
    unknownOption: (o) => `Unknown option ${o}`,
    missingValue: (o) => `${o} expects a value`,
    noValue: (o) => `${o} takes no value`,
    badCommand: "Invalid command",
    emptyFolder: (f) => `The folder ${f} holds no .xlsx files.`,
    oneFileOnly: (o) => `${o} writes for one workbook; check the workbooks one at a time`,
    baselineUnreadable: (f) =>
      `--baseline: ${f} is no JSON report of Indicator Check (make one with --json).`,
    compareType: (f) =>
      `--compare: ${f} is no Excel workbook (.xlsx) or JSON report (.json); give the other version as .xlsx or as a report of --json.`,
    compareNotReport: (f) => `--compare: ${f} is no JSON report of Indicator Check (make one with --json).`,
    compareOneFile: "--compare compares one workbook with another version; give one workbook",
    markChangedAlone:
      "--mark-changed-targets works only with --compare <previous.xlsx> and --export <out.docx|out.html>",
    compareLine: (c) =>
      `Compared with ${c.name}${c.label ? ` (${c.label})` : ""}: ${c.paired} ${c.paired === 1 ? "indicator" : "indicators"} paired` +
      `${c.approximate ? ` (${c.approximate} by a nearly equal name)` : ""}, ${c.added} new, ${c.removed} dropped.`,
    baselineTags: { new: "[new]", changed: "[changed]" },
    baselineLine: (c) =>
      `Since the last check: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.resolved} resolved`,
    resolvedHead: (n) => `Resolved since the last check (${n}):`,
    tableHeader: ["Workbook", "Indicators", "Errors", "Warnings", "Notes", "Status"],
    tableTotal: (n) => `Total (${n} ${n === 1 ? "workbook" : "workbooks"})`,
  },
};
