/**
 * The review lives in the workbook, in a custom XML part (namespace urn:indicator-check:review:v1,
 * JSON in a CDATA section), not in the add-in's document settings, because the review is data
 * about the workbook that belongs to the workbook:
 *  - it travels with the file: a colleague who opens the budget sees the same verdicts;
 *  - it does not depend on the add-in's id: settings are stored per add-in id, so the development,
 *    test and store manifests (each its own id) would each see a different — or no — review;
 *  - it is a plain part of the .xlsx package (customXml/itemN.xml), readable by the .xlsx gateway
 *    and the CLI without Office;
 *  - it is written in the same Excel.run batch model as everything else, with no separate
 *    settings.saveAsync step, and it has no 2 MB settings limit.
 * The price is two syncs to read (find the part, then its XML).
 */
import { GatewayError } from "../core/gateway";
import { REVIEW_NAMESPACE, reviewFromXml, reviewToXml } from "../core/review/reviewXml";
import type { ParsedReview } from "../core/review/serializeReview";
import { EMPTY_REVIEW, type ReviewState } from "../core/review/types";
import { runExcel } from "./errors";

/** The stored review and whether it could be read as it is. Two syncs. */
export async function loadReview(): Promise<ParsedReview> {
  return runExcel(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(REVIEW_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded as "items/id"
    const part = parts.items[0];
    if (!part) return { state: EMPTY_REVIEW, warning: null };
    const xml = part.getXml();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value is set by sync, not load
    return reviewFromXml(xml.value);
  });
}

/** Writes the review into its part (creating it the first time; extra copies are removed). Two syncs. */
export async function saveReview(state: ReviewState): Promise<void> {
  if (state.version !== 1)
    throw new GatewayError("failed", `Cannot store review version ${String(state.version)}.`);
  const xml = reviewToXml(state);
  await runExcel(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(REVIEW_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded as "items/id"
    const [first, ...extra] = parts.items;
    if (first) first.setXml(xml);
    else context.workbook.customXmlParts.add(xml);
    for (const part of extra) part.delete();
    await context.sync();
  });
}
