import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxReadError } from "../../src/xlsx/errors";
import type { XlsxReadErrorCode } from "../../src/xlsx/errors";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { encryptedPackageBytes, legacyXlsBytes, workbookBytes, zipWithEntry } from "./fixtures";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "indicator-check-xlsx-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<XlsxReadErrorCode> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(XlsxReadError);
    const e = error as XlsxReadError;
    expect(e.name).toBe("XlsxReadError");
    // A clear one-line message, not an exceljs/JSZip internals dump.
    expect(e.message).not.toMatch(/\n|central directory|JSZip|exceljs/i);
    return e.code;
  }
  throw new Error("expected the read to fail");
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("readWorkbookFile errors", () => {
  test("a missing file → file-not-found, with the path", async () => {
    const path = join(dir, "bestaat-niet.xlsx");
    await expect(codeOf(readWorkbookFile(path))).resolves.toBe("file-not-found");
    await expect(readWorkbookFile(path)).rejects.toMatchObject({ path, message: expect.stringContaining(path) });
  });

  test("a text file renamed to .xlsx → not-xlsx", async () => {
    const path = file("notities.xlsx", "Dit is geen werkmap.\n");
    await expect(codeOf(readWorkbookFile(path))).resolves.toBe("not-xlsx");
  });

  test("a password-protected workbook (OLE compound file) → encrypted", async () => {
    await expect(codeOf(readWorkbookFile(file("beveiligd.xlsx", encryptedPackageBytes())))).resolves.toBe("encrypted");
  });

  test("a bare OLE signature is taken as encrypted", async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(codeOf(readWorkbookBuffer(bytes))).resolves.toBe("encrypted");
  });

  test("a legacy .xls → not-xlsx, saying so", async () => {
    await expect(codeOf(readWorkbookFile(file("oud.xls", legacyXlsBytes())))).resolves.toBe("not-xlsx");
    await expect(readWorkbookBuffer(legacyXlsBytes())).rejects.toThrow(/\.xls/);
  });

  test("a zero-byte file → empty", async () => {
    await expect(codeOf(readWorkbookFile(file("leeg.xlsx", new Uint8Array(0))))).resolves.toBe("empty");
  });

  test("a workbook without worksheets → empty", async () => {
    const bytes = await workbookBytes(() => undefined);
    await expect(codeOf(readWorkbookBuffer(bytes))).resolves.toBe("empty");
  });

  test("a zip that is not a workbook (e.g. a .docx) → not-xlsx", async () => {
    await expect(codeOf(readWorkbookBuffer(zipWithEntry("word/document.xml")))).resolves.toBe("not-xlsx");
  });

  test("a truncated workbook → not-xlsx", async () => {
    const bytes = await workbookBytes((wb) => void (wb.addWorksheet("A").getCell("A1").value = 1));
    await expect(codeOf(readWorkbookBuffer(bytes.slice(0, bytes.length - 40)))).resolves.toBe("not-xlsx");
    await expect(codeOf(readWorkbookBuffer(bytes.slice(0, 200)))).resolves.toBe("not-xlsx");
  });

  test("a zip with a workbook part but damaged contents → not-xlsx", async () => {
    await expect(codeOf(readWorkbookBuffer(zipWithEntry("xl/workbook.xml", "<workbook")))).resolves.toBe("not-xlsx");
  });

  test("a folder → not-xlsx", async () => {
    const folder = join(dir, "map.xlsx");
    mkdirSync(folder);
    await expect(codeOf(readWorkbookFile(folder))).resolves.toBe("not-xlsx");
  });

  test("an ArrayBuffer is accepted like a Uint8Array", async () => {
    const bytes = await workbookBytes((wb) => void (wb.addWorksheet("A").getCell("A1").value = 1));
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const wb = await readWorkbookBuffer(copy);
    expect(wb.sheets[0]!.cells[0]![0]!.value).toBe(1);
  });
});
