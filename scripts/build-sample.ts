/**
 * Builds examples/begroting-2026-dienstverlening.xlsx: Deelprogramma 4.1 Dienstverlening of the
 * Groningen Begroting 2026, kept the way a finance employee would keep it in Excel (grades as
 * numbers, one percentage row as 0%-formatted numbers and the next as typed text, a time cell,
 * '-' and '*' markers). Every text and figure is copied from the published budget page.
 *
 * Also examples/begroting-2025-dienstverlening.xlsx, a plausible previous budget of the same
 * deelprogramma to compare with (Behaald 2021…2023, Beoogd 2024 and 2025), made from the 2026 data.
 * Against it the 2026 sample shows each kind of comparison finding once (see README, "Comparing with
 * the previous budget"): Klanttevredenheid Website's 2023 realisation differs (7,1 then, 7,0 now),
 * the wachttijd op afspraak's 2025 target is relaxed (Maximaal 4 min then, 5 min now: a lower
 * ambition), the 14 050 number's 2025 target is raised (7,0 then, 7,5 now), "Aantal verstrekte
 * reisdocumenten" is dropped and "% Terugbellen binnen 2 werkdagen" is new. Where only the notation
 * changed the values agree: 2,28 min then against 2:17 now, 75% typed as text against 0,75 as 0%.
 *
 * Deterministic: fixed creator and dates, and fixed zip entry timestamps.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { withFixedZipTimestamps } from "../src/xlsx/zip";

const OUTPUT = join(__dirname, "..", "examples", "begroting-2026-dienstverlening.xlsx");
const OUTPUT_TWO = join(__dirname, "..", "examples", "begroting-2026-twee-programmas.xlsx");
const OUTPUT_PREVIOUS = join(__dirname, "..", "examples", "begroting-2025-dienstverlening.xlsx");
/** Two copies of the sample as programmes 4.1 and 4.2 of one whole-budget workbook. */
export const TWO_PROGRAMMES = ["4.1 ", "4.2 "] as const;
/** "Deze pagina is gebouwd op 11/19/2025 16:06:00" (CET). */
const BUILT_AT = new Date(Date.UTC(2025, 10, 19, 15, 6, 0));
/** The same moment as wall-clock time, for the zip entries (DOS timestamps have no zone). */
const BUILT_AT_LOCAL = new Date(Date.UTC(2025, 10, 19, 16, 6, 0));
const NBSP = "\u00a0";

// ---------------------------------------------------------------------------------------------
// Content, verbatim from the budget page (including its ';' / '.' endings and stray spaces).
// ---------------------------------------------------------------------------------------------

const TITLE = "Deelprogramma 4.1: Dienstverlening";
const INTRO =
  "De resultaten geven aan wat we willen bereiken. De activiteiten geven aan wat we daarvoor doen. De prestatie-indicator(en) meten de voortgang van de resultaten. De opbouw is opgesteld aan de hand van de beleidsvelden Regie op dienstverlening, Burgerzaken, Website en nieuwsbrieven, Belastingen (Noordelijk Belastingkantoor) en Klant Contact Centrum.";

interface Beleidsveld {
  readonly name: string;
  readonly results: readonly string[];
  readonly activities: readonly string[];
}

