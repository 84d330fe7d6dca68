/** What the first bytes of a file say it is, before handing it to a zip reader. */

export type FileKind = "empty" | "zip" | "ole" | "other";

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary (OLE2): encrypted OOXML packages and legacy .xls files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return "zip";
  if (startsWith(bytes, OLE.slice(0, 4))) return "ole";
  return "other";
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An OLE file is a legacy Excel 97-2003 workbook when it has a "Workbook" (or "Book") stream
 * and no "EncryptedPackage"; anything else with that signature is treated as an encrypted .xlsx.
 */
export function isLegacyXls(bytes: Uint8Array): boolean {
  if (containsUtf16(bytes, "EncryptedPackage")) return false;
  return containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book\u0000");
}
