/**
 * Nasty workbooks, built with exceljs the way they turn up on a finance employee's disk: merged
 * two-row headers, hidden rows, formulas, error values, numbers typed as text, dates where numbers
 * belong, the 1904 date system, invisible characters, very long and right-to-left names,
 * duplicates, ten tables on a sheet, a used range blown up by formatting, a protected sheet.
 *
 * Every workbook is a variation of one small programme (three indicators on "Indicatoren", a
 * relation table on "Relatie"), so each test can say exactly which findings it expects.
 */
import ExcelJS from "exceljs";

/** A value cell as the employee typed it: a number with its format, an exceljs value, or text. */
export type Entry =
  | string
  | null
  | { readonly value: ExcelJS.CellValue; readonly numFmt?: string }
  | {
      readonly formula: string;
      readonly result: number | { error: ExcelJS.CellErrorValue["error"] };
      readonly numFmt?: string;
    };

export const grade = (value: number): Entry => ({ value, numFmt: "0.0" });
export const pct = (value: number): Entry => ({ value, numFmt: "0%" });
/** m:ss typed into a time-formatted cell: Excel stores the day fraction. */
export const minSec = (minutes: number, seconds: number): Entry => ({
  value: (minutes * 60 + seconds) / 86_400,
  numFmt: "m:ss",
});

export interface IndicatorSpec {
  readonly name: string;
  /** Behaald 2023, Behaald 2024, Beoogd 2025, Beoogd 2026. */
  readonly values: readonly [Entry, Entry, Entry, Entry];
}

export const TITLE = "Deelprogramma 4.1: Dienstverlening";
export const HEADER = [
  "Prestatie-indicator(en)",
  "Behaald\n2023",
  "Behaald\n2024",
  "Beoogd\n2025",
  "Beoogd\n2026",
];

/**
 * The programme as kept in the budget: a website grade under its target, callback percentages
 * under the relation table's 80% norm, and a waiting time over the 5 minutes in its name.
 */
export const INDICATORS: readonly IndicatorSpec[] = [
  { name: "Klanttevredenheid Website.", values: [grade(7.6), grade(7.2), grade(7.5), grade(7.5)] },
  { name: "% Terugbellen binnen 1 werkdag.", values: [pct(0.82), pct(0.71), pct(0.8), pct(0.8)] },
  {
    name: "Gemiddelde wachttijd balie norm: 5 min.",
    values: [minSec(2, 17), "8 min", "Maximaal 5 min", "5 min"],
  },
];

export const RELATIONS: readonly (readonly [string, string])[] = [
  ["Tevreden inwoners en ondernemers", "Klanttevredenheid Website"],
  [
    "Als gezicht van de gemeente de vragen van inwoners beantwoorden",
    "80% terugbellen binnen 1 werkdag;\nGemiddelde wachttijd balie norm: 5 min",
  ],
];

export function setEntry(cell: ExcelJS.Cell, entry: Entry): void {
  if (entry === null || typeof entry === "string") {
    cell.value = entry;
    return;
  }
  if ("formula" in entry) {
    cell.value = { formula: entry.formula, result: entry.result } as ExcelJS.CellFormulaValue;
  } else {
    cell.value = entry.value;
  }
  if (entry.numFmt) cell.numFmt = entry.numFmt;
}

export interface TableOptions {
  /** 1-based row of the title; the header is two rows below it. */
  readonly top?: number;
  /** 1-based column of the name column. */
  readonly left?: number;
  readonly title?: string | null;
  readonly indicators?: readonly IndicatorSpec[];
}

/** Title, a blank row, the header and one row per indicator. Returns the last row written (1-based). */
export function writeIndicatorTable(ws: ExcelJS.Worksheet, options: TableOptions = {}): number {
  const top = options.top ?? 1;
  const left = options.left ?? 1;
  const title = options.title === undefined ? TITLE : options.title;
  if (title !== null) ws.getCell(top, left).value = title;
  HEADER.forEach((text, i) => {
    ws.getCell(top + 2, left + i).value = text;
  });
  const rows = options.indicators ?? INDICATORS;
  rows.forEach((spec, r) => {
    ws.getCell(top + 3 + r, left).value = spec.name;
    spec.values.forEach((entry, c) => setEntry(ws.getCell(top + 3 + r, left + 1 + c), entry));
  });
  return top + 2 + rows.length;
}