const BELEIDSVELDEN: readonly Beleidsveld[] = [
  {
    name: "Regie op dienstverlening",
    results: [
      "Onze dienstverlening inrichten vanuit het perspectief van de inwoner en ondernemer;",
      "Eén gemeente: voor de inwoner spreken met één mond (integraliteit).",
    ],
    activities: [
      "We blijven investeren in de standaardisatie van ons dienstverleningslandschap, zodat inwoners producten en diensten gemakkelijker en sneller bij ons kunnen aanvragen. Dit realiseren we onder meer door inwoners te betrekken via klantreizen en door IT-innovatie, zoals PodiumD (een nieuw zaaksysteem);",
      `Het digitale aanbod van producten en diensten aan inwoners wordt via Mijn Groningen verder uitgebreid.${NBSP}`,
    ],
  },
  {
    name: "Burgerzaken",
    results: [
      "Onze dienstverlening toegankelijk en bereikbaar houden, zowel fysiek als digitaal;",
      "Huidige niveau van de kwaliteit van de Basisregistratie personen handhaven en in 2025 voldoen aan de wettelijke norm ‘goed’;",
      "Goed opvangen van de vijfjaarlijkse piek in reisdocumenten (2024-2029);",
    ],
    activities: [
      `In 2026 willen wij onze dienstverlening verder uitbreiden en flexibeler maken. Een belangrijk voorbeeld hiervan is de mogelijkheid om reisdocumenten thuis te laten bezorgen. Daarnaast versterken we onze digitale infrastructuur door veilige en betrouwbare gegevensuitwisseling met ketenpartners, zoals de Rijksdienst voor Identiteitsgegevens (gezagsregister), woningcorporaties, de GGD en het RIVM;${NBSP}`,
      `Wij blijven streven naar het waarborgen van de kwaliteit van de Basisregistratie Personen (BRP). Net als in voorgaande jaren willen we voldoen aan alle wettelijke normen die voortkomen uit de zelfevaluatie en de Baseline Informatiebeveiliging Overheid (BIO). Ons streven is om de kwalificatie ‘goed’ minimaal te behouden en zo een betrouwbare registratie te blijven leveren voor zowel inwoners als ketenpartners;${NBSP}`,
      `Voor 2026 verwachten we opnieuw een sterke stijging in het aantal aanvragen van reisdocumenten. Wij bereiden ons hierop voor met een kwalitatief, goed opgeleid en wendbaar team. We verwachten in 2026 ongeveer 43.000 reisdocumenten te verstrekken. Om onze dienstverlening op peil te houden, zorgen wij tijdig voor voldoende capaciteit. Daarnaast werken wij nauw samen met de afdeling Communicatie om inwoners te informeren over rustige momenten, zodat de piekbelasting wordt gespreid en wachttijden zoveel mogelijk worden beperkt.${NBSP}`,
    ],
  },
  {
    name: "Website en nieuwsbrieven",
    results: [
      "Binnen- en buitenwereld aan elkaar blijven verbinden en aansluiten bij wensen en behoeften van inwoners.",
    ],
    activities: [
      `We werken structureel samen met onze inwoners aan de optimalisatie van onze websites en nieuwsbrieven, zodat zij sneller en adequater worden geholpen bij hun vragen;${NBSP}`,
      `Wij voeren regie over het grote aantal gemeentelijke websites, zodat wij als gemeente helder, herkenbaar en met één stem communiceren.${NBSP}`,
    ],
  },
  {
    name: "Belastingen (Noordelijk Belastingkantoor)",
    results: [
      "Vanuit onze regierol het NBK laten uitgroeien tot een deskundige, betrouwbare en flexibele organisatie die haar werk tegen de laagst mogelijke maatschappelijke kosten uitvoert.",
    ],
    activities: [
      "We zorgen ervoor dat het Noordelijk Belastingkantoor de prestatieafspraken over de dienstverlening nakomt en we bewaken de voortgang van de verbetermaatregelen en de informatievoorziening daarover",
    ],
  },
  {
    name: "Klant Contact Centrum",
    results: [
      "Als gezicht van de gemeente de vragen van inwoners en ondernemers zo goed mogelijk beantwoorden;",
      "Vanuit de signaleringsrol actief bijdragen aan het verbeteren van de dienstverlening.",
    ],
    activities: [
      `We richten ons op het vergroten van de kennis en het verbeteren van de dienstverlening binnen de verschillende telefonische expertgroepen van het Klant Contact Centrum (KCC). Door doelgericht te investeren in kennisontwikkeling en het delen van werkwijzen zorgen wij ervoor dat medewerkers beter in staat zijn om burgers en bedrijven te helpen; ${NBSP}`,
      `We analyseren telefoongesprekken inhoudelijk. Zo brengen wij herhaalcontacten en veelvoorkomende vragen in kaart, zodat we gericht knelpunten kunnen aanpakken en onze dienstverlening voortdurend kunnen verbeteren.${NBSP}`,
    ],
  },
];

