import { hashText } from "../src/core/hash";
import type { WorkbookData } from "../src/core/workbook";

const PLAIN_NUMBER = /^[+\-−]?(?:\d{1,3}(?:[ .]\d{3})+|\d+)(?:[.,]\d+)?$/;

/**
 * A reference point for the engine budget, not an engine: the least any check must do with a workbook.
 * For every cell after the first column it reads the text, tries one number pattern and builds a
 * parsed value, an observation and a layout cell; for one value in six it builds a finding with an id
 * and a fingerprint, as the engine does. No detection, mapping, norms, explanations, sorting or table
 * layout. What this costs bounds from below what `analyseWorkbook` + `buildLayout` can cost.
 */
export function floorPass(workbook: WorkbookData): number {
  let built = 0;
  const findings: unknown[] = [];
  for (const sheet of workbook.sheets) {
    for (let r = 0; r < sheet.cells.length; r++) {
      const row = sheet.cells[r]!;
      for (let c = 1; c < row.length; c++) {
        const value = row[c]!.value;
        const text = typeof value === "string" ? value.trim() : value === null ? "" : String(value);
        const parsed = PLAIN_NUMBER.test(text)
          ? { kind: "quantity", amount: Number(text.replace(",", ".")), raw: text }
          : { kind: "text", amount: null, raw: text };
        const observation = { cell: `${r}:${c}`, raw: text, parsed, value: parsed.amount, status: "met" };
        const layoutCell = { text: observation.raw, raw: observation.raw, status: observation.status };
        built += layoutCell.text.length > 0 ? 1 : 0;
        if ((r * 8 + c) % 6 === 0) {
          const params = { value: observation.value, raw: text, target: { op: ">=", amount: 7.5 } };
          findings.push({
            id: `target.missed:${sheet.name}-${r}:${c}`,
            fingerprint: hashText(`${sheet.name}|${JSON.stringify(params)}`),
            params,
          });
        }
      }
    }
  }
  return built + findings.length;
}
