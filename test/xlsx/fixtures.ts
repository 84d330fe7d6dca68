/** Workbooks and byte strings for the xlsx tests, built in memory. */
import ExcelJS from "exceljs";

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function workbookBytes(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  return toBytes(wb);
}

function utf16(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file as Excel writes for a password-protected .xlsx (signature + stream names). */
export function encryptedPackageBytes(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(OLE_SIGNATURE, 0);
  bytes.set(utf16("EncryptionInfo"), 1024);
  bytes.set(utf16("EncryptedPackage"), 1152);
  return bytes;
}

/** A legacy Excel 97-2003 .xls: same OLE signature, a "Workbook" stream. */
export function legacyXlsBytes(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(OLE_SIGNATURE, 0);
  bytes.set(utf16("Workbook"), 1024);
  return bytes;
}

/** A valid zip with one stored entry (CRC left 0: only names are inspected before exceljs). */
export function zipWithEntry(name: string, content = "hello"): Uint8Array {
  const enc = new TextEncoder();
  const nameBytes = enc.encode(name);
  const data = enc.encode(content);
  const local = new Uint8Array(30 + nameBytes.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  local.set(data, 30 + nameBytes.length);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, 0, true);
  central.set(nameBytes, 46);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length, true);
  const out = new Uint8Array(local.length + central.length + eocd.length);
  out.set(local, 0);
  out.set(central, local.length);
  out.set(eocd, local.length + central.length);
  return out;
}