const RELATIE_TITLE = "I: Relatie resultaten en prestatie-indicatoren t.a.v. Dienstverlening";

interface Relatie {
  readonly result: string;
  readonly indicators: readonly string[];
}

const RELATIES: readonly Relatie[] = [
  {
    result: "Onze dienstverlening inrichten vanuit het perspectief van de inwoner en ondernemer.",
    indicators: [
      "Klanttevredenheid Website;",
      "Klanttevredenheid publieksbalie Harm; Buiterplein/Kreupelstraat/Haren",
    ],
  },
  {
    result: "Eén gemeente: voor de inwoner spreken met één mond (integraliteit).",
    indicators: ["Klanttevredenheid Website"],
  },
  {
    result: "Onze dienstverlening toegankelijk en bereikbaar houden, zowel fysiek als digitaal.",
    indicators: [
      "Klanttevredenheid publieksbalie Harm Buiterplein/Kreupelstraat/Haren;",
      "Klanttevredenheid Website",
    ],
  },
  {
    result:
      "Huidige niveau van de kwaliteit van de Basisregistratie personen handhaven en in 2025 voldoen aan de wettelijke norm ‘goed’.",
    // The budget page has a non-breaking space in front of the second indicator; kept.
    indicators: [
      "Klanttevredenheid Website;",
      `${NBSP}Klanttevredenheid publieksbalie Harm; Buiterplein/Kreupelstraat/Haren`,
    ],
  },
  {
    result: "Goed opvangen van de vijfjaarlijkse piek in reisdocumenten (2024-2029).",
    indicators: [
      "Gemiddelde wachttijd balie (op afspraak) norm: 5 min;",
      "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.",
    ],
  },
  {
    result:
      "Binnen- en buitenwereld aan elkaar blijven verbinden en aansluiten bij wensen en behoeften van inwoners.",
    indicators: ["Klanttevredenheid Website"],
  },
  {
    result:
      "Vanuit onze regierol het NBK laten uitgroeien tot een deskundige, betrouwbare en flexibele organisatie die haar werk tegen de laagst mogelijke maatschappelijke kosten uitvoert.",
    indicators: [],
  },
  {
    result:
      "Als gezicht van de gemeente de vragen van inwoners en ondernemers zo goed mogelijk beantwoorden.",
    indicators: [
      "80% terugbellen binnen 1 werkdag;",
      "80% terugbellen binnen 2 werkdagen ;",
      "Klanttevredenheid telefoonnummer 14 050",
    ],
  },
  {
    result: "Vanuit de signaleringsrol actief bijdragen aan het verbeteren van de dienstverlening.",
    indicators: [
      "Klanttevredenheid telefoonnummer 14 050;",
      "Klanttevredenheid Website;",
      "Klanttevredenheid publieksbalie Harm Buiterplein/Kreupelstraat/Haren",
    ],
  },
];

/** A value cell as typed by the employee: a number with its format, or text. */
type Entry = { readonly value: number; readonly numFmt: string } | string;

const grade = (value: number): Entry => ({ value, numFmt: "0.0" });
const whole = (value: number): Entry => ({ value, numFmt: "0" });
const percent = (value: number): Entry => ({ value, numFmt: "0%" });
/**
 * A minutes:seconds duration typed into a time-formatted cell. Excel stores the day fraction
 * (2:17 → 137/86400). We write that number: exceljs would also take
 * `new Date(Date.UTC(1899, 11, 30, 0, 2, 17))`, but converts it as 25569 + ms/86400000, which
 * stores 0.0015856481477385387 instead of Excel's 0.0015856481481481482. Reading back, exceljs
 * turns the number into a Date (the format is a date/time format) either way.
 */
const minSec = (minutes: number, seconds: number): Entry => ({
  value: (minutes * 60 + seconds) / 86400,
  numFmt: "m:ss",
});

