/**
 * A municipal budget workbook as a finance employee keeps it: an indicator table with Dutch
 * display text, percentages, durations, a norm column and a source, the user's own fills, number
 * formats, a conditional format, a note and a merged title; and a small explanations sheet.
 */
import type { CellModel } from "./double/model";
import { buildModel, type SheetSpec } from "./excelDouble";
import type { WorkbookModel } from "./double/model";

const pct = (v: number): CellModel => ({
  value: v,
  numberFormat: "0.0%",
  text: `${(v * 100).toFixed(1).replace(".", ",")}%`,
});
const min = (v: number): CellModel => ({
  value: v,
  numberFormat: "0.0",
  text: v.toFixed(1).replace(".", ","),
});
const HEADER_FILL = "#DDEBF7";

export const NAMES = [
  "Percentage inwoners tevreden over dienstverlening",
  "Gemiddelde wachttijd balie (Maximaal 5 min)",
  "Aanvragen binnen termijn afgehandeld",
  "Klachten binnen 6 weken afgehandeld",
];

function header(): (CellModel | string | undefined)[][] {
  return [
    [{ value: "4.1 Dienstverlening – beleidsindicatoren", fill: HEADER_FILL }],
    [],
    ["Indicator", "Eenheid", "2022", "2023", "2024", "2025", "2026", "Norm", "Bron", "Wachttijd"].map(
      (v) => ({ value: v, fill: HEADER_FILL })
    ),
  ];
}

function indicatorRow(i: number): (CellModel | string | number | undefined)[] {
  const base = 0.6 + ((i * 37) % 35) / 100;
  return [
    `${NAMES[i % NAMES.length]} ${i + 1}`,
    "%",
    pct(base),
    pct(base + 0.01),
    i % 50 === 7 ? { value: "#N/A", text: "#N/B" } : pct(base - 0.02),
    i % 9 === 0 ? "n.b." : pct(base + 0.03),
    {
      value: base + 0.05,
      numberFormat: "0.0%",
      text: `${((base + 0.05) * 100).toFixed(1).replace(".", ",")}%`,
      formula: `=F${i + 4}+0.02`,
    },
    "Minimaal 80%",
    "Waarstaatjegemeente.nl",
    min(3 + ((i * 13) % 40) / 10),
  ];
}

/** rows indicator rows × 10 columns (A:J) from row 4, under a merged title. */
export function budgetWorkbook(
  rows: number,
  options: { apiVersion?: number; protectedSheet?: boolean; explanations?: boolean } = {}
): WorkbookModel {
  const indicators: SheetSpec = {
    name: "Indicatoren",
    rows: [...header(), ...Array.from({ length: rows }, (_, i) => indicatorRow(i))],
    merges: ["A1:J1"],
    ...(options.protectedSheet && { protected: true }),
  };
  const explanations: SheetSpec = {
    name: "Toelichting 2026",
    start: "B2",
    rows: [
      ["Indicator", "Toelichting"],
      [`${NAMES[1]} 2`, "Verbouwing publiekshal in 2024; wachttijd tijdelijk hoger."],
      [`${NAMES[0]} 1`, "Nieuwe meting vanaf 2025."],
    ],
  };
  const model = buildModel(
    options.explanations === false ? [indicators] : [indicators, explanations],
    options.apiVersion ?? 18
  );
  const sheet = model.sheets[0]!;
  // The user's own formatting and remarks, which marking must leave alone.
  sheet.conditionalFormats.push({
    id: "{user-cf}",
    type: "Custom",
    areas: [{ top: 3, left: 2, bottom: 3 + rows - 1, right: 6 }],
    formula: "=C4<0.8",
    fill: "#FFFF00",
    font: null,
  });
  sheet.conditionalFormats.push({
    id: "{user-cf-2}",
    type: "CellValue",
    areas: [{ top: 3, left: 9, bottom: 3 + rows - 1, right: 9 }],
    formula: "",
    fill: "#F4B084",
    font: null,
  });
  sheet.notes.set("4,2", {
    row: 4,
    col: 2,
    content: "Cijfer 2022 gecorrigeerd na accountantscontrole (mw. Bakker)",
    author: "A. Bakker",
  });
  const d6 = sheet.cells.get("5,4");
  if (d6) d6.fill = "#E2EFDA";
  return model;
}
