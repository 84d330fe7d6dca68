import { parseReview, serializeReview, type ParsedReview } from "./serializeReview";
import type { ReviewState } from "./types";

/** The namespace of the custom XML part that carries the review inside the workbook. */
export const REVIEW_NAMESPACE = "urn:indicator-check:review:v1";

/**
 * JSON that is safe inside CDATA and XML 1.0: `>` is written as \u003e so "]]>" can never occur,
 * and characters XML forbids (U+FFFE, U+FFFF, C1 controls) are escaped the same way. JSON.parse
 * reads it back unchanged.
 */
function xmlSafeJson(json: string): string {
  return json.replace(
    /[>\u007f-\u009f\ufffe\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

/**
 * `<review xmlns="urn:indicator-check:review:v1"><![CDATA[{…}]]></review>`, without an XML
 * declaration: Office's CustomXmlPart.setXml failed to update a part whose XML started with one
 * (office-js #1643), and XML 1.0 makes it optional for UTF-8. Parts written earlier with one are
 * still read (reviewFromXml looks for the review element wherever it starts).
 */
export function reviewToXml(state: ReviewState): string {
  return `<review xmlns="${REVIEW_NAMESPACE}"><![CDATA[${xmlSafeJson(serializeReview(state))}]]></review>`;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The review from the part's XML. Excel may hand the part back with the CDATA section or with its
 * text escaped as entities; both are read. Never throws.
 */
export function reviewFromXml(xml: string | null | undefined): ParsedReview {
  if (!xml) return parseReview(null);
  const body = /<review\b[^>]*>([\s\S]*)<\/review>/.exec(xml)?.[1];
  if (body === undefined)
    return /<review\b[^>]*\/>/.test(xml) ? parseReview(null) : parseReview("not a review");
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
  try {
    return parseReview(cdata ? cdata[1] : unescapeXml(body));
  } catch {
    return parseReview("not a review");
  }
}