const YEAR_HEADERS = ["Behaald\n2022", "Behaald\n2023", "Behaald\n2024", "Beoogd\n2025", "Beoogd\n2026"];

interface IndicatorRow {
  readonly name: string;
  readonly values: readonly [Entry, Entry, Entry, Entry, Entry];
}

const INDICATORS: readonly IndicatorRow[] = [
  {
    name: "Klanttevredenheid publieksbalie Harm Buiterplein.",
    values: ["*", grade(8.0), grade(8.3), whole(8), whole(8)],
  },
  {
    name: "Klanttevredenheid publieksbalie Kreupelstraat.",
    values: ["*", grade(8.7), grade(8.6), whole(8), whole(8)],
  },
  {
    name: "Klanttevredenheid publieksbalie Haren.",
    values: ["*", grade(8.1), grade(8.3), whole(8), whole(8)],
  },
  {
    name: "Klanttevredenheid Website.",
    values: [grade(7.1), grade(7.0), grade(7.2), grade(7.5), grade(7.5)],
  },
  {
    name: "Klanttevredenheid telefoonnummer 14 050.",
    values: [grade(7.4), grade(7.4), grade(7.3), grade(7.5), grade(7.5)],
  },
  {
    name: "% Terugbellen binnen 1 werkdag.",
    values: [percent(0.75), percent(0.7), percent(0.71), percent(0.8), percent(0.8)],
  },
  { name: "% Terugbellen binnen 2 werkdagen.", values: ["82%", "81%", "80%", "80%", "80%"] },
  {
    name: "Gemiddelde wachttijd balie (op afspraak) norm: 5 min.",
    values: ["-", minSec(2, 17), "8 min", "Maximaal 5 min", "5 min"],
  },
  {
    name: "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.",
    values: ["-", "6:36", "7 min", "Maximaal 15 min", "15 min"],
  },
];

const LEGEND =
  "Met de bovenstaande indicator(en) wordt de voortgang van de uitvoering van ons beleid gemeten. Indien er geen cijfers beschikbaar zijn voor dat jaar, staat er een streepje. In dat geval wordt de indicator niet jaarlijks gemeten.";

const TOELICHTING_INTRO = "Indicator en (eventueel) nadere toelichting:";
const SAME_AS_CONTACT = "Inwoner wordt achteraf via sms of e-mail benaderd";
const NO_2022 = "In verband met technische problemen zijn de cijfers voor 2022 niet meer te achterhalen.";

/** "% Terugbellen binnen 1 werkdag." has no toelichting on the budget page. */
const TOELICHTINGEN: readonly { readonly name: string; readonly text: string }[] = [
  { name: "Klanttevredenheid publieksbalie Harm Buiterplein.", text: SAME_AS_CONTACT },
  { name: "Klanttevredenheid publieksbalie Kreupelstraat.", text: SAME_AS_CONTACT },
  { name: "Klanttevredenheid publieksbalie Haren.", text: SAME_AS_CONTACT },
  { name: "Klanttevredenheid Website.", text: "Via feedbackbutton op website zelf" },
  { name: "Klanttevredenheid telefoonnummer 14 050.", text: "Steeksproefgewijs" },
  {
    name: "% Terugbellen binnen 2 werkdagen.",
    text: "De norm om 80% binnen 48 uur terug te bellen is niet altijd mogelijk. Dit verklaart ook de tevredenheid van een 7,4 op het 14050 nummer. Bij Stadstoezicht mag bijvoorbeeld alleen de handhaver van het incident zelf terugbellen, waarbij de termijn al snel wordt overschreden. Ook voor andere afdelingen is het binnen 2 werkdagen terugbellen niet altijd mogelijk om te realiseren. De Directie Publieke Dienstverlening heeft met het KCC een signaleringsfunctie binnen de organisatie met betrekking tot de kwaliteit van de dienstverlening.",
  },
  { name: "Gemiddelde wachttijd balie (op afspraak) norm: 5 min.", text: NO_2022 },
  { name: "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.", text: NO_2022 },
];

