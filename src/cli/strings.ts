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
}

const WHY_NOT = {
  nl: {
    "no-years": "geen kolom met een jaar of Behaald/Beoogd",
    "no-names": "geen kolom met namen links van de jaren",
    "no-values": "geen rij met waarden eronder",
  },
  en: {
    "no-years": "no column with a year or Achieved/Target",
    "no-names": "no column of names left of the years",
    "no-values": "no row with values under it",
  },
} as const;

const help = {
  nl: `Indicator Check — controleert de prestatie-indicatoren van een begroting of jaarstukken (.xlsx).

Gebruik:
  npm run check                       controleer de voorbeeldwerkmap
  npm run check -- <bestand.xlsx> [opties]

Opties:
  --json                   druk precies één JSON-document af (schema: docs/report-schema.md)
  --lang nl|en             taal van het rapport en de meldingen (standaard nl)
  --highlight <uit.xlsx>   schrijf een kopie met dezelfde markeringen en notities als de invoegtoepassing;
                           de invoer blijft ongewijzigd en wordt nooit overschreven
  --export <uit.docx|uit.html>
                           schrijf de toelichtende tabellen van de begrotingspagina (Word of HTML)
  --show-met               markeer ook gehaalde normen (groen) in --highlight
  --programme <nummer>     alleen dit programma van een werkmap met meerdere (bijv. 4.2): rapport,
                           --highlight en --export; zonder deze optie elk programma in een eigen deel
  --budget-year <jaar>     begrotingsjaar waarvoor een streefwaarde verplicht is (standaard: laatste Beoogd-jaar)
  --table <soort>=<blad>!<bereik>
                           wijs een tabel zelf aan als de controle hem niet vindt, bijvoorbeeld
                           --table indicatoren=Indicatoren!A3:F20 of --table "relatie='P1 Relatie'!A1:B12";
                           soort: indicatoren, relatie of toelichting; mag vaker
  --explain                druk per soort bevinding één keer het adres van de uitleg af (support.html
                           van de invoegtoepassing; ADDIN_URL_PROD zegt waar die staat)
  --help                   deze uitleg

Afsluitcodes:
  0  geen fouten gevonden (waarschuwingen kunnen er zijn)
  1  één of meer fouten gevonden
  2  de invoer is onbruikbaar (bestand ontbreekt, geen .xlsx, beveiligd met wachtwoord, leeg,
     of zonder indicatortabel) of de opdracht is onjuist`,
  en: `Indicator Check — checks the performance indicators of a municipal budget or annual report (.xlsx).

Usage:
  npm run check                       check the sample workbook
  npm run check -- <file.xlsx> [options]

Options:
  --json                   print exactly one JSON document (schema: docs/report-schema.md)
  --lang nl|en             language of the report and messages (default nl)
  --highlight <out.xlsx>   write a copy with the same highlights and notes the add-in makes;
                           the input is never changed or overwritten
  --export <out.docx|out.html>
                           write the budget page's explanatory tables (Word or HTML)
  --show-met               also mark met norms (green) in --highlight
  --programme <number>     only this programme of a workbook with several (e.g. 4.2): report,
                           --highlight and --export; without it each programme gets its own part
  --budget-year <year>     budget year that must have a target (default: the latest Beoogd year)
  --table <kind>=<sheet>!<range>
                           point at a table the check does not find, e.g.
                           --table indicators=Indicatoren!A3:F20 or --table "mapping='P1 Relatie'!A1:B12";
                           kind: indicators, mapping or explanations; may be repeated
  --explain                print once per kind of finding the address of its explanation (the add-in's
                           support.html; ADDIN_URL_PROD says where it is hosted)
  --help                   this text

Exit codes:
  0  no errors found (there may be warnings)
  1  one or more errors found
  2  the input cannot be used (missing file, not .xlsx, password-protected, empty, or no
     indicator table) or the command is wrong`,
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
    usage: (d) => `${d}. Zie 'npm run check -- --help'.`,
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
    usage: (d) => `${d}. See 'npm run check -- --help'.`,
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
  },
};
