import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyse";
import type { Analysis } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";

export const SAMPLE = path.resolve(__dirname, "../../examples/begroting-2026-dienstverlening.xlsx");

let cached: Promise<Analysis> | null = null;

/** The analysis of the sample workbook (Begroting 2026, 4.1 Dienstverlening), read once per test file. */
export function sampleAnalysis(): Promise<Analysis> {
  cached ??= readWorkbookFile(SAMPLE).then((workbook) => analyseWorkbook(workbook));
  return cached;
}