// ---------------------------------------------------------------------------------------------
// The previous budget, Begroting 2025, to compare with: the same tables a year earlier.
// ---------------------------------------------------------------------------------------------

/** One budget's version of the tables. */
interface Edition {
  readonly title: string;
  readonly builtAt: Date;
  readonly builtAtLocal: Date;
  readonly yearHeaders: readonly string[];
  readonly indicators: readonly IndicatorRow[];
  readonly relaties: readonly Relatie[];
  readonly toelichtingen: readonly { readonly name: string; readonly text: string }[];
  /** The activities as that year's budget words them. */
  readonly activity: (text: string) => string;
}

const EDITION_2026: Edition = {
  title: "Begroting 2026 - Deelprogramma 4.1 Dienstverlening",
  builtAt: BUILT_AT,
  builtAtLocal: BUILT_AT_LOCAL,
  yearHeaders: YEAR_HEADERS,
  indicators: INDICATORS,
  relaties: RELATIES,
  toelichtingen: TOELICHTINGEN,
  activity: (text) => text,
};

const REISDOCUMENTEN = "Aantal verstrekte reisdocumenten";
const TWO_DAYS = "% Terugbellen binnen 2 werkdagen.";

/**
 * A year earlier: Behaald 2021…2023 and Beoogd 2024, 2025. The 2022 and 2023 realisations are the
 * 2026 sample's but one (Website 2023: 7,1), some typed in another notation (2,28 min for 2:17, '75%'
 * as text for 0,75 formatted 0%); the 2025 targets are the 2026 sample's but two (wachttijd op
 * afspraak Maximaal 4 min, 14 050 7,0). The reisdocumenten count is there; terugbellen binnen 2
 * werkdagen is not yet.
 */
const INDICATORS_2025: readonly IndicatorRow[] = [
  {
    name: "Klanttevredenheid publieksbalie Harm Buiterplein.",
    values: ["*", "*", grade(8.0), whole(8), whole(8)],
  },
  {
    name: "Klanttevredenheid publieksbalie Kreupelstraat.",
    values: ["*", "*", grade(8.7), whole(8), whole(8)],
  },
  { name: "Klanttevredenheid publieksbalie Haren.", values: ["*", "*", grade(8.1), whole(8), whole(8)] },
  {
    name: "Klanttevredenheid Website.",
    values: [grade(7.3), grade(7.1), grade(7.1), grade(7.5), grade(7.5)],
  },
  {
    name: "Klanttevredenheid telefoonnummer 14 050.",
    values: [grade(7.2), grade(7.4), grade(7.4), grade(7.0), grade(7.0)],
  },
  { name: "% Terugbellen binnen 1 werkdag.", values: ["78%", "75%", "70%", "80%", "80%"] },
  {
    name: "Gemiddelde wachttijd balie (op afspraak) norm: 5 min.",
    values: ["-", "-", "2,28 min", "Maximaal 5 min", "Maximaal 4 min"],
  },
  {
    name: "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.",
    values: ["-", "-", "6:36", "Maximaal 15 min", "Maximaal 15 min"],
  },
  { name: REISDOCUMENTEN, values: [whole(28512), whole(38410), whole(41976), whole(43000), whole(43000)] },
];

const RELATIES_2025: readonly Relatie[] = RELATIES.map((relatie) => {
  if (relatie.result.startsWith("Goed opvangen"))
    return { ...relatie, indicators: [...relatie.indicators, REISDOCUMENTEN] };
  return {
    ...relatie,
    indicators: relatie.indicators.filter((line) => !/terugbellen binnen 2 werkdagen/i.test(line)),
  };
});

