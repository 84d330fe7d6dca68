/**
 * One benchmark size in its own process, so peak memory is that size's alone.
 * Usage: node --import tsx bench/measure.ts <programmes> <indicators> <years>
 * Prints one JSON line.
 */
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../src/core/analyse";
import { buildLayout } from "../src/core/layout";
import { workbookDataFromExcelJs } from "../src/xlsx/loadWorkbook";
import { budgetWorkbook } from "./generate";
import { toXlsxBuffer } from "./toXlsx";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const [p, n, y] = process.argv.slice(2).map(Number) as [number, number, number];
  const bytes = await toXlsxBuffer(budgetWorkbook(p, n, y));
  const runs = p * n >= 10_000 ? 3 : 5;

  const load: number[] = [];
  let data = null as ReturnType<typeof workbookDataFromExcelJs> | null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    data = workbookDataFromExcelJs(wb);
    load.push(performance.now() - t0);
  }

  const phases: Record<string, number[]> = { detect: [], parse: [], validate: [], layout: [], engine: [] };
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const analysis = analyseWorkbook(data!, { onPhase: (phase, ms) => phases[phase]!.push(ms) });
    const t1 = performance.now();
    buildLayout(analysis);
    const t2 = performance.now();
    phases.layout!.push(t2 - t1);
    phases.engine!.push(t2 - t0);
    findings = analysis.findings.length;
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  const engineMs = round(median(phases.engine!));
  const loadMs = round(median(load));
  console.log(
    JSON.stringify({
      programmes: p,
      indicators: p * n,
      yearColumns: y,
      cells: p * n * (y + 1),
      xlsxBytes: bytes.byteLength,
      loadMs,
      engineMs,
      detectMs: round(median(phases.detect!)),
      parseMs: round(median(phases.parse!)),
      validateMs: round(median(phases.validate!)),
      layoutMs: round(median(phases.layout!)),
      engineToLoad: Math.round((engineMs / loadMs) * 1000) / 1000,
      findings,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    })
  );
}

void main();
