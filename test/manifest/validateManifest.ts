/**
 * Offline validation of the add-in's XML manifest:
 *  - against Microsoft's published manifest schemas (test/manifest/schemas) with libxml2 compiled to WebAssembly;
 *  - against the product's own rules (locale, permissions, host, requirement set, ribbon strings);
 *  - against the build: every dev-server URL must name a file the build emits, every icon must be a PNG of
 *    the size the manifest announces.
 * Each problem is returned as an issue; an empty list means the manifest is good.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { validateXML } from "xmllint-wasm";

export const DEV_URL = "https://localhost:3000/";
export const ENTRY_SCHEMA = "OfficeAppManifestV1_1.xsd";

export interface ManifestIssue {
  kind: "xml" | "schema" | "structure" | "file" | "icon";
  message: string;
}

export interface ValidateOptions {
  /** Folder holding OfficeAppManifestV1_1.xsd and the schemas it imports. */
  xsdDir: string;
  /** Folder that relative build paths resolve against (the repository root). */
  repoRoot: string;
  /** Paths (relative to dist/) the build emits, e.g. "taskpane.html", "assets/icon-16.png". */
  emittedFiles: Iterable<string>;
  /** Where the emitted file's source lives, to read icons from; defaults to the same path under repoRoot. */
  sourceOf?: (emitted: string) => string | undefined;
}

// ---------------------------------------------------------------- a small XML reader (no DOM needed)

export interface XmlElement {
  name: string; // qualified name as written, e.g. "bt:Image"
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}

/** Parses well-formed XML into elements; throws on mismatched or unclosed tags. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(xml))) {
    const top = stack[stack.length - 1]!;
    const [, cdata, closeName, openName, attrText, selfClose, text, stray] = m;
    if (stray) throw new Error(`malformed markup at offset ${m.index}`);
    if (cdata !== undefined) top.text += cdata;
    else if (text !== undefined) top.text += decodeEntities(text);
    else if (closeName) {
      if (top.name !== closeName)
        throw new Error(`</${closeName}> closes <${top.name}> at offset ${m.index}`);
      stack.pop();
    } else if (openName) {
      const attributes: Record<string, string> = {};
      for (const a of (attrText ?? "").matchAll(/([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
        attributes[a[1]!] = decodeEntities(a[3] ?? a[4] ?? "");
      }
      const el: XmlElement = { name: openName, attributes, children: [], text: "" };
      top.children.push(el);
      if (!selfClose) stack.push(el);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  const elements = root.children;
  if (elements.length !== 1) throw new Error(`expected one root element, found ${elements.length}`);
  return elements[0]!;
}

export function localName(el: XmlElement): string {
  const i = el.name.indexOf(":");
  return i < 0 ? el.name : el.name.slice(i + 1);
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => localName(c) === name) : [];
}

export function childNamed(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenNamed(el, name)[0];
}

export function descendants(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!name || localName(c) === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The value of an attribute whatever prefix it was written with (e.g. xsi:type). */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  if (name in el.attributes) return el.attributes[name];
  const key = Object.keys(el.attributes).find((k) => k.endsWith(":" + name));
  return key ? el.attributes[key] : undefined;
}

// ---------------------------------------------------------------- PNG

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Reads a PNG's header and checks the whole file: signature, IHDR first, every chunk's CRC, IEND last,
 * and that the image data inflates to exactly one filtered row per scanline (8-bit RGBA/RGB/grey/palette).
 */
export function readPng(bytes: Buffer): PngInfo {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(signature))
    throw new Error("not a PNG (bad signature)");
  let offset = 8;
  let info: PngInfo | undefined;
  const idat: Buffer[] = [];
  let sawEnd = false;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) throw new Error("truncated chunk");
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) throw new Error(`truncated ${type} chunk`);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== crc) throw new Error(`bad CRC in ${type}`);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (!info && type !== "IHDR") throw new Error("first chunk is not IHDR");
    if (type === "IHDR") {
      info = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitDepth: data[8]!,
        colorType: data[9]!,
      };
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") {
      sawEnd = true;
      offset = end;
      break;
    }
    offset = end;
  }
  if (!info) throw new Error("no IHDR");
  if (!sawEnd || offset !== bytes.length) throw new Error("IEND missing or not last");
  const channels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
  const ch = channels[info.colorType];
  if (ch && info.bitDepth === 8) {
    const raw = zlib.inflateSync(Buffer.concat(idat));
    const expected = (info.width * ch + 1) * info.height;
    if (raw.length !== expected) throw new Error(`image data is ${raw.length} bytes, expected ${expected}`);
  }
  return info;
}

