import path from "node:path";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import type { WorkbookData } from "../../src/core/workbook";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";

export const SAMPLE = path.resolve(__dirname, "../../examples/begroting-2026-dienstverlening.xlsx");

/** jsdom has no TextDecoder; the .xlsx reader needs one. */
function polyfillText(): void {
  const g = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
  g.TextDecoder ??= NodeTextDecoder;
  g.TextEncoder ??= NodeTextEncoder;
}

let cached: Promise<WorkbookData> | null = null;

/** The sample budget workbook as the gateway would hand it over (read once per test file). */
export function sampleWorkbook(): Promise<WorkbookData> {
  polyfillText();
  cached ??= readWorkbookFile(SAMPLE);
  return cached;
}
