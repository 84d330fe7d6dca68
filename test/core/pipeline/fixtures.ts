import type { StageContext } from "../../../src/core/pipeline/options";
import { nlNotation } from "../../../src/core/values/notation";
import type { SheetData, WorkbookData } from "../../../src/core/workbook";
import { sheet, type TestCell } from "../../fixtures/grid";

export const context = (options: StageContext["options"] = {}): StageContext => ({
  options,
  locale: nlNotation,
  parse: { locale: nlNotation, textCache: new Map() },
});

/**
 * One programme as finance staff keep it: an indicator sheet and a relation sheet named with the
 * programme's prefix ("4.1 Indicatoren"). Each indicator is [name, achieved 2024, target 2026].
 */
export function programmeSheets(
  prefix: string,
  indicators: readonly (readonly [string, TestCell, TestCell])[],
  relations: readonly (readonly [string, string])[],
  explanations: readonly (readonly [string, string])[] = []
): SheetData[] {
  const sheets = [
    sheet(`${prefix}Indicatoren`, [
      ["Prestatie-indicator", "Behaald 2024", "Beoogd 2026"],
      ...indicators.map((i) => [...i]),
    ]),
    sheet(`${prefix}Relatie`, [["Resultaat", "Prestatie-indicator"], ...relations.map((r) => [...r])]),
  ];
  if (explanations.length > 0)
    sheets.push(sheet(`${prefix}Toelichting`, [["Indicator", "Toelichting"], ...explanations.map((e) => [...e])]));
  return sheets;
}

export const workbookOf = (...groups: SheetData[][]): WorkbookData => ({ sheets: groups.flat() });