// ---------------------------------------------------------------- schema

/** Validates against ENTRY_SCHEMA in xsdDir, preloading every other .xsd of that folder. */
export async function schemaErrors(xml: string, xsdDir: string): Promise<string[]> {
  const entry = path.join(xsdDir, ENTRY_SCHEMA);
  if (!fs.existsSync(entry)) throw new Error(`manifest schemas not found: ${entry}`);
  const others = fs.readdirSync(xsdDir).filter((f) => f.endsWith(".xsd") && f !== ENTRY_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: ENTRY_SCHEMA, contents: fs.readFileSync(entry, "utf8") }],
    preload: others.map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(xsdDir, f), "utf8") })),
  });
  if (result.valid) return [];
  const errors = result.errors.map((e) => e.rawMessage.trim()).filter(Boolean);
  return errors.length ? errors : ["schema validation failed: " + result.rawOutput.trim()];
}

// ---------------------------------------------------------------- product rules

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every string resource must have an en-US override (the default locale is nl-NL). */
function checkLocales(app: XmlElement, issues: ManifestIssue[]): void {
  const structure = (message: string) => issues.push({ kind: "structure", message });
  for (const name of ["DisplayName", "Description"]) {
    const el = childNamed(app, name);
    if (!el) structure(`<${name}> is missing`);
    else if (!childrenNamed(el, "Override").some((o) => attr(o, "Locale") === "en-US")) {
      structure(`<${name}> has no en-US <Override>`);
    }
  }
  for (const group of ["ShortStrings", "LongStrings"]) {
    for (const list of descendants(app, group)) {
      for (const s of childrenNamed(list, "String")) {
        if (!childrenNamed(s, "Override").some((o) => attr(o, "Locale") === "en-US")) {
          structure(`ribbon string "${attr(s, "id")}" has no en-US <bt:Override>`);
        }
      }
    }
  }
}

/** Checks resid references and returns the URL of every image resource by id. */
function checkResources(app: XmlElement, issues: ManifestIssue[]): Map<string, string> {
  const images = new Map<string, string>();
  const ids = new Set<string>();
  for (const r of [
    ...descendants(app, "Images"),
    ...descendants(app, "Urls"),
    ...descendants(app, "ShortStrings"),
    ...descendants(app, "LongStrings"),
  ]) {
    for (const item of r.children) {
      const id = attr(item, "id");
      if (!id) continue;
      ids.add(id);
      if (localName(r) === "Images") images.set(id, attr(item, "DefaultValue") ?? "");
    }
  }
  for (const el of descendants(app)) {
    const resid = el.attributes["resid"];
    if (resid !== undefined && !ids.has(resid)) {
      issues.push({ kind: "structure", message: `<${el.name} resid="${resid}"> names no resource` });
    }
  }
  return images;
}

