/**
 * Engine speed on generated workbooks. Prints figures; asserts nothing (speed is stated, not tested).
 * Run: npx tsx bench/engine.bench.ts
 */
import { analyseWorkbook } from "../src/core/analyse";
import { budgetWorkbook } from "./generate";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const sizes = [
  { label: "1 programme × 10 indicators × 6 years", p: 1, n: 10, y: 6 },
  { label: "12 programmes × 60 indicators × 8 years", p: 12, n: 60, y: 8 },
  { label: "20,000 indicators × 10 years", p: 1, n: 20_000, y: 10 },
];
for (const size of sizes) {
  const wb = budgetWorkbook(size.p, size.n, size.y);
  const runs: number[] = [];
  let findings = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    findings = analyseWorkbook(wb).findings.length;
    runs.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ bench: "engine", size: size.label, indicators: size.p * size.n, medianMs: Math.round(median(runs) * 10) / 10, findings }));
}
