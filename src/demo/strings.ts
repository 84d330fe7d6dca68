/** The demo page's own texts (the pane has its own, in src/taskpane). Dutch unless the browser is not. */
import type { Lang } from "../core/messages";
import type { XlsxReadErrorCode } from "../xlsx/errors";

export interface DemoTexts {
  readonly pageTitle: string;
  readonly banner: string;
  readonly open: string;
  readonly openHint: string;
  readonly downloadHighlighted: string;
  readonly highlightedSuffix: string;
  readonly loading: (file: string) => string;
  /** While a file opens, after it was read: its rows coming over to the page. */
  readonly receiving: (file: string, done: number, total: number) => string;
  readonly openingStatus: string;
  readonly dropHere: string;
  readonly pane: string;
  readonly workbook: (file: string) => string;
  readonly sheets: string;
  readonly nameBox: string;
  readonly cellContents: string;
  readonly truncated: (shown: number, total: number) => string;
  readonly dismiss: string;
  readonly openFailed: (file: string) => string;
  readonly readError: Readonly<Record<XlsxReadErrorCode, string>>;
  readonly unexpected: (message: string) => string;
}

const nl: DemoTexts = {
  pageTitle: "Indicator Check: demo",
  banner: "Demo zonder Excel: het taakvenster werkt op een kopie van de werkmap in deze browser.",
  open: "Open .xlsx",
  openHint: "of sleep een .xlsx-bestand op deze pagina",
  downloadHighlighted: "Download gemarkeerde .xlsx",
  highlightedSuffix: "gemarkeerd",
  loading: (file) => `${file} openen…`,
  receiving: (file, done, total) =>
    `${file} openen… rij ${done.toLocaleString("nl-NL")} van ${total.toLocaleString("nl-NL")}`,
  openingStatus: "Werkmap openen",
  dropHere: "Laat los om deze werkmap te openen",
  pane: "Taakvenster",
  workbook: (file) => `Werkmap ${file}`,
  sheets: "Werkbladen",
  nameBox: "Naamvak",
  cellContents: "Celinhoud",
  truncated: (shown, total) => `De eerste ${shown} van ${total} rijen worden getoond.`,
  dismiss: "Sluiten",
  openFailed: (file) => `${file} kan niet worden geopend`,
  readError: {
    "not-xlsx":
      "Dit is geen Excel-werkmap (.xlsx). Kies een .xlsx-bestand; sla een .xls of .xlsb eerst op als .xlsx.",
    encrypted:
      "De werkmap is met een wachtwoord beveiligd. Sla hem in Excel op zonder wachtwoord en open hem opnieuw.",
    empty: "Het bestand is leeg of bevat geen werkbladen.",
    unreadable: "Het bestand kan niet worden gelezen.",
    "file-not-found": "Het bestand is niet gevonden.",
  },
  unexpected: (message) => `Onverwachte fout: ${message}`,
};

const en: DemoTexts = {
  pageTitle: "Indicator Check: demo",
  banner: "Demo without Excel: the task pane works on a copy of the workbook in this browser.",
  open: "Open .xlsx",
  openHint: "or drop an .xlsx file on this page",
  downloadHighlighted: "Download highlighted .xlsx",
  highlightedSuffix: "highlighted",
  loading: (file) => `Opening ${file}…`,
  receiving: (file, done, total) =>
    `Opening ${file}… row ${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")}`,
  openingStatus: "Opening workbook",
  dropHere: "Drop to open this workbook",
  pane: "Task pane",
  workbook: (file) => `Workbook ${file}`,
  sheets: "Sheets",
  nameBox: "Name box",
  cellContents: "Cell contents",
  truncated: (shown, total) => `Showing the first ${shown} of ${total} rows.`,
  dismiss: "Dismiss",
  openFailed: (file) => `${file} cannot be opened`,
  readError: {
    "not-xlsx":
      "This is not an Excel workbook (.xlsx). Choose an .xlsx file; save an .xls or .xlsb as .xlsx first.",
    encrypted: "The workbook is password-protected. Save it in Excel without a password and open it again.",
    empty: "The file is empty or has no worksheets.",
    unreadable: "The file cannot be read.",
    "file-not-found": "The file was not found.",
  },
  unexpected: (message) => `Unexpected error: ${message}`,
};

/** "nl-NL" → Dutch; any other language → English (as the pane decides). */
export function demoLang(displayLanguage: string): Lang {
  return displayLanguage.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export const DEMO_TEXTS: Readonly<Record<Lang, DemoTexts>> = { nl, en };