const EDITION_2025: Edition = {
  title: "Begroting 2025 - Deelprogramma 4.1 Dienstverlening",
  /** A year before the 2026 sample. */
  builtAt: new Date(Date.UTC(2024, 10, 12, 14, 30, 0)),
  builtAtLocal: new Date(Date.UTC(2024, 10, 12, 15, 30, 0)),
  yearHeaders: ["Behaald\n2021", "Behaald\n2022", "Behaald\n2023", "Beoogd\n2024", "Beoogd\n2025"],
  indicators: INDICATORS_2025,
  relaties: RELATIES_2025,
  toelichtingen: [
    ...TOELICHTINGEN.filter((t) => t.name !== TWO_DAYS),
    {
      name: REISDOCUMENTEN,
      text: "Paspoorten en identiteitskaarten samen; vanaf 2024 de vijfjaarlijkse piek.",
    },
  ],
  activity: (text) => text.replace(/\b2026\b/g, "2025"),
};

// ---------------------------------------------------------------------------------------------
// Styling
// ---------------------------------------------------------------------------------------------

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
const FONT = "Calibri";

function styleTitle(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT, size: 14, bold: true };
}

function styleHeader(row: ExcelJS.Row, columns: number): void {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.font = { name: FONT, size: 11, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: "middle", horizontal: c === 1 ? "left" : "center", wrapText: true };
  }
}

function styleBody(cell: ExcelJS.Cell, horizontal: "left" | "right" = "left"): void {
  cell.border = BORDER;
  cell.alignment = { vertical: "top", horizontal, wrapText: true };
}

