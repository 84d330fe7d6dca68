/**
 * `npm run bench`: engine, .xlsx loading, memory, Office.js round trips and bundle size, as JSON lines
 * and tables. Figures, not verdicts: the budgets are stated beside them. Not part of `npm test`.
 *   --quick         the three headline sizes only (no fit over extra sizes)
 *   --cold-start    only the command's start on the sample (bundle against tsx)
 *   --compare       only the comparison of two whole-budget workbooks beside the check (bench/compare.ts)
 */
import { execFileSync } from "node:child_process";
import { buildSync } from "esbuild";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureBundle } from "./bundle";
import { measureColdStart } from "./coldStart";
import { measureOffice } from "./office";

const ROOT = path.resolve(__dirname, "..");
const quick = process.argv.includes("--quick");

interface SizeFigures {
  programmes: number;
  indicators: number;
  yearColumns: number;
  cells: number;
  xlsxBytes: number;
  loadFirstMs: number;
  engineFirstMs: number;
  loadMs: number;
  engineMs: number;
  detectMs: number;
  parseMs: number;
  validateMs: number;
  layoutMs: number;
  engineToLoad: number;
  loadWarmMs: number | null;
  engineWarmMs: number | null;
  engineToLoadWarm: number | null;
  floorMs: number;
  floorWarmMs: number | null;
  findings: number;
  /** The sum of checking each programme's sheet alone. */
  findingsAlone: number;
  peakRssMb: number;
}

/**
 * measure.ts as one bundle, the way the engine ships (webpack bundles it into the pane's worker).
 * Run through tsx instead, every call between modules goes through a CommonJS export getter and the
 * warm engine measures ~50% slower than it runs for users.
 */
