/**
 * The review part in Excel as it really behaves: CustomXmlPart.setXml did not take XML with a
 * declaration (office-js #1643), and the double refuses it in add and setXml. The review is written
 * without one, saved twice (add, then setXml) and read back; a part an earlier version wrote with a
 * declaration is still read, and overwritten without one.
 */
import { EMPTY_REVIEW, REVIEW_NAMESPACE, type ReviewState } from "../../src/core/review";
import { createExcelGateway } from "../../src/excel/excelGateway";
import { budgetWorkbook } from "./budgetWorkbook";
import { installExcelDouble, type ExcelDouble } from "./excelDouble";

let double: ExcelDouble;
afterEach(() => double.uninstall());

const entry = (status: "akkoord" | "te-corrigeren") => ({
  findingId: "norm/breach:wachttijd-balie:2024",
  status,
  at: "2026-03-02T09:30:00.000Z",
  fingerprint: "f1",
  code: "norm/breach" as const,
  sheet: "Indicatoren",
  cell: "E5",
  summary: "Wachttijd balie 7 min, norm maximaal 5 min",
});
const review = (status: "akkoord" | "te-corrigeren"): ReviewState => ({
  version: 1,
  entries: { [entry(status).findingId]: entry(status) },
});

describe("the review part without an XML declaration", () => {
  it("is created and then updated in place, and reads back after reopening", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const gateway = createExcelGateway();
    await gateway.saveReview(review("te-corrigeren")); // customXmlParts.add
    await gateway.saveReview(review("akkoord")); // customXmlPart.setXml
    double.reopen();
    await expect(createExcelGateway().loadReviewDetailed()).resolves.toEqual({
      state: review("akkoord"),
      warning: null,
    });
    expect(double.model.customXmlParts).toHaveLength(1);
    expect(double.model.customXmlParts[0]!.xml).toMatch(/^<review xmlns="urn:indicator-check:review:v1">/);
  });

  it("reads a part an earlier version wrote with a declaration, and rewrites it without one", async () => {
    double = installExcelDouble(budgetWorkbook(20));
    const old = `<?xml version="1.0" encoding="UTF-8"?><review xmlns="${REVIEW_NAMESPACE}"><![CDATA[${JSON.stringify(review("te-corrigeren"))}]]></review>`;
    double.model.customXmlParts.push({ id: "{old}", namespace: REVIEW_NAMESPACE, xml: old });
    const gateway = createExcelGateway();
    await expect(gateway.loadReview()).resolves.toEqual(review("te-corrigeren"));
    await gateway.saveReview(EMPTY_REVIEW);
    expect(double.model.customXmlParts.map((p) => [p.id, p.xml.startsWith("<review")])).toEqual([
      ["{old}", true],
    ]);
    await expect(gateway.loadReview()).resolves.toEqual(EMPTY_REVIEW);
  });
});
