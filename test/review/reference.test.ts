/**
 * The version last compared with ('Vergelijken met…'), remembered in the review part: it travels
 * with the review, survives every change to the verdicts, and a part written before comparing
 * existed reads as it always did.
 */
import type { CellAddress } from "../../src/core/address";
import { makeFinding } from "../../src/core/findings/makeFinding";
import type { Finding, IndicatorId } from "../../src/core/findings/types";
import {
  EMPTY_REVIEW,
  parseReview,
  reconcileReview,
  reviewFromXml,
  reviewToXml,
  serializeReview,
  setReview,
  withReference,
  type ReviewEntry,
  type ReviewReference,
  type ReviewState,
} from "../../src/core/review";

const NOW = new Date("2026-03-02T09:30:00Z");
const LATER = new Date("2026-03-09T14:00:00Z");
const BEGROTING_2025: ReviewReference = {
  name: "begroting-2025-dienstverlening.xlsx",
  modified: "2025-11-04T15:12:00.000Z",
};

const missingTarget = makeFinding(
  "target/missing",
  {
    sheet: "Indicatoren",
    cell: "G9" as CellAddress,
    indicatorId: "klanttevredenheid" as IndicatorId,
    year: 2026,
  },
  { year: 2026 }
);

function judged(state: ReviewState, f: Finding, at = NOW): ReviewState {
  const result = setReview(state, f, "te-corrigeren", { note: "nakijken" }, at);
  if (!result.ok) throw new Error("setup: verdict refused");
  return result.state;
}

describe("withReference", () => {
  it("remembers the reference, and gives the same object when it is already remembered", () => {
    const state = withReference(EMPTY_REVIEW, BEGROTING_2025);
    expect(state).toEqual({ version: 1, entries: {}, reference: BEGROTING_2025 });
    expect(withReference(state, { ...BEGROTING_2025 })).toBe(state);
  });

  it("replaces another reference and forgets it with null", () => {
    const state = withReference(EMPTY_REVIEW, BEGROTING_2025);
    const other = { name: "begroting-2025-tweede-concept.xlsx", modified: "2025-12-01T08:00:00.000Z" };
    expect(withReference(state, other).reference).toEqual(other);
    expect(withReference(state, null)).toEqual(EMPTY_REVIEW);
    expect(withReference(EMPTY_REVIEW, null)).toBe(EMPTY_REVIEW);
  });
});

describe("the reference beside the verdicts", () => {
  it("is kept by a verdict and by reconciling with a new analysis", () => {
    const state = judged(withReference(EMPTY_REVIEW, BEGROTING_2025), missingTarget);
    expect(state.reference).toEqual(BEGROTING_2025);
    const reconciled = reconcileReview(state, [], LATER);
    expect(reconciled.entries[missingTarget.id]?.resolvedAt).toBe(LATER.toISOString());
    expect(reconciled.reference).toEqual(BEGROTING_2025);
  });

  it("leaves the entries an analysis does not cover as they are", () => {
    const mine = judged(EMPTY_REVIEW, missingTarget);
    // A verdict on a finding of the comparison (its code as the compare engine names it).
    const comparisonId = "compare.target-changed:klanttevredenheid:2026";
    const comparisonEntry = {
      ...mine.entries[missingTarget.id]!,
      findingId: comparisonId,
      code: "compare/target-changed",
    } as unknown as ReviewEntry;
    const state: ReviewState = { ...mine, entries: { ...mine.entries, [comparisonId]: comparisonEntry } };
    // A check without a comparison: the comparison's verdict is neither resolved nor touched.
    const covers = (e: { code: string }) => !e.code.startsWith("compare/");
    const next = reconcileReview(state, [missingTarget], LATER, { covers });
    expect(next).toBe(state);
    const gone = reconcileReview(state, [], LATER, { covers });
    expect(gone.entries[missingTarget.id]?.resolvedAt).toBe(LATER.toISOString());
    expect(gone.entries[comparisonId]).toBe(comparisonEntry);
  });
});

describe("storing the reference", () => {
  it("round-trips through the JSON and the custom XML part", () => {
    const state = judged(withReference(EMPTY_REVIEW, BEGROTING_2025), missingTarget);
    expect(parseReview(serializeReview(state))).toEqual({ state, warning: null });
    expect(reviewFromXml(reviewToXml(state))).toEqual({ state, warning: null });
  });

  it("reads a part written before comparing existed as it was, without a reference", () => {
    const old = JSON.stringify({ version: 1, entries: judged(EMPTY_REVIEW, missingTarget).entries });
    const parsed = parseReview(old);
    expect(parsed.warning).toBeNull();
    expect(parsed.state).toEqual(judged(EMPTY_REVIEW, missingTarget));
    expect("reference" in parsed.state).toBe(false);
    expect(serializeReview(parsed.state)).toBe(old);
  });

  it.each([
    ["no name", { modified: BEGROTING_2025.modified }],
    ["an empty name", { name: " ", modified: BEGROTING_2025.modified }],
    ["no date", { name: BEGROTING_2025.name }],
    ["a date that is none", { name: BEGROTING_2025.name, modified: "gisteren" }],
    ["not an object", "begroting-2025.xlsx"],
  ])("leaves out a reference with %s, keeps the verdicts and says so", (_, reference) => {
    const entries = judged(EMPTY_REVIEW, missingTarget).entries;
    expect(parseReview(JSON.stringify({ version: 1, entries, reference }))).toEqual({
      state: { version: 1, entries },
      warning: "partly-unreadable",
    });
  });
});