function landscape(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

// ---------------------------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------------------------

function addResultaten(wb: ExcelJS.Workbook, prefix: string, edition: Edition): void {
  const ws = wb.addWorksheet(`${prefix}Resultaten`, { views: [{ state: "frozen", ySplit: 3 }] });
  ws.columns = [{ width: 28 }, { width: 60 }, { width: 90 }];
  landscape(ws);
  ws.getCell("A1").value = TITLE;
  styleTitle(ws.getCell("A1"));
  ws.getCell("A2").value = INTRO;
  ws.getCell("A2").alignment = { vertical: "top", wrapText: true };
  ws.mergeCells("A2:C2");
  ws.getRow(2).height = 48;
  const header = ws.getRow(3);
  header.values = [
    "Beleidsveld",
    "Wat willen we bereiken (resultaten)",
    "Wat gaan we daarvoor doen (activiteiten)",
  ];
  styleHeader(header, 3);

  let row = 4;
  for (const veld of BELEIDSVELDEN) {
    const first = row;
    for (const result of veld.results) {
      ws.getCell(row, 2).value = result;
      row++;
    }
    const last = row - 1;
    ws.getCell(first, 1).value = veld.name;
    ws.getCell(first, 3).value = veld.activities.map(edition.activity).join("\n");
    for (let r = first; r <= last; r++) for (let c = 1; c <= 3; c++) styleBody(ws.getCell(r, c));
    if (last > first) {
      ws.mergeCells(first, 1, last, 1);
      ws.mergeCells(first, 3, last, 3);
    }
  }
}

function addRelatie(wb: ExcelJS.Workbook, prefix: string, edition: Edition): void {
  const ws = wb.addWorksheet(`${prefix}Relatie`, { views: [{ state: "frozen", ySplit: 3 }] });
  ws.columns = [{ width: 70 }, { width: 62 }];
  landscape(ws);
  ws.getCell("A1").value = RELATIE_TITLE;
  styleTitle(ws.getCell("A1"));
  const header = ws.getRow(3);
  header.values = ["Resultaten", "Prestatie-indicatoren(en)"];
  styleHeader(header, 2);
  edition.relaties.forEach((relatie, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = relatie.result;
    if (relatie.indicators.length > 0) row.getCell(2).value = relatie.indicators.join("\n");
    styleBody(row.getCell(1));
    styleBody(row.getCell(2));
  });
}

function addIndicatoren(wb: ExcelJS.Workbook, prefix: string, edition: Edition): void {
  const { yearHeaders, indicators } = edition;
  const ws = wb.addWorksheet(`${prefix}Indicatoren`, { views: [{ state: "frozen", ySplit: 3 }] });
  ws.columns = [{ width: 55 }, ...yearHeaders.map(() => ({ width: 16 }))];
  landscape(ws);
  ws.getCell("A1").value = "Prestatie-indicatoren Dienstverlening";
  styleTitle(ws.getCell("A1"));
  const header = ws.getRow(3);
  header.values = ["Prestatie-indicator(en)", ...yearHeaders];
  header.height = 30;
  styleHeader(header, 1 + yearHeaders.length);

  indicators.forEach((indicator, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = indicator.name;
    styleBody(row.getCell(1));
    indicator.values.forEach((entry, j) => {
      const cell = row.getCell(2 + j);
      if (typeof entry === "string") {
        cell.value = entry;
      } else {
        cell.value = entry.value;
        cell.numFmt = entry.numFmt;
      }
      styleBody(cell, "right");
    });
  });

  const legendRow = 4 + indicators.length + 1;
  const legend = ws.getCell(legendRow, 1);
  legend.value = LEGEND;
  legend.alignment = { vertical: "top", wrapText: true };
  legend.font = { name: FONT, size: 10, italic: true };
  ws.mergeCells(legendRow, 1, legendRow, 1 + yearHeaders.length);
  ws.getRow(legendRow).height = 45;
}

function addToelichting(wb: ExcelJS.Workbook, prefix: string, edition: Edition): void {
  const ws = wb.addWorksheet(`${prefix}Toelichting`);
  ws.columns = [{ width: 110 }];
  ws.getCell("A1").value = "Toelichting";
  styleTitle(ws.getCell("A1"));
  ws.getCell("A2").value = TOELICHTING_INTRO;
  ws.getCell("A2").font = { name: FONT, size: 11, bold: true };
  let row = 3;
  for (const { name, text } of edition.toelichtingen) {
    const nameCell = ws.getCell(row, 1);
    nameCell.value = name;
    nameCell.font = { name: FONT, size: 11, bold: true };
    const textCell = ws.getCell(row + 1, 1);
    textCell.value = `Toelichting: ${text}`;
    textCell.alignment = { vertical: "top", wrapText: true };
    row += 2;
  }
}

/**
 * The sample's four sheets, once per prefix: [""] is the sample itself; ["4.1 ", "4.2 "] is a
 * whole-budget workbook of two identical programmes (examples/begroting-2026-twee-programmas.xlsx).
 */
export function buildSampleWorkbook(
  prefixes: readonly string[] = [""],
  edition: Edition = EDITION_2026
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Gemeente Groningen";
  wb.lastModifiedBy = "Gemeente Groningen";
  wb.created = edition.builtAt;
  wb.modified = edition.builtAt;
  wb.title = edition.title;
  for (const prefix of prefixes) {
    addResultaten(wb, prefix, edition);
    addRelatie(wb, prefix, edition);
    addIndicatoren(wb, prefix, edition);
    addToelichting(wb, prefix, edition);
  }
  return wb;
}

/** The .xlsx bytes, identical on every run. */
export async function buildSampleBytes(
  prefixes: readonly string[] = [""],
  edition: Edition = EDITION_2026
): Promise<Uint8Array> {
  const written = await buildSampleWorkbook(prefixes, edition).xlsx.writeBuffer();
  return withFixedZipTimestamps(new Uint8Array(written), edition.builtAtLocal);
}

/** The previous budget's bytes (examples/begroting-2025-dienstverlening.xlsx), identical on every run. */
export function buildPreviousSampleBytes(): Promise<Uint8Array> {
  return buildSampleBytes([""], EDITION_2025);
}

async function main(): Promise<void> {
  const bytes = await buildSampleBytes();
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, bytes);
  console.log(`Wrote ${OUTPUT} (${bytes.byteLength} bytes)`);
  const two = await buildSampleBytes(TWO_PROGRAMMES);
  writeFileSync(OUTPUT_TWO, two);
  console.log(`Wrote ${OUTPUT_TWO} (${two.byteLength} bytes)`);
  const previous = await buildPreviousSampleBytes();
  writeFileSync(OUTPUT_PREVIOUS, previous);
  console.log(`Wrote ${OUTPUT_PREVIOUS} (${previous.byteLength} bytes)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
