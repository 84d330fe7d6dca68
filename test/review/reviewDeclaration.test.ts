/**
 * The review part's XML declaration: written without one (Office's setXml did not take it,
 * office-js #1643), read with or without one, so workbooks saved by earlier versions keep their review.
 */
import {
  EMPTY_REVIEW,
  REVIEW_NAMESPACE,
  reviewFromXml,
  reviewToXml,
  type ReviewState,
} from "../../src/core/review";

const STATE: ReviewState = {
  version: 1,
  entries: {
    "norm/breach:wachttijd-balie:2024": {
      findingId: "norm/breach:wachttijd-balie:2024",
      status: "akkoord",
      reason: "Verbouwing publiekshal",
      at: "2026-03-02T09:30:00.000Z",
      fingerprint: "f1",
      code: "norm/breach",
      sheet: "Indicatoren",
      cell: "D7",
      summary: "Wachttijd balie 7 min, norm maximaal 5 min",
    },
  },
};

describe("the review part's XML declaration", () => {
  it("is not written: the part starts with the review element", () => {
    const xml = reviewToXml(STATE);
    expect(xml.startsWith(`<review xmlns="${REVIEW_NAMESPACE}">`)).toBe(true);
    expect(xml).not.toContain("<?xml");
    expect(reviewFromXml(xml)).toEqual({ state: STATE, warning: null });
  });

  const body = reviewToXml(STATE);
  it.each([
    ["no declaration", body],
    ["a declaration, as earlier versions wrote it", `<?xml version="1.0" encoding="UTF-8"?>${body}`],
    ["a declaration with standalone and a line break", `<?xml version="1.0" standalone="no"?>\r\n${body}`],
    ["a byte-order mark and a declaration", `\uFEFF<?xml version="1.0" encoding="UTF-8"?>${body}`],
  ])("is read back from a part with %s", (_, xml) => {
    expect(reviewFromXml(xml)).toEqual({ state: STATE, warning: null });
  });

  it("reads an empty review element with a declaration as no review yet", () => {
    expect(reviewFromXml(`<?xml version="1.0"?><review xmlns="${REVIEW_NAMESPACE}"/>`)).toEqual({
      state: EMPTY_REVIEW,
      warning: null,
    });
  });
});
