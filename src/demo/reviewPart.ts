/**
 * The review inside an .xlsx package, in the same custom XML part the Excel gateway uses
 * (src/excel/reviewStorage.ts: namespace urn:indicator-check:review:v1). A file downloaded from the
 * demo therefore opens in Excel with the add-in showing the same verdicts, and the other way round.
 * exceljs neither reads nor writes custom XML parts, so the part is read from and added to the zip
 * package directly.
 */
import JSZip from "jszip";
import { REVIEW_NAMESPACE } from "../core/review/reviewXml";

const ITEM = /^customXml\/item(\d+)\.xml$/;
const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
/** The datastore id of the part; unique within the package is all it must be. */
const ITEM_ID = "{5B0E6C3A-1F0D-4C8E-9A57-2D1C6E4B7A10}";

/** Office writes custom XML parts as UTF-8 or UTF-16 with a byte-order mark. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

const isReviewXml = (xml: string): boolean => /<review\b[^>]*\burn:indicator-check:review:v1\b/.test(xml);

/** The custom XML items of a package, lowest number first. */
function items(zip: JSZip): { path: string; n: number }[] {
  return Object.keys(zip.files)
    .map((path) => ({ path, n: Number(ITEM.exec(path)?.[1] ?? NaN) }))
    .filter((i) => Number.isInteger(i.n))
    .sort((a, b) => a.n - b.n);
}

/** The XML of the package's review part, or null when it has none. Never throws. */
export async function readReviewXml(bytes: Uint8Array): Promise<string | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    for (const item of items(zip)) {
      const xml = decodeXml(await zip.file(item.path)!.async("uint8array"));
      if (isReviewXml(xml)) return xml;
    }
  } catch {
    // Not a readable zip: the workbook reader reports that; there is simply no review here.
  }
  return null;
}

/**
 * The package with `xml` (reviewToXml's output, or a part read from a file, kept as it was) as its
 * review part, replacing any review part it had.
 */
export async function writeReviewXml(bytes: Uint8Array, xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let rels = (await zip.file(WORKBOOK_RELS)?.async("string")) ?? "";
  let types = (await zip.file(CONTENT_TYPES)?.async("string")) ?? "";
  if (!rels || !types) throw new Error("Not an .xlsx package: no workbook relationships or content types.");

  for (const item of items(zip)) {
    const xml = decodeXml(await zip.file(item.path)!.async("uint8array"));
    if (!isReviewXml(xml)) continue;
    zip.remove(item.path);
    zip.remove(`customXml/itemProps${item.n}.xml`);
    zip.remove(`customXml/_rels/item${item.n}.xml.rels`);
    rels = rels.replace(
      new RegExp(`<Relationship\\b[^>]*Target="\\.\\./customXml/item${item.n}\\.xml"[^>]*/>`),
      ""
    );
    types = types.replace(
      new RegExp(`<Override\\b[^>]*PartName="/customXml/itemProps${item.n}\\.xml"[^>]*/>`),
      ""
    );
  }

  const n = Math.max(0, ...items(zip).map((i) => i.n)) + 1;
  let relId = "rIdReview";
  for (let k = 2; rels.includes(`Id="${relId}"`); k++) relId = `rIdReview${k}`;
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${REVIEW_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`
  );
  zip.file(
    WORKBOOK_RELS,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${relId}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`
    )
  );
  zip.file(
    CONTENT_TYPES,
    types.replace(
      "</Types>",
      `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_CONTENT_TYPE}"/></Types>`
    )
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