export function writeRelationSheet(wb: ExcelJS.Workbook, relations = RELATIONS): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Relatie");
  ws.addRow(["Resultaat", "Prestatie-indicator(en)"]);
  for (const r of relations) ws.addRow([...r]);
  return ws;
}

/** The plain programme: the baseline every variation is compared with. */
export function plainProgramme(wb: ExcelJS.Workbook, options: TableOptions = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Indicatoren");
  writeIndicatorTable(ws, options);
  writeRelationSheet(wb);
  return ws;
}

/**
 * The plain programme as a finance employee keeps it: a merged title, a styled header, formulas,
 * a note on the breach cell, a conditional format of their own, a hyperlink, rich text, a data
 * validation, column widths. Everything the add-in must leave alone when it highlights or adds sheets.
 */
export function usersWorkbook(wb: ExcelJS.Workbook): void {
  const ws = plainProgramme(wb);
  ws.mergeCells("A1:E1");
  ws.getCell("A1").font = { name: "Calibri", size: 14, bold: true, color: { argb: "FF1F4E79" } };
  for (const c of ["A", "B", "C", "D", "E"]) {
    const cell = ws.getCell(`${c}3`);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.font = { bold: true };
    cell.border = { bottom: { style: "thin", color: { argb: "FF000000" } } };
    cell.alignment = { wrapText: true, vertical: "bottom" };
  }
  setEntry(ws.getCell("C4"), { formula: "B4-0.4", result: 7.2, numFmt: "0.0" });
  ws.getCell("F3").value = "Gemiddeld";
  for (const r of [4, 5])
    setEntry(ws.getCell(`F${r}`), {
      formula: `AVERAGE(B${r}:C${r})`,
      result: r === 4 ? 7.4 : 0.765,
      numFmt: r === 4 ? "0.0" : "0%",
    });
  ws.getCell("C5").note = "Cijfer 2024 gecorrigeerd na accountantscontrole (mw. Bakker)";
  ws.getCell("C5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
  ws.addConditionalFormatting({
    ref: "B4:E6",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        priority: 1,
        formulae: ["0.5"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFFF00" } } },
      },
    ],
  });
  ws.getCell("H1").value = {
    text: "Bron: waarstaatjegemeente.nl",
    hyperlink: "https://www.waarstaatjegemeente.nl",
  };
  ws.getCell("H2").value = {
    richText: [{ text: "Let op: ", font: { bold: true } }, { text: "cijfers 2024 voorlopig" }],
  };
  ws.getCell("H3").value = new Date(Date.UTC(2025, 10, 19));
  ws.getCell("H3").numFmt = "d-m-yyyy";
  for (const a of ["B4", "B5", "B6", "C4", "C5", "C6"])
    ws.getCell(a).dataValidation = {
      type: "decimal",
      operator: "greaterThanOrEqual",
      allowBlank: true,
      formulae: [0],
    };
  ws.getColumn(1).width = 48;
  ws.getRow(3).height = 30;
}

