/**
 * One benchmark size in its own process, so peak memory is that size's alone.
 * Usage: node --import tsx bench/measure.ts <programmes> <indicators> <years> (bench/run.ts runs it bundled)
 * Prints one JSON line.
 */
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../src/core/analyse";
import { buildLayout } from "../src/core/layout";
import { workbookDataFromExcelJs } from "../src/xlsx/loadWorkbook";
import { floorPass } from "./floor";
import { budgetWorkbook } from "./generate";
import { toXlsxBuffer } from "./toXlsx";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Times `runs` calls of `work`: the first (cold: the JIT has not seen the code yet), the median of the
 * first five (what one check after opening the pane or starting the CLI costs), and the median of
 * the runs after those (warm: a re-check in a pane that already checked).
 */
async function timed(runs: number, work: () => Promise<void> | void): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return times;
}

async function main(): Promise<void> {
  const [p, n, y] = process.argv.slice(2).map(Number) as [number, number, number];
  const bytes = await toXlsxBuffer(budgetWorkbook(p, n, y));
  const cold = p * n >= 10_000 ? 3 : 5;
  const runs = p * n >= 10_000 ? cold : cold + 15;

  let data = null as ReturnType<typeof workbookDataFromExcelJs> | null;
  const load = await timed(runs, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    data = workbookDataFromExcelJs(wb);
  });

  const phases: Record<string, number[]> = { detect: [], parse: [], validate: [], layout: [] };
  let findings = 0;
  const engine = await timed(runs, () => {
    const analysis = analyseWorkbook(data!, { onPhase: (phase, ms) => phases[phase]!.push(ms) });
    const t1 = performance.now();
    buildLayout(analysis);
    phases.layout!.push(performance.now() - t1);
    findings = analysis.findings.length;
  });
  // The same workbook checked one programme at a time: together must give exactly as many findings.
  const findingsAlone = data!.sheets
    .map((sheet) => analyseWorkbook({ ...data!, sheets: [sheet] }).findings.length)
    .reduce((a, b) => a + b, 0);
  const floor = await timed(runs, () => {
    floorPass(data!);
  });
  const round = (x: number) => Math.round(x * 10) / 10;
  const coldMedian = (xs: number[]) => round(median(xs.slice(0, cold)));
  const warmMedian = (xs: number[]) => (xs.length > cold ? round(median(xs.slice(cold))) : null);
  const ratio = (a: number | null, b: number | null) =>
    a === null || b === null ? null : Math.round((a / b) * 1000) / 1000;
  const engineMs = coldMedian(engine);
  const loadMs = coldMedian(load);
  const engineWarmMs = warmMedian(engine);
  const loadWarmMs = warmMedian(load);
  console.log(
    JSON.stringify({
      programmes: p,
      indicators: p * n,
      yearColumns: y,
      cells: p * n * (y + 1),
      xlsxBytes: bytes.byteLength,
      loadFirstMs: round(load[0]!),
      engineFirstMs: round(engine[0]!),
      loadMs,
      engineMs,
      detectMs: coldMedian(phases.detect!),
      parseMs: coldMedian(phases.parse!),
      validateMs: coldMedian(phases.validate!),
      layoutMs: coldMedian(phases.layout!),
      engineToLoad: ratio(engineMs, loadMs),
      loadWarmMs,
      engineWarmMs,
      engineToLoadWarm: ratio(engineWarmMs, loadWarmMs),
      floorMs: coldMedian(floor),
      floorWarmMs: warmMedian(floor),
      findings,
      findingsAlone,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    })
  );
}

void main();