function collectUrls(app: XmlElement): string[] {
  const urls: string[] = [];
  for (const el of descendants(app)) {
    for (const value of Object.values(el.attributes)) if (/^https?:\/\//.test(value)) urls.push(value);
    if (el.children.length === 0 && /^https?:\/\//.test(el.text.trim())) urls.push(el.text.trim());
  }
  return urls;
}

export async function validateManifest(xml: string, options: ValidateOptions): Promise<ManifestIssue[]> {
  const issues: ManifestIssue[] = [];
  const structure = (message: string) => issues.push({ kind: "structure", message });

  for (const message of await schemaErrors(xml, options.xsdDir)) issues.push({ kind: "schema", message });

  let app: XmlElement;
  try {
    app = parseXml(xml);
  } catch (error) {
    issues.push({ kind: "xml", message: `not well-formed: ${(error as Error).message}` });
    return issues;
  }

  if (localName(app) !== "OfficeApp") structure(`root element is <${app.name}>, expected <OfficeApp>`);
  if (attr(app, "type") !== "TaskPaneApp")
    structure(`OfficeApp xsi:type is "${attr(app, "type")}", expected TaskPaneApp`);

  const id = childNamed(app, "Id")?.text.trim() ?? "";
  if (!GUID.test(id)) structure(`<Id> "${id}" is not a GUID`);
  const version = childNamed(app, "Version")?.text.trim() ?? "";
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version)) structure(`<Version> "${version}" is not of the form n.n.n.n`);
  const locale = childNamed(app, "DefaultLocale")?.text.trim();
  if (locale !== "nl-NL") structure(`<DefaultLocale> is "${locale}", expected nl-NL`);
  if (!childNamed(app, "ProviderName")?.text.trim()) structure("<ProviderName> is missing or empty");

  const permissions = childrenNamed(app, "Permissions");
  if (permissions.length !== 1) structure(`expected exactly one <Permissions>, found ${permissions.length}`);
  else if (permissions[0]!.text.trim() !== "ReadWriteDocument") {
    structure(`<Permissions> is "${permissions[0]!.text.trim()}", expected exactly ReadWriteDocument`);
  }

  const hosts = childrenNamed(childNamed(app, "Hosts"), "Host").map((h) => attr(h, "Name"));
  if (hosts.length !== 1 || hosts[0] !== "Workbook")
    structure(`<Hosts> are [${hosts.join(", ")}], expected only Workbook`);

  const sets = childrenNamed(childNamed(childNamed(app, "Requirements"), "Sets"), "Set");
  const excelApi = sets.find((s) => attr(s, "Name") === "ExcelApi");
  if (!excelApi) structure("<Requirements> does not name the ExcelApi set");
  else if (!/^1\.\d+$/.test(attr(excelApi, "MinVersion") ?? "")) {
    structure(`ExcelApi MinVersion "${attr(excelApi, "MinVersion")}" is not a 1.x version`);
  }

  const overrides = childNamed(app, "VersionOverrides");
  const buttons = overrides
    ? descendants(overrides, "Control").filter((c) => attr(c, "type") === "Button")
    : [];
  const showsPane = buttons.some((b) =>
    childrenNamed(b, "Action").some(
      (a) => attr(a, "type") === "ShowTaskpane" && childNamed(a, "TaskpaneId")?.text.trim() === "ButtonId1"
    )
  );
  if (!showsPane) structure("no ribbon button with a ShowTaskpane action for TaskpaneId ButtonId1");
  if (overrides && !descendants(overrides, "OfficeTab").some((t) => attr(t, "id") === "TabHome")) {
    structure("the ribbon group is not on the Home tab (OfficeTab TabHome)");
  }

  checkLocales(app, issues);
  const images = checkResources(app, issues);

  // Build outputs: every dev-server URL must name an emitted file.
  const emitted = new Set(options.emittedFiles);
  for (const url of collectUrls(app)) {
    if (!url.startsWith(DEV_URL)) continue;
    const file = url.slice(DEV_URL.length).split(/[?#]/)[0]!;
    if (!emitted.has(file))
      issues.push({ kind: "file", message: `${url} names ${file}, which the build does not emit` });
  }

  // Icons: the PNG's size must be the size the manifest announces.
  const expectIcon = (url: string | undefined, size: number, where: string) => {
    if (!url) return issues.push({ kind: "icon", message: `${where} has no URL` });
    if (!url.startsWith(DEV_URL))
      return issues.push({ kind: "icon", message: `${where} (${url}) is not served by the add-in` });
    const file = url.slice(DEV_URL.length);
    const named = /icon-(\d+)\.png$/.exec(file);
    if (named && Number(named[1]) !== size) {
      issues.push({ kind: "icon", message: `${where} should be ${size}×${size} but points at ${file}` });
    }
    const source = options.sourceOf ? options.sourceOf(file) : path.join(options.repoRoot, file);
    if (!source || !fs.existsSync(source))
      return issues.push({ kind: "icon", message: `${where}: ${file} does not exist` });
    try {
      const png = readPng(fs.readFileSync(source));
      if (png.width !== size || png.height !== size) {
        issues.push({
          kind: "icon",
          message: `${where}: ${file} is ${png.width}×${png.height}, expected ${size}×${size}`,
        });
      }
    } catch (error) {
      issues.push({
        kind: "icon",
        message: `${where}: ${file} is not a valid PNG (${(error as Error).message})`,
      });
    }
    return undefined;
  };
  expectIcon(attr(childNamed(app, "IconUrl"), "DefaultValue"), 32, "<IconUrl>");
  expectIcon(attr(childNamed(app, "HighResolutionIconUrl"), "DefaultValue"), 64, "<HighResolutionIconUrl>");
  for (const icon of overrides ? descendants(overrides, "Icon") : []) {
    const sizes = childrenNamed(icon, "Image").map((i) => Number(attr(i, "size")));
    for (const needed of [16, 32, 80]) {
      if (!sizes.includes(needed)) structure(`a ribbon <Icon> has no ${needed}px image`);
    }
    for (const image of childrenNamed(icon, "Image")) {
      const resid = attr(image, "resid") ?? "";
      if (images.has(resid))
        expectIcon(images.get(resid), Number(attr(image, "size")), `ribbon image ${resid}`);
    }
  }

  return issues;
}