function bundleMeasure(name = "measure"): string {
  const outfile = path.join(ROOT, "out", `bench-${name}.js`);
  buildSync({
    entryPoints: [path.join(__dirname, `${name}.ts`)],
    bundle: true,
    platform: "node",
    target: "node20",
    external: ["exceljs"],
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

function measureSize(script: string, p: number, n: number, y: number): SizeFigures {
  const out = execFileSync(process.execPath, [script, String(p), String(n), String(y)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as SizeFigures;
}

interface CompareFigures {
  scenario: string;
  indicators: number;
  referenceIndicators: number;
  checkFirstMs: number;
  compareFirstMs: number;
  checkMs: number;
  compareMs: number;
  checkWarmMs: number;
  compareWarmMs: number;
  compareToCheck: number;
  compareToCheckWarm: number;
  findings: number;
}

/** Two whole-budget workbooks compared (issue #16), per scenario in its own process: see bench/compare.ts. */
function measureCompare(): CompareFigures[] {
  const script = bundleMeasure("compare");
  return ["draft", "shifted"].map((scenario) => {
    const out = execFileSync(process.execPath, [script, scenario], { cwd: ROOT, encoding: "utf8" });
    return JSON.parse(out.trim().split("\n").pop()!) as CompareFigures;
  });
}

function printCompare(figures: readonly CompareFigures[]): void {
  console.log(
    "\n## Comparing two whole-budget workbooks (12 × 60 × 8; ms, median of the first five / warm)\n"
  );
  console.log(
    table(
      figures.map((f) => ({
        "other version": f.scenario,
        indicators: `${f.indicators} / ${f.referenceIndicators}`,
        "check 1st": f.checkFirstMs,
        "compare 1st": f.compareFirstMs,
        check: f.checkMs,
        compare: f.compareMs,
        "check warm": f.checkWarmMs,
        "compare warm": f.compareWarmMs,
        "compare/check": f.compareToCheck,
        "compare/check warm": f.compareToCheckWarm,
        findings: f.findings,
      }))
    )
  );
  console.log("compare/check budget: below 1 (the comparison costs less than the check itself)");
}

/** Least-squares slope of log(time) on log(size): 1 is linear. */
function fittedExponent(points: readonly { x: number; y: number }[]): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return Math.round((num / den) * 100) / 100;
}

function table(rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const keys = Object.keys(rows[0]!);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
  return [
    line(keys),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map((r) => line(keys.map((k) => String(r[k])))),
  ].join("\n");
}

async function main(): Promise<void> {
  const jsonl: object[] = [];
  const emit = (kind: string, figures: object) => {
    const line = { bench: kind, ...figures };
    jsonl.push(line);
    console.log(JSON.stringify(line));
  };
  console.log(
    `# machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  );

  if (process.argv.includes("--compare")) {
    const compared = measureCompare();
    for (const c of compared) emit("compare", c);
    printCompare(compared);
    return;
  }
  const starts = measureColdStart(10);
  for (const c of starts) emit("cold-start", c);
  const printStarts = () => {
    console.log("\n## Command start on the sample (wall ms over 10 runs, --json)\n");
    console.log(
      table(starts.map((c) => ({ command: c.command, median: c.medianMs, min: c.minMs, max: c.maxMs })))
    );
    console.log(`bundle median: ${starts[0]!.medianMs} ms (budget 500 ms)`);
  };
  if (process.argv.includes("--cold-start")) {
    printStarts();
    return;
  }

  const headline = [
    { label: "1 programme × 10 indicators", p: 1, n: 10, y: 6 },
    { label: "whole budget: 12 × 60 × 8 years", p: 12, n: 60, y: 8 },
    { label: "stress: 20,000 indicators", p: 1, n: 20_000, y: 8 },
  ];
  const script = bundleMeasure();
  const sizes: SizeFigures[] = [];
  for (const s of headline) {
    const f = measureSize(script, s.p, s.n, s.y);
    sizes.push(f);
    emit("size", { label: s.label, ...f });
  }
  const fit = quick ? [] : [1000, 2500, 5000, 10_000].map((n) => measureSize(script, 1, n, 8));
  const points = [...fit, sizes[2]!].map((f) => ({ x: f.indicators, y: f.engineMs }));
  const exponent = points.length >= 2 ? fittedExponent(points) : null;
  if (exponent !== null) emit("scaling", { points, fittedExponent: exponent });

  const office = [...(await measureOffice(200)), ...(await measureOffice(20_000))];
  for (const o of office) emit("office", o);

  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "taskpane.html")))
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  const bundle = measureBundle(dist);
  for (const b of bundle) emit("bundle", b);
  const initialGzip = bundle.filter((b) => b.initial).reduce((s, b) => s + b.gzipBytes, 0);

  console.log("\n## Engine and .xlsx load (ms; median of the first runs, phases likewise)\n");
  console.log(
    table(
      sizes.map((f, i) => ({
        size: headline[i]!.label,
        cells: f.cells,
        "load 1st": f.loadFirstMs,
        "engine 1st": f.engineFirstMs,
        load: f.loadMs,
        engine: f.engineMs,
        detect: f.detectMs,
        parse: f.parseMs,
        validate: f.validateMs,
        layout: f.layoutMs,
        "engine/load": f.engineToLoad,
        "load warm": f.loadWarmMs ?? "-",
        "engine warm": f.engineWarmMs ?? "-",
        "engine/load warm": f.engineToLoadWarm ?? "-",
        "floor/load": Math.round((f.floorMs / f.loadMs) * 1000) / 1000,
        "floor/load warm":
          f.floorWarmMs !== null && f.loadWarmMs !== null
            ? Math.round((f.floorWarmMs / f.loadWarmMs) * 1000) / 1000
            : "-",
        findings: f.findings,
        "peak MB": f.peakRssMb,
      }))
    )
  );
  if (exponent !== null)
    console.log(
      `\nengine time ~ indicators^${exponent} (fit over ${points.map((p) => p.x).join(", ")} indicators)`
    );
  console.log("\n## Office.js round trips (Excel test double)\n");
  console.log(
    table(
      office.map((o) => ({
        rows: o.rows,
        operation: o.operation,
        syncs: o.syncs,
        "max payload bytes": o.maxPayloadBytes,
      }))
    )
  );
  console.log("\n## Task pane bundle\n");
  console.log(
    table(
      bundle.map((b) => ({
        file: b.file,
        initial: b.initial ? "yes" : "lazy",
        bytes: b.bytes,
        gzip: b.gzipBytes,
      }))
    )
  );
  console.log(`\ninitial JavaScript: ${(initialGzip / 1024).toFixed(1)} KB gzip (budget 200 KB)`);
  for (const [i, f] of sizes.entries())
    console.log(
      `${headline[i]!.label}: ${f.findings} findings checked together, ${f.findingsAlone} as the sum of ` +
        `each programme checked alone: ${f.findings === f.findingsAlone ? "equal" : "NOT EQUAL"}`
    );
  console.log(
    `whole-budget engine/load ratio: ${sizes[1]!.engineToLoad} over the first runs, ` +
      `${sizes[1]!.engineToLoadWarm} warm (budget 0.10)`
  );
  const compared = measureCompare();
  for (const c of compared) emit("compare", c);
  printCompare(compared);
  printStarts();
  fs.mkdirSync(path.join(ROOT, "out"), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, "out", "bench.jsonl"),
    jsonl.map((l) => JSON.stringify(l)).join("\n") + "\n"
  );
}

void main();
