/**
 * Pairs the indicators of two versions of a document by name, the way the relation table links its
 * references (src/core/mapping): the same normalised name ("exact"), the same name once a leading
 * norm is split off ("80% terugbellen binnen 1 werkdag" ~ "% Terugbellen binnen 1 werkdag":
 * "expanded"), and else the closest name at the relation table's threshold ("approximate").
 *
 * Within a programme where both workbooks number their programmes the same way (4.1 with 4.1),
 * else across the workbook. Each indicator is in one pair; what is left is added or removed.
 */
import type { IndicatorId } from "../findings/types";
import { ClosestNameFinder, type NamedEntry } from "../mapping/closest";
import { normaliseName } from "../mapping/normaliseName";
import { APPROXIMATE } from "../mapping/resolveReferences";
import { splitLeadingNorm } from "../norms/normFromText";
import type { Side, SideIndicator } from "./side";

export type PairHow = "exact" | "expanded" | "approximate" | "none";

export interface SidePair {
  readonly current: SideIndicator | null;
  readonly reference: SideIndicator | null;
  readonly how: PairHow;
  readonly score: number;
}

/** Pairs in the current workbook's order; then the reference's indicators this workbook does not have. */
export function pairIndicators(current: Side, reference: Side): SidePair[] {
  const pairs = new Map<SideIndicator, SidePair>();
  const unpairedReference: SideIndicator[] = [];
  for (const [cur, ref] of buckets(current, reference)) {
    const found = pairBucket(cur, ref);
    for (const p of found) if (p.current) pairs.set(p.current, p);
    const paired = new Set(found.map((p) => p.reference));
    unpairedReference.push(...ref.filter((r) => !paired.has(r)));
  }
  const ordered = current.indicators.map(
    (c) => pairs.get(c) ?? { current: c, reference: null, how: "none" as const, score: 0 }
  );
  const removed = new Set(unpairedReference);
  return [
    ...ordered,
    ...reference.indicators
      .filter((r) => removed.has(r))
      .map((r) => ({ current: null, reference: r, how: "none" as const, score: 0 })),
  ];
}

/**
 * The groups paired among themselves: one per programme key both workbooks have, and one of
 * everything else (a workbook of one programme has no key, so all of it).
 */
function buckets(current: Side, reference: Side): [SideIndicator[], SideIndicator[]][] {
  const refKeys = new Set(reference.indicators.map((i) => i.programmeKey).filter((k) => k !== null));
  const shared = new Set(
    current.indicators.map((i) => i.programmeKey).filter((k) => k !== null && refKeys.has(k))
  );
  const bucketOf = (i: SideIndicator) =>
    i.programmeKey !== null && shared.has(i.programmeKey) ? i.programmeKey : "";
  const groups = new Map<string, [SideIndicator[], SideIndicator[]]>([["", [[], []]]]);
  for (const key of shared) groups.set(key!, [[], []]);
  for (const i of current.indicators) groups.get(bucketOf(i))![0].push(i);
  for (const i of reference.indicators) groups.get(bucketOf(i))![1].push(i);
  return [...groups.values()];
}

function pairBucket(current: readonly SideIndicator[], reference: readonly SideIndicator[]): SidePair[] {
  const pairs: SidePair[] = [];
  let restCurrent = [...current];
  let restReference = [...reference];
  // Exact, then with a leading norm split off: equal keys pair in row order, so two indicators of
  // one name (a duplicate the check reports) pair with the other's first and second in turn.
  for (const [how, keyOf] of [
    ["exact", (i: SideIndicator) => i.key],
    ["expanded", withoutLeadingNorm],
  ] as const) {
    const waiting = new Map<string, SideIndicator[]>();
    for (const r of restReference) {
      const list = waiting.get(keyOf(r));
      if (list) list.push(r);
      else waiting.set(keyOf(r), [r]);
    }
    for (const c of restCurrent) {
      const r = waiting.get(keyOf(c))?.shift();
      if (r) pairs.push({ current: c, reference: r, how, score: 1 });
    }
    const taken = new Set(pairs.flatMap((p) => [p.current, p.reference]));
    restCurrent = restCurrent.filter((c) => !taken.has(c));
    restReference = restReference.filter((r) => !taken.has(r));
  }
  return [...pairs, ...pairApproximately(restCurrent, restReference)];
}

/** "80% terugbellen binnen 1 werkdag" → "terugbellen binnen 1 werkdag"; a name without one keeps its key. */
function withoutLeadingNorm(i: SideIndicator): string {
  const leading = splitLeadingNorm(i.name);
  return leading ? normaliseName(leading.rest) : i.key;
}

/**
 * The closest reference name for each current one at the relation table's threshold; the most
 * similar pairs are taken first, and a reference indicator pairs once.
 */
function pairApproximately(
  current: readonly SideIndicator[],
  reference: readonly SideIndicator[]
): SidePair[] {
  if (current.length === 0 || reference.length === 0) return [];
  const entries: NamedEntry[] = reference.map((r, n) => ({
    id: String(n) as IndicatorId,
    key: r.key,
    name: r.name,
  }));
  const finder = new ClosestNameFinder(entries);
  const candidates = current
    .map((c) => ({ c, best: finder.find(c.key) }))
    .filter((x) => x.best !== null && x.best.score >= APPROXIMATE)
    .sort((a, b) => b.best!.score - a.best!.score);
  const taken = new Set<string>();
  const pairs: SidePair[] = [];
  for (const { c, best } of candidates) {
    if (taken.has(best!.id)) continue;
    taken.add(best!.id);
    pairs.push({
      current: c,
      reference: reference[Number(best!.id)]!,
      how: "approximate",
      score: Math.round(best!.score * 100) / 100,
    });
  }
  return pairs;
}
