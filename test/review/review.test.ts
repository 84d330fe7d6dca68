import fc from "fast-check";
import type { CellAddress } from "../../src/core/address";
import { makeFinding } from "../../src/core/findings/makeFinding";
import type { Finding, IndicatorId } from "../../src/core/findings/types";
import {
  EMPTY_REVIEW,
  parseReview,
  reconcileReview,
  reviewFromXml,
  reviewToXml,
  reviewView,
  serializeReview,
  setReview,
  type ReviewState,
} from "../../src/core/review";

const cell = (a: string) => a as CellAddress;
const id = (s: string) => s as IndicatorId;
const NOW = new Date("2026-03-02T09:30:00Z");
const LATER = new Date("2026-03-09T14:00:00Z");

/** A breach of "Maximaal 5 min" wachttijd in 2024, as the engine reports it. */
function breach(value = 7, place = "D7"): Finding {
  return makeFinding(
    "norm/breach",
    { sheet: "Indicatoren", cell: cell(place), indicatorId: id("wachttijd-balie"), year: 2024 },
    {
      value,
      raw: `${value} min`,
      norm: { op: "<=", amount: 5, unit: "minutes", raw: "Maximaal 5 min" },
      source: "name",
    }
  );
}
const missingTarget = makeFinding(
  "target/missing",
  { sheet: "Indicatoren", cell: cell("G9"), indicatorId: id("klanttevredenheid"), year: 2026 },
  { year: 2026 }
);

function accepted(state: ReviewState, f: Finding, reason: string): ReviewState {
  const result = setReview(state, f, "akkoord", { reason, reviewer: "J. de Vries" }, NOW);
  if (!result.ok) throw new Error("setup: akkoord refused");
  return result.state;
}

describe("setReview", () => {
  it.each([[undefined], [""], ["   "]])(
    "refuses akkoord without a reason (%p) and leaves the state alone",
    (reason) => {
      const before = accepted(EMPTY_REVIEW, missingTarget, "Streefwaarde volgt na raadsbesluit");
      const result = setReview(before, breach(), "akkoord", reason === undefined ? {} : { reason }, NOW);
      expect(result).toEqual({ ok: false, error: { code: "reason-required", findingId: breach().id } });
      expect(before.entries[breach().id]).toBeUndefined();
    }
  );

  it("records akkoord with its reason, the finding's fingerprint and what it was", () => {
    const f = breach();
    const state = accepted(EMPTY_REVIEW, f, "  Wachttijd tijdelijk hoger door verbouwing  ");
    expect(state.entries[f.id]).toEqual({
      findingId: f.id,
      status: "akkoord",
      reason: "Wachttijd tijdelijk hoger door verbouwing",
      reviewer: "J. de Vries",
      at: "2026-03-02T09:30:00.000Z",
      fingerprint: f.fingerprint,
      code: "norm/breach",
      sheet: "Indicatoren",
      cell: "D7",
      summary: expect.stringContaining("7"),
    });
  });

  it("takes te-corrigeren and open without a reason, and overwrites the earlier verdict", () => {
    const f = breach();
    const fix = setReview(
      accepted(EMPTY_REVIEW, f, "ok"),
      f,
      "te-corrigeren",
      { note: "Cijfer klopt niet" },
      LATER
    );
    expect(fix.ok && fix.state.entries[f.id]).toMatchObject({
      status: "te-corrigeren",
      note: "Cijfer klopt niet",
      at: LATER.toISOString(),
    });
    expect(fix.ok && fix.state.entries[f.id]?.reason).toBeUndefined();
    const reopened = fix.ok ? setReview(fix.state, f, "open", {}, LATER) : fix;
    expect(reopened.ok && reopened.state.entries[f.id]?.status).toBe("open");
  });
});

describe("reconcileReview", () => {
  it("marks a disappeared finding resolved and keeps it as history", () => {
    const state = accepted(accepted(EMPTY_REVIEW, breach(), "verbouwing"), missingTarget, "volgt");
    const next = reconcileReview(state, [missingTarget], LATER);
    expect(next.entries[breach().id]).toEqual({
      ...state.entries[breach().id],
      resolvedAt: LATER.toISOString(),
    });
    expect(next.entries[missingTarget.id]).toBe(state.entries[missingTarget.id]);
    expect(reviewView(next, [missingTarget]).resolved.map((e) => e.findingId)).toEqual([breach().id]);
  });

  it("clears resolvedAt when the finding comes back", () => {
    const state = reconcileReview(accepted(EMPTY_REVIEW, breach(), "verbouwing"), [], NOW);
    const back = reconcileReview(state, [breach()], LATER);
    expect(back.entries[breach().id]).toEqual(
      accepted(EMPTY_REVIEW, breach(), "verbouwing").entries[breach().id]
    );
  });

  it("returns the same object when nothing changed", () => {
    const state = accepted(EMPTY_REVIEW, breach(), "verbouwing");
    expect(reconcileReview(state, [breach(), missingTarget], LATER)).toBe(state);
  });
});

