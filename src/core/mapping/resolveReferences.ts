import type { IndicatorId, NormSpec } from "../findings/types";
import type { MappingRow } from "../model/readMapping";
import type { ResolvedReference, ResultEntry } from "../model/types";
import { nlNotation, type NotationLocale } from "../values/notation";
import type { ParsedValue } from "../values/types";
import { splitLeadingNorm } from "../norms/normFromText";
import { normaliseKeepSlash, normaliseName } from "./normaliseName";
import type { ClosestNameFinder } from "./closest";

export interface IndicatorIndex {
  readonly byKey: ReadonlyMap<string, readonly IndicatorId[]>;
  readonly entries: readonly { readonly id: IndicatorId; readonly key: string; readonly name: string }[];
  readonly closest: ClosestNameFinder;
}

export interface UnresolvedReference {
  readonly result: MappingRow;
  readonly reference: string;
  readonly suggestion: { readonly id: IndicatorId; readonly name: string; readonly score: number } | null;
}

export interface ApproximateReference {
  readonly result: MappingRow;
  readonly reference: string;
  readonly id: IndicatorId;
  readonly name: string;
  readonly score: number;
}

export interface MappingResolution {
  readonly results: ResultEntry[];
  readonly unresolved: UnresolvedReference[];
  readonly approximate: ApproximateReference[];
  /** Norms found in the relation table's wording, per indicator ("80% terugbellen …"). */
  readonly norms: Map<IndicatorId, ParsedValue>;
}

/** The least similarity at which two names are taken for one indicator (and the match reported). */
export const APPROXIMATE = 0.8;
const SUGGEST = 0.45;

/**
 * Resolves every reference of the relation table to indicators: exact after normalising, then
 * with a leading norm split off, shorthand expanded ("Harm Buiterplein/Kreupelstraat/Haren"),
 * ';'-lists split, and finally a fuzzy match that is reported.
 */
export function resolveReferences(
  rows: readonly MappingRow[],
  index: IndicatorIndex,
  locale: NotationLocale = nlNotation
): MappingResolution {
  const results: ResultEntry[] = [];
  const unresolved: UnresolvedReference[] = [];
  const approximate: ApproximateReference[] = [];
  const norms = new Map<IndicatorId, ParsedValue>();

  for (const row of rows) {
    const references: ResolvedReference[] = [];
    const ids: IndicatorId[] = [];
    for (const line of joinBrokenLines(row.lines, index)) {
      const leading = splitLeadingNorm(line, locale);
      const body = leading ? leading.rest : line;
      let found = resolveExact(body, index);
      let match: ResolvedReference["match"] = found.length > 0 ? "exact" : "none";
      if (found.length === 0) {
        found = resolveShorthand(body, index);
        if (found.length > 0) match = "expanded";
      }
      if (found.length === 0 && body.includes(";")) {
        const parts = body
          .split(";")
          .map((p) => p.trim())
          .filter(Boolean);
        const each = parts.map((p) => resolveExact(p, index));
        if (each.every((e) => e.length > 0)) {
          found = each.flat();
          match = "expanded";
        }
      }
      if (found.length === 0) {
        const best = index.closest.find(normaliseName(body));
        if (best && best.score >= APPROXIMATE) {
          found = [best.id];
          match = "approximate";
          approximate.push({ result: row, reference: line, id: best.id, name: best.name, score: best.score });
        } else {
          unresolved.push({
            result: row,
            reference: line,
            suggestion: best && best.score >= SUGGEST ? best : null,
          });
        }
      }
      const norm: NormSpec | null =
        leading && (leading.norm.kind === "quantity" || leading.norm.kind === "bound")
          ? {
              op: leading.norm.kind === "bound" ? leading.norm.op : ">=",
              amount: leading.norm.amount,
              unit: leading.norm.unit,
              raw: leading.norm.raw,
            }
          : null;
      if (leading) for (const id of found) if (!norms.has(id)) norms.set(id, leading.norm);
      references.push({ text: line, indicatorIds: found, match, norm });
      for (const id of found) if (!ids.includes(id)) ids.push(id);
    }
    results.push({ text: row.text, sheet: row.sheet, cell: row.cell, references, indicatorIds: ids });
  }
  return { results, unresolved, approximate, norms };
}

/**
 * One indicator's name written over two lines of the cell ("Omvang huishoudelijk restafval" / "kg",
 * a name and its "bron: …" line) is one reference: a line that resolves only together with the
 * next one is joined to it.
 */
function joinBrokenLines(lines: readonly string[], index: IndicatorIndex): string[] {
  if (lines.length < 2) return [...lines];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next !== undefined && resolveExact(line, index).length === 0) {
      const joined = `${line} ${next}`;
      if (resolveExact(joined, index).length > 0) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

function resolveExact(text: string, index: IndicatorIndex): IndicatorId[] {
  const key = normaliseName(text);
  return key === "" ? [] : [...(index.byKey.get(key) ?? [])];
}

/**
 * "Klanttevredenheid publieksbalie Harm Buiterplein/Kreupelstraat/Haren": the first alternative may
 * take words from before the slash ("Harm Buiterplein"); the split where most names resolve wins.
 */
function resolveShorthand(text: string, index: IndicatorIndex): IndicatorId[] {
  const words = normaliseKeepSlash(text.replace(/\bnorm\b.*$/i, "")).split(" ");
  const at = words.findIndex((w) => w.includes("/"));
  if (at < 0) return [];
  const alternatives = words[at]!.split("/").filter(Boolean);
  const suffix = words.slice(at + 1);
  let best: IndicatorId[] = [];
  for (let take = 0; take <= Math.min(3, at); take++) {
    const base = words.slice(0, at - take);
    const lead = words.slice(at - take, at);
    const names = alternatives.map((alt, i) => [...base, ...(i === 0 ? lead : []), alt, ...suffix].join(" "));
    const found = names
      .map((n) => index.byKey.get(n)?.[0])
      .filter((id): id is IndicatorId => id !== undefined);
    if (found.length > best.length) best = found;
    if (found.length === alternatives.length) break;
  }
  return best.length === alternatives.length ? best : [];
}