export async function xlsx(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Opens workbook bytes with exceljs, as the CLI does for --highlight. */
export async function openXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

// ---------------------------------------------------------------------------------------------
// The corpus

const NBSP = "\u00a0";
const ZWSP = "\u200b";

/** Names that must come through byte for byte. */
export const EXOTIC_NAMES = {
  emoji: "Tevredenheid 👩‍👩‍👧 gezinnen 🇳🇱 over de balie 👍🏽.",
  arabic: "نسبة رضا المواطنين عن الشباك (%)",
  hebrew: "שביעות רצון תושבים מהאתר",
  /** Persian writes some words with a zero-width non-joiner: رضایت‌مندی. */
  persian: "رضایت\u200cمندی شهروندان از پیشخوان",
  long: `Klanttevredenheid ${"publieksbalie Harm Buiterplein, Kreupelstraat en Haren; ".repeat(1_800)}`.slice(
    0,
    100_000
  ),
} as const;

/** How many formatted but empty rows inflate the used range. */
export const INFLATED_ROWS = 100_000;
export const TEN_TABLES = 10;
/** Realisatie 2015–2024 and Begroting 2025–2026: a ten-year series as the annual report keeps it. */
export const SERIES_YEARS = Array.from({ length: 12 }, (_, i) => 2015 + i);

export const corpus = {
  plain: () => xlsx((wb) => void plainProgramme(wb)),

  /** "Prestatie-indicator(en)" merged over two header rows, "Behaald" and "Beoogd" merged over their years. */
  mergedHeader: () =>
    xlsx((wb) => {
      const ws = wb.addWorksheet("Indicatoren");
      ws.getCell("A1").value = TITLE;
      ws.getCell("A3").value = "Prestatie-indicator(en)";
      ws.mergeCells("A3:A4");
      ws.getCell("B3").value = "Behaald";
      ws.mergeCells("B3:C3");
      ws.getCell("D3").value = "Beoogd";
      ws.mergeCells("D3:E3");
      ["2023", "2024", "2025", "2026"].forEach((y, i) => {
        ws.getCell(4, 2 + i).value = y;
      });
      INDICATORS.forEach((spec, r) => {
        ws.getCell(5 + r, 1).value = spec.name;
        spec.values.forEach((entry, c) => setEntry(ws.getCell(5 + r, 2 + c), entry));
      });
      writeRelationSheet(wb);
    }),

  /** The callback row and the 2024 column hidden, as someone tidying the view for print would. */
  hidden: () =>
    xlsx((wb) => {
      const ws = plainProgramme(wb);
      ws.getRow(5).hidden = true;
      ws.getColumn(3).hidden = true;
    }),

  /** 2024 values computed by formulas (cached results saved), one #DIV/0! formula and one #N/A typed in. */
  formulas: () =>
    xlsx((wb) => {
      const ws = plainProgramme(wb);
      setEntry(ws.getCell("C4"), { formula: "B4-0.4", result: 7.2, numFmt: "0.0" });
      setEntry(ws.getCell("C5"), { formula: "B5-0.11", result: 0.71, numFmt: "0%" });
      setEntry(ws.getCell("B4"), { formula: "7.6/0", result: { error: "#DIV/0!" }, numFmt: "0.0" });
      ws.getCell("B5").value = { error: "#N/A" };
    }),

  /**
   * The grades typed as text ('7,6 and '7,2) and the percentages as text ('82%), as pasted from a
   * report; and on a side sheet 75 once as a number and once as text.
   */
  numbersAsText: () =>
    xlsx((wb) => {
      const ws = plainProgramme(wb);
      ws.getCell("B4").value = "7,6";
      ws.getCell("C4").value = "7,2";
      ws.getCell("B5").value = "82%";
      ws.getCell("C5").value = "71%";
      const numbers = wb.addWorksheet("Getallen");
      numbers.getCell("A1").value = 75;
      numbers.getCell("A2").value = "75";
      numbers.getCell("A2").numFmt = "@";
    }),

  /** 7.2 typed into a Dutch Excel became 7 February; 82% pasted as a date. */
  datesAsNumbers: () =>
    xlsx((wb) => {
      const ws = plainProgramme(wb);
      setEntry(ws.getCell("C4"), { value: new Date(Date.UTC(2024, 1, 7)), numFmt: "d-mmm" });
      setEntry(ws.getCell("B5"), { value: new Date(Date.UTC(2024, 2, 8)), numFmt: "d-m-yyyy" });
    }),

  /** The plain programme saved in the 1904 date system (Excel for Mac before 2011). */
  date1904: () =>
    xlsx((wb) => {
      wb.properties.date1904 = true;
      plainProgramme(wb);
    }),

  /** The 2023 column left empty: the baseline for the invisible characters below. */
  emptyCells: () =>
    xlsx((wb) => {
      const ws = plainProgramme(wb);
      for (const a of ["B4", "B5", "B6"]) ws.getCell(a).value = null;
    }),

  /** The same cells holding only spaces, non-breaking spaces or zero-width characters, plus a row of them. */
  invisibleCharacters: () =>
    xlsx((wb) => {
      const ws = plainProgramme(wb);
      ws.getCell("B4").value = "   ";
      ws.getCell("B5").value = `${NBSP}${NBSP}`;
      ws.getCell("B6").value = `${ZWSP}\u2060\ufeff${NBSP}\t`;
      ["A", "B", "C", "D", "E"].forEach((c, i) => {
        ws.getCell(`${c}7`).value = [" ", NBSP, ZWSP, "\u202f", "\u3000"][i]!;
      });
    }),

  /** Emoji, Arabic, Hebrew, Persian and a 100,000-character name. */
  exoticNames: () =>
    xlsx((wb) => {
      const ws = wb.addWorksheet("Indicatoren");
      writeIndicatorTable(ws, {
        indicators: [
          { name: EXOTIC_NAMES.emoji, values: [grade(7.6), grade(7.2), grade(7.5), grade(7.5)] },
          { name: EXOTIC_NAMES.arabic, values: [pct(0.82), pct(0.71), "minimaal 80%", pct(0.8)] },
          { name: EXOTIC_NAMES.hebrew, values: [grade(7.6), grade(7.8), grade(7.5), grade(7.5)] },
          { name: EXOTIC_NAMES.persian, values: [grade(7.6), grade(7.8), grade(7.5), grade(7.5)] },
          { name: EXOTIC_NAMES.long, values: [grade(7.6), grade(7.8), grade(7.5), grade(7.5)] },
        ],
      });
      writeRelationSheet(wb, [
        ["Tevreden gezinnen", EXOTIC_NAMES.emoji],
        [
          "Bereikbaar",
          `${EXOTIC_NAMES.arabic}\n${EXOTIC_NAMES.hebrew}\n${EXOTIC_NAMES.persian}\n${EXOTIC_NAMES.long}`,
        ],
      ]);
    }),

  /** One indicator copied twice, and the header row repeated inside the table (a page-break copy). */
  duplicates: () =>
    xlsx((wb) => {
      const ws = plainProgramme(wb);
      ws.getCell("A7").value = INDICATORS[0]!.name;
      INDICATORS[0]!.values.forEach((e, c) => setEntry(ws.getCell(7, 2 + c), e));
      HEADER.forEach((text, i) => {
        ws.getCell(8, 1 + i).value = text;
      });
      ws.getCell("A9").value = "Klanttevredenheid telefoonnummer 14 050.";
      [grade(7.4), grade(7.3), grade(7.5), grade(7.5)].forEach((e, c) => setEntry(ws.getCell(9, 2 + c), e));
    }),

  /** Ten programmes' tables under each other on one sheet. */
  tenTables: () =>
    xlsx((wb) => {
      const ws = wb.addWorksheet("Indicatoren");
      for (let t = 0; t < TEN_TABLES; t++) {
        writeIndicatorTable(ws, {
          top: 1 + t * 8,
          title: `Deelprogramma 4.${t + 1}`,
          indicators: [
            {
              name: `Wachttijd loket ${t + 1} (Maximaal 5 min)`,
              values: ["4 min", `${5 + t} min`, "5 min", "5 min"],
            },
            { name: `Tevredenheid loket ${t + 1}`, values: [grade(7.6), grade(7.6), grade(7.5), grade(7.5)] },
          ],
        });
      }
    }),

  /** The plain programme with 100,000 formatted empty rows below it (a whole-column fill and border). */
  inflated: () =>
    xlsx((wb) => {
      const ws = plainProgramme(wb);
      for (let r = 10; r < 10 + INFLATED_ROWS; r++) {
        const cell = ws.getCell(r, 1);
        cell.numFmt = "0.0";
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
      }
    }),

  /** The plain programme with its indicator sheet protected. */
  protectedSheet: () =>
    xlsx(async (wb) => {
      const ws = plainProgramme(wb);
      await ws.protect("geheim", {});
    }),

  /** A ten-year series: twelve year columns of plain grades. */
  twelveYears: () =>
    xlsx((wb) => {
      const ws = wb.addWorksheet("Kengetallen");
      ws.addRow([
        "Kengetallen",
        ...SERIES_YEARS.map((y) => (y <= 2024 ? `Realisatie ${y}` : `Begroting ${y}`)),
      ]);
      for (const name of [
        "Klanttevredenheid Website",
        "Klanttevredenheid telefoon",
        "Klanttevredenheid balie",
      ]) {
        const row = ws.addRow([name, ...SERIES_YEARS.map((_, i) => 7 + (i % 5) / 10)]);
        row.eachCell((cell, col) => {
          if (col > 1) cell.numFmt = "0.0";
        });
      }
    }),
} satisfies Record<string, () => Promise<Uint8Array>>;

export type CorpusName = keyof typeof corpus;
