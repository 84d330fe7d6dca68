/**
 * Scores the engine against one corpus fixture: every expectation is a point, and every indicator or
 * observation the engine reads that the page does not have is a point lost (a header row read as an
 * indicator, an Eenheid column read as a year).
 */
import { analyseWorkbook } from "../../src/core/analyse";
import type { Analysis, Indicator, Observation } from "../../src/core/model/types";
import { readWorkbookBytes } from "../../src/xlsx/loadWorkbook";
import { fixtureBytes } from "./build";
import type { CorpusFixture, ValueExpectation } from "./fixture";

export interface Miss {
  /** Where: "Indicatoren!C5", "relation …". */
  readonly at: string;
  readonly expected: string;
  readonly got: string;
}

export interface FixtureScore {
  readonly passed: number;
  readonly total: number;
  readonly misses: readonly Miss[];
  /** "no indicator table found" when the engine found none. */
  readonly notFound: boolean;
}

const EPS = 1e-6;

export function nameKey(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.:;,]+$/, "")
    .trim()
    .toLowerCase();
}

function verdictOf(o: Observation): "fail" | "met" | "none" {
  if (o.status === "breach" || o.status === "missed") return "fail";
  if (o.status === "met") return "met";
  return "none";
}

function valueMatches(o: Observation, v: ValueExpectation): boolean {
  if (v.value === null) return o.value === null;
  if (o.value === null) return false;
  const candidates = [o.value];
  if (o.parsed.kind === "range") candidates.push(o.parsed.max);
  const ok = candidates.some((c) => Math.abs(c - v.value!) <= EPS * Math.max(1, Math.abs(v.value!)));
  return ok && (v.unit === undefined || v.unit === o.unit);
}

const show = (o: Observation) =>
  `${o.kind} ${o.year ?? "-"} = ${o.value ?? "null"}${o.unit ? ` ${o.unit}` : ""} (${verdictOf(o)}) from "${o.raw}"`;

export function scoreAnalysis(fixture: CorpusFixture, analysis: Analysis): FixtureScore {
  let passed = 0;
  let total = 0;
  const misses: Miss[] = [];
  const point = (ok: boolean, at: string, expected: string, got: string) => {
    total++;
    if (ok) passed++;
    else misses.push({ at, expected, got });
  };

  const { indicators, results } = analysis.programme;
  const byPlace = new Map<string, Indicator>();
  for (const i of indicators) byPlace.set(`${i.sheet}!${i.row}`, i);
  const expectedPlaces = new Set(fixture.expect.indicators.map((e) => `${e.sheet}!${e.row}`));
  const idOfName = new Map<string, string>();

  for (const e of fixture.expect.indicators) {
    const at = `${e.sheet}!${e.row}`;
    const found = byPlace.get(at);
    point(
      !!found && nameKey(found.name) === nameKey(e.name),
      at,
      `indicator "${e.name}"`,
      found ? `"${found.name}"` : "no indicator on this row"
    );
    if (found) idOfName.set(nameKey(e.name), found.id);
    if (e.direction)
      point(found?.direction === e.direction, at, `direction ${e.direction}`, found?.direction ?? "-");
    const obs = new Map((found?.observations ?? []).map((o) => [o.cell as string, o]));
    for (const [cell, v] of Object.entries(e.values)) {
      const o = obs.get(cell);
      const where = `${e.sheet}!${cell}`;
      point(
        !!o && o.kind === v.kind && o.year === v.year,
        where,
        `${v.kind} ${v.year ?? "-"}`,
        o ? show(o) : "not read"
      );
      point(
        !!o && valueMatches(o, v),
        where,
        `value ${v.value ?? "null"}${v.unit ? ` ${v.unit}` : ""}`,
        o ? show(o) : "not read"
      );
      if (v.verdict !== undefined)
        point(!!o && verdictOf(o) === v.verdict, where, `verdict ${v.verdict}`, o ? show(o) : "not read");
    }
    for (const o of found?.observations ?? [])
      if (!(o.cell in e.values) && !(o.parsed.kind === "missing" && o.parsed.marker === ""))
        point(false, `${e.sheet}!${o.cell}`, "no observation (not a value cell)", show(o));
  }
  for (const i of indicators)
    if (!expectedPlaces.has(`${i.sheet}!${i.row}`))
      point(false, `${i.sheet}!${i.row}`, "no indicator", `indicator "${i.name}"`);

  for (const rel of fixture.expect.relations ?? []) {
    const entry = results.find((r) => nameKey(r.text) === nameKey(rel.result));
    for (const name of rel.indicators) {
      const id = idOfName.get(nameKey(name));
      point(
        !!entry && !!id && entry.indicatorIds.includes(id as never),
        `relation "${rel.result.slice(0, 50)}"`,
        `→ "${name}"`,
        entry ? `→ ${entry.indicatorIds.join(", ") || "nothing"}` : "result not read"
      );
    }
  }
  const notFound = !analysis.programme.tables.some((t) => t.kind === "indicators");
  return { passed, total, misses, notFound };
}

export async function scoreFixture(fixture: CorpusFixture): Promise<FixtureScore & { analysis: Analysis }> {
  const workbook = await readWorkbookBytes(await fixtureBytes(fixture));
  const analysis = analyseWorkbook(workbook);
  return { ...scoreAnalysis(fixture, analysis), analysis };
}
