/**
 * The tables of the published budget page (Begroting 2026, deelprogramma 4.1 Dienstverlening), copied
 * from /work/shared/seed/begroting-2026-deelprogramma-4-1-dienstverlening.txt. Whitespace is as the
 * page shows it after collapsing runs of spaces and line breaks ("Beoogd\n\n2025" → "Beoogd 2025").
 */
export const SEED_FILE = "/work/shared/seed/begroting-2026-deelprogramma-4-1-dienstverlening.txt";

export const RELATION_TITLE = "I: Relatie resultaten en prestatie-indicatoren t.a.v. Dienstverlening";

/** Result, then the indicator lines of its cell. */
export const RELATION_ROWS: readonly (readonly [string, readonly string[]])[] = [
  [
    "Onze dienstverlening inrichten vanuit het perspectief van de inwoner en ondernemer.",
    ["Klanttevredenheid Website;", "Klanttevredenheid publieksbalie Harm; Buiterplein/Kreupelstraat/Haren"],
  ],
  ["Eén gemeente: voor de inwoner spreken met één mond (integraliteit).", ["Klanttevredenheid Website"]],
  [
    "Onze dienstverlening toegankelijk en bereikbaar houden, zowel fysiek als digitaal.",
    ["Klanttevredenheid publieksbalie Harm Buiterplein/Kreupelstraat/Haren;", "Klanttevredenheid Website"],
  ],
  [
    "Huidige niveau van de kwaliteit van de Basisregistratie personen handhaven en in 2025 voldoen aan de wettelijke norm ‘goed’.",
    ["Klanttevredenheid Website;", "Klanttevredenheid publieksbalie Harm; Buiterplein/Kreupelstraat/Haren"],
  ],
  [
    "Goed opvangen van de vijfjaarlijkse piek in reisdocumenten (2024-2029).",
    [
      "Gemiddelde wachttijd balie (op afspraak) norm: 5 min;",
      "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.",
    ],
  ],
  [
    "Binnen- en buitenwereld aan elkaar blijven verbinden en aansluiten bij wensen en behoeften van inwoners.",
    ["Klanttevredenheid Website"],
  ],
  [
    "Vanuit onze regierol het NBK laten uitgroeien tot een deskundige, betrouwbare en flexibele organisatie die haar werk tegen de laagst mogelijke maatschappelijke kosten uitvoert.",
    [],
  ],
  [
    "Als gezicht van de gemeente de vragen van inwoners en ondernemers zo goed mogelijk beantwoorden.",
    [
      "80% terugbellen binnen 1 werkdag;",
      "80% terugbellen binnen 2 werkdagen ;",
      "Klanttevredenheid telefoonnummer 14 050",
    ],
  ],
  [
    "Vanuit de signaleringsrol actief bijdragen aan het verbeteren van de dienstverlening.",
    [
      "Klanttevredenheid telefoonnummer 14 050;",
      "Klanttevredenheid Website;",
      "Klanttevredenheid publieksbalie Harm Buiterplein/Kreupelstraat/Haren",
    ],
  ],
];

export const INDICATOR_HEADER = [
  "Prestatie-indicator(en)",
  "Behaald 2022",
  "Behaald 2023",
  "Behaald 2024",
  "Beoogd 2025",
  "Beoogd 2026",
];

export const INDICATOR_ROWS: readonly (readonly string[])[] = [
  ["Klanttevredenheid publieksbalie Harm Buiterplein.", "*", "8,0", "8,3", "8", "8"],
  ["Klanttevredenheid publieksbalie Kreupelstraat.", "*", "8,7", "8,6", "8", "8"],
  ["Klanttevredenheid publieksbalie Haren.", "*", "8,1", "8,3", "8", "8"],
  ["Klanttevredenheid Website.", "7,1", "7,0", "7,2", "7,5", "7,5"],
  ["Klanttevredenheid telefoonnummer 14 050.", "7,4", "7,4", "7,3", "7,5", "7,5"],
  ["% Terugbellen binnen 1 werkdag.", "75%", "70%", "71%", "80%", "80%"],
  ["% Terugbellen binnen 2 werkdagen.", "82%", "81%", "80%", "80%", "80%"],
  ["Gemiddelde wachttijd balie (op afspraak) norm: 5 min.", "-", "2:17", "8 min", "Maximaal 5 min", "5 min"],
  [
    "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.",
    "-",
    "6:36",
    "7 min",
    "Maximaal 15 min",
    "15 min",
  ],
];

export const LEGEND =
  "Met de bovenstaande indicator(en) wordt de voortgang van de uitvoering van ons beleid gemeten. Indien er geen cijfers beschikbaar zijn voor dat jaar, staat er een streepje. In dat geval wordt de indicator niet jaarlijks gemeten.";

export const EXPLANATIONS_TITLE = "Toelichting";
export const EXPLANATIONS_INTRO = "Indicator en (eventueel) nadere toelichting:";

/** Name, then its "Toelichting: …" line. */
export const EXPLANATIONS: readonly (readonly [string, string])[] = [
  [
    "Klanttevredenheid publieksbalie Harm Buiterplein.",
    "Toelichting: Inwoner wordt achteraf via sms of e-mail benaderd",
  ],
  [
    "Klanttevredenheid publieksbalie Kreupelstraat.",
    "Toelichting: Inwoner wordt achteraf via sms of e-mail benaderd",
  ],
  [
    "Klanttevredenheid publieksbalie Haren.",
    "Toelichting: Inwoner wordt achteraf via sms of e-mail benaderd",
  ],
  ["Klanttevredenheid Website.", "Toelichting: Via feedbackbutton op website zelf"],
  ["Klanttevredenheid telefoonnummer 14 050.", "Toelichting: Steeksproefgewijs"],
  [
    "% Terugbellen binnen 2 werkdagen.",
    "Toelichting: De norm om 80% binnen 48 uur terug te bellen is niet altijd mogelijk. Dit verklaart ook de tevredenheid van een 7,4 op het 14050 nummer. Bij Stadstoezicht mag bijvoorbeeld alleen de handhaver van het incident zelf terugbellen, waarbij de termijn al snel wordt overschreden. Ook voor andere afdelingen is het binnen 2 werkdagen terugbellen niet altijd mogelijk om te realiseren. De Directie Publieke Dienstverlening heeft met het KCC een signaleringsfunctie binnen de organisatie met betrekking tot de kwaliteit van de dienstverlening.",
  ],
  [
    "Gemiddelde wachttijd balie (op afspraak) norm: 5 min.",
    "Toelichting: In verband met technische problemen zijn de cijfers voor 2022 niet meer te achterhalen.",
  ],
  [
    "Gemiddelde wachttijd balie (vrije inloop) norm: 15 min.",
    "Toelichting: In verband met technische problemen zijn de cijfers voor 2022 niet meer te achterhalen.",
  ],
];

/** The placeholder the generated page adds: the seed has no toelichting for this breach. */
export const PLACEHOLDER: readonly [string, string] = [
  "% Terugbellen binnen 1 werkdag.",
  "Toelichting: [IN TE VULLEN — norm niet gehaald in 2024: 71% tegen ten minste 80%]",
];

/** Collapse whitespace as a reader sees it. */
export const squash = (text: string) => text.replace(/\s+/g, " ").trim();