describe("reviewView", () => {
  it("flags a finding whose fingerprint changed and counts it as open again", () => {
    const state = accepted(accepted(EMPTY_REVIEW, breach(7), "verbouwing"), missingTarget, "volgt");
    const now = [breach(9), missingTarget]; // same id (code, indicator, year), other value: other fingerprint
    expect(breach(9).id).toBe(breach(7).id);
    const view = reviewView(state, now);
    expect(view.byFinding.get(breach().id)).toMatchObject({ status: "akkoord", changed: true });
    expect(view.byFinding.get(missingTarget.id)).toMatchObject({ status: "akkoord", changed: false });
    expect(view.progress).toEqual({
      total: 2,
      reviewed: 1,
      akkoord: 1,
      teCorrigeren: 0,
      open: 1,
      changed: 1,
    });
  });

  it("counts unjudged findings as open", () => {
    const fix = setReview(EMPTY_REVIEW, breach(), "te-corrigeren", {}, NOW);
    if (!fix.ok) throw new Error("setup");
    const view = reviewView(fix.state, [breach(), missingTarget]);
    expect(view.byFinding.get(missingTarget.id)).toEqual({
      findingId: missingTarget.id,
      status: "open",
      changed: false,
      entry: null,
    });
    expect(view.progress).toEqual({
      total: 2,
      reviewed: 1,
      akkoord: 0,
      teCorrigeren: 1,
      open: 1,
      changed: 0,
    });
  });
});

describe("serializeReview / parseReview", () => {
  const state = accepted(
    reconcileReview(accepted(EMPTY_REVIEW, breach(), "verbouwing"), [], NOW),
    missingTarget,
    'Reden met "quotes", <tags> en ]]> erin'
  );

  it("round-trips", () => {
    expect(parseReview(serializeReview(state))).toEqual({ state, warning: null });
  });

  it("treats no text as no review yet", () => {
    expect(parseReview("")).toEqual({ state: EMPTY_REVIEW, warning: null });
    expect(parseReview(null)).toEqual({ state: EMPTY_REVIEW, warning: null });
  });

  it.each([
    ["{", "unreadable"],
    ["null", "unreadable"],
    ["[]", "unreadable"],
    ["42", "unreadable"],
    ['"text"', "unreadable"],
    ['{"version":1}', "unreadable"],
    ['{"version":1,"entries":[]}', "unreadable"],
    ['{"version":0,"entries":{}}', "unreadable"],
    ['{"version":2,"entries":{}}', "newer-version"],
  ])("returns the empty review for %s with warning %s", (text, warning) => {
    expect(parseReview(text)).toEqual({ state: EMPTY_REVIEW, warning });
  });

  it("keeps the good entries and drops malformed ones with a warning", () => {
    const raw = JSON.parse(serializeReview(state)) as { entries: Record<string, unknown> };
    raw.entries["x:bad"] = { findingId: "x:bad", status: "weird" };
    raw.entries["y:other-id"] = { ...(state.entries[missingTarget.id] as object), findingId: "not-y" };
    expect(parseReview(JSON.stringify(raw))).toEqual({ state, warning: "partly-unreadable" });
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, entries: v }))
        ),
        (text) => {
          const parsed = parseReview(text);
          expect(parsed.state.version).toBe(1);
          expect(parseReview(serializeReview(parsed.state)).state).toEqual(parsed.state);
        }
      )
    );
  });
});

describe("reviewToXml / reviewFromXml", () => {
  it("round-trips through the custom XML part, including ]]> and characters XML forbids", () => {
    const odd = accepted(EMPTY_REVIEW, breach(), "a ]]> b \uFFFE c \u0085 d é €");
    const xml = reviewToXml(odd);
    expect(xml).toContain('xmlns="urn:indicator-check:review:v1"');
    expect(xml.slice(xml.indexOf("<![CDATA[") + 9, xml.lastIndexOf("]]>"))).not.toContain("]]>");
    expect(reviewFromXml(xml)).toEqual({ state: odd, warning: null });
  });

  it("reads the text when Excel hands the part back with entities instead of CDATA", () => {
    const json = serializeReview(accepted(EMPTY_REVIEW, breach(), '<ok> & "klaar"'));
    const escaped = `<review xmlns="urn:indicator-check:review:v1">${json.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;")}</review>`;
    expect(reviewFromXml(escaped).state).toEqual(JSON.parse(json));
  });

  it.each([[""], ["<other/>"], ["<review>not json</review>"], ["<<<"]])("never throws on %p", (xml) => {
    expect(() => reviewFromXml(xml)).not.toThrow();
    expect(reviewFromXml(xml).state).toEqual(EMPTY_REVIEW);
  });
});
