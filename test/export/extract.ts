/**
 * Reads the produced HTML and .docx back into plain texts for the tests: tables as rows of cells
 * (a cell with a list or several paragraphs as its lines), and the paragraphs outside tables.
 * Parses with jsdom's DOMParser in the node test environment (the jsdom environment lacks TextDecoder,
 * which the .xlsx reader needs).
 */
import { JSDOM } from "jsdom";
import JSZip from "jszip";

const { DOMParser } = new JSDOM("").window;
const TEXT_NODE = 3;

export interface ExtractedTable {
  readonly caption: string | null;
  readonly rows: string[][][];
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Text of an HTML node with <br> as "\n". */
export function htmlText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? "";
  if (node.nodeName === "BR") return "\n";
  return Array.from(node.childNodes).map(htmlText).join("");
}

/** A cell's lines: one per <li> when it holds a list, else its text as one line. */
function htmlCellLines(cell: Element): string[] {
  const items = Array.from(cell.querySelectorAll("li"));
  if (items.length > 0) return items.map(htmlText);
  const t = htmlText(cell);
  return t === "" ? [] : [t];
}

export function htmlContent(html: string): {
  tables: ExtractedTable[];
  paragraphs: string[];
  document: Document;
} {
  const document = new DOMParser().parseFromString(html, "text/html");
  const tables = Array.from(document.querySelectorAll("table")).map((table) => ({
    caption: table.querySelector("caption") ? htmlText(table.querySelector("caption")!) : null,
    rows: Array.from(table.querySelectorAll("tr")).map((tr) => Array.from(tr.children).map(htmlCellLines)),
  }));
  const paragraphs = Array.from(document.querySelectorAll("h1, h2, h3, p"))
    .filter((p) => !p.closest("table"))
    .map(htmlText);
  return { tables, paragraphs, document };
}

/** Text of a w:p: w:t texts, w:br as "\n", w:tab as "\t". */
function paragraphText(p: Element): string {
  let out = "";
  const walk = (node: Element) => {
    for (const child of Array.from(node.children)) {
      if (child.namespaceURI === W && child.localName === "t") out += child.textContent ?? "";
      else if (child.namespaceURI === W && child.localName === "br") out += "\n";
      else if (child.namespaceURI === W && child.localName === "tab") out += "\t";
      else if (child.localName !== "pPr" && child.localName !== "rPr") walk(child);
    }
  };
  walk(p);
  return out;
}

export async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("no word/document.xml");
  return file.async("string");
}

export async function docxContent(
  bytes: Uint8Array
): Promise<{ tables: ExtractedTable[]; paragraphs: string[]; xml: Document }> {
  const xml = new DOMParser().parseFromString(await documentXml(bytes), "application/xml");
  if (xml.getElementsByTagName("parsererror").length > 0) throw new Error("document.xml is not well-formed");
  const body = xml.getElementsByTagNameNS(W, "body")[0]!;
  const tables: ExtractedTable[] = [];
  const paragraphs: string[] = [];
  for (const child of Array.from(body.children)) {
    if (child.localName === "p") paragraphs.push(paragraphText(child));
    if (child.localName === "tbl") {
      const rows = Array.from(child.children)
        .filter((e) => e.localName === "tr")
        .map((tr) =>
          Array.from(tr.children)
            .filter((e) => e.localName === "tc")
            .map((tc) =>
              Array.from(tc.children)
                .filter((e) => e.localName === "p")
                .map(paragraphText)
                .filter((t, i, all) => !(t === "" && all.length === 1))
            )
        );
      tables.push({ caption: null, rows });
    }
  }
  return { tables, paragraphs, xml };
}
