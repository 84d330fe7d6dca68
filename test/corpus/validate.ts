/**
 * Structural checks of corpus fixtures, without the engine: every expected value cell exists and is
 * filled, names match their cells, relation names point at expected indicators, merges are sane.
 *
 *   npx tsx test/corpus/validate.ts [fixture-id …]
 */
import type { CorpusFixture, Cell } from "./fixture";
import { loadFixtures } from "./fixtures";

function parseA1(a1: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  if ("formula" in cell) return String(cell.result);
  return String(cell.n);
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

export function validateFixture(f: CorpusFixture): string[] {
  const problems: string[] = [];
  if (!/^https?:\/\//.test(f.source)) problems.push(`source is not an address: ${f.source}`);
  if (f.indicatorTables < 1) problems.push("indicatorTables must be at least 1");
  const sheets = new Map(f.sheets.map((s) => [s.name, s]));
  const names = new Set<string>();
  for (const ind of f.expect.indicators) {
    const sheet = sheets.get(ind.sheet);
    if (!sheet) {
      problems.push(`${ind.name}: no sheet "${ind.sheet}"`);
      continue;
    }
    const row = sheet.rows[ind.row - 1] ?? [];
    const texts = row.map(cellText).map((t) => norm(t.replace(/\n+/g, " ")));
    if (!texts.includes(norm(ind.name)))
      problems.push(`${ind.sheet}!row ${ind.row}: no cell reads "${ind.name}"`);
    names.add(norm(ind.name));
    for (const [addr, v] of Object.entries(ind.values)) {
      const ref = parseA1(addr);
      if (!ref || ref.row !== ind.row - 1) {
        problems.push(`${ind.name}: ${addr} is not on row ${ind.row}`);
        continue;
      }
      const text = cellText(sheet.rows[ref.row]?.[ref.col]);
      if (text === "" && v.value !== null)
        problems.push(`${ind.sheet}!${addr} is empty but expects ${v.value}`);
      if (v.kind === "baseline" && v.verdict && v.verdict !== "none")
        problems.push(`${ind.sheet}!${addr}: a baseline is never judged`);
      if (v.kind !== "achieved" && v.verdict !== undefined)
        problems.push(`${ind.sheet}!${addr}: only achieved cells carry a verdict`);
      if (v.value !== null && !Number.isFinite(v.value))
        problems.push(`${ind.sheet}!${addr}: value not finite`);
    }
  }
  for (const rel of f.expect.relations ?? []) {
    for (const n of rel.indicators)
      if (!names.has(norm(n))) problems.push(`relation "${rel.result}": "${n}" is not an expected indicator`);
    const found = f.sheets.some((s) =>
      s.rows.some((r) => r.some((c) => norm(cellText(c).replace(/\n+/g, " ")).includes(norm(rel.result))))
    );
    if (!found) problems.push(`relation result "${rel.result}" is in no cell`);
  }
  for (const s of f.sheets)
    for (const m of s.merges ?? [])
      if (!/^[A-Z]+\d+:[A-Z]+\d+$/.test(m)) problems.push(`${s.name}: merge ${m}`);
  return problems;
}

if (require.main === module) {
  let bad = 0;
  for (const { id, fixture } of loadFixtures(process.argv.slice(2))) {
    const problems = validateFixture(fixture);
    const values = fixture.expect.indicators.reduce((n, i) => n + Object.keys(i.values).length, 0);
    console.log(
      `${problems.length ? "✗" : "✓"} ${id}: ${fixture.municipality}, ${fixture.document}, ` +
        `${fixture.indicatorTables} table(s), ${fixture.expect.indicators.length} indicators, ${values} values, ` +
        `${fixture.expect.relations?.length ?? 0} results`
    );
    for (const p of problems) console.log(`    ${p}`);
    if (problems.length) bad++;
  }
  process.exitCode = bad ? 1 : 0;
}
