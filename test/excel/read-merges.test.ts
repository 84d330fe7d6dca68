/**
 * Merged areas as real Excel gives them: getMergedAreasOrNullObject fails above 512 merged areas
 * in the range (its reference page), and returns only the merges whose top-left cell lies in the
 * range (office-js #3611). A heavily merged budget sheet must not fail the check: its merges are
 * read in pieces of rows, or skipped with the sheet marked, and the other sheets keep theirs.
 */
import { toRange, type RangeRef } from "../../src/core/address";
import type { SheetData } from "../../src/core/workbook";
import { createExcelGateway } from "../../src/excel/excelGateway";
import type { CellModel } from "./double/model";
import { buildModel, installExcelDouble, type ExcelDouble } from "./excelDouble";

let double: ExcelDouble;
afterEach(() => double.uninstall());

const a1 = (r: RangeRef) => toRange(r.top, r.left, r.bottom, r.right);

/** Every merged area the read gave a sheet, each once (a merge is on each of its cells). */
function mergesOf(sheet: SheetData): string[] {
  const found = new Set<string>();
  for (const row of sheet.cells) for (const cell of row) if (cell.merge) found.add(cell.merge);
  return [...found].sort();
}

/**
 * A sheet like a printed budget page from row `first`: every indicator name merged over A:B, the
 * source merged down column E.
 */
function heavilyMerged(
  rows: number,
  first = 1
): { rows: (CellModel["value"] | undefined)[][]; merges: string[] } {
  const cells = Array.from({ length: rows }, (_, r) => [
    `Indicator ${r + 1}`,
    undefined,
    r,
    r * 2,
    r === 2 ? "CBS" : undefined,
  ]);
  const merges = Array.from({ length: rows }, (_, r) => `A${first + r}:B${first + r}`);
  merges.push(`E${first + 2}:E${first + rows - 1}`); // starts above every piece but the first, and covers them all
  return { rows: cells, merges };
}

describe("the double's Range.getMergedAreasOrNullObject, as Excel's", () => {
  /** The merged areas Excel gives for `address` on the first sheet, or the error it fails with. */
  async function mergedAreas(merges: string[], address: string): Promise<string | null | Error> {
    double = installExcelDouble(buildModel([{ name: "Blad", rows: [["x"]], merges }]));
    return Excel.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem("Blad")
        .getRange(address)
        .getMergedAreasOrNullObject();
      areas.load("address");
      try {
        await context.sync();
      } catch (error) {
        return error as Error;
      }
      return areas.isNullObject ? null : areas.address;
    });
  }

  it("gives only the merges whose top-left cell lies in the range (office-js #3611)", async () => {
    await expect(mergedAreas(["A1:C3", "C4:D5"], "B2:D5")).resolves.toBe("Blad!C4:D5");
    await expect(mergedAreas(["A1:C3"], "B2:D5")).resolves.toBeNull();
  });

  it("fails above 512 merged areas in the range (its reference page)", async () => {
    const many = Array.from({ length: 513 }, (_, r) => `A${r + 1}:B${r + 1}`);
    await expect(mergedAreas(many, "A1:B600")).resolves.toMatchObject({ code: "GeneralException" });
    await expect(mergedAreas(many, "A1:B512")).resolves.toMatch(/^Blad!A1:B1, /);
  });
});

describe("merged areas on a heavily merged sheet", () => {
  it("reads more than 512 merged areas in pieces of rows, finding a merge that covers later pieces too", async () => {
    const heavy = heavilyMerged(1_500);
    const model = buildModel([
      { name: "Indicatoren", ...heavy },
      { name: "Toelichting", rows: [["Titel"], ["Tekst"]], merges: ["A1:C1"] },
    ]);
    double = installExcelDouble(model);
    const data = await createExcelGateway().readWorkbook();
    const [indicators, explanations] = data.sheets;
    expect(mergesOf(indicators!)).toEqual([...heavy.merges].sort());
    expect(indicators!.cells[999]![4]).toMatchObject({ merge: "E3:E1500" });
    expect(indicators!.mergesSkipped).toBeUndefined();
    expect(mergesOf(explanations!)).toEqual(["A1:C1"]);
    // The sheets, the refused probes and the probes again without merges; then each sheet whole
    // (the heavy one refused) and the heavy one in pieces of ~400 merges: 1,501 merges, 4 to 6 pieces.
    expect(double.syncs.length).toBeLessThanOrEqual(3 + 2 + 6);
  });

  it("skips a sheet's merges when even one row holds more than 512, marks the sheet, and reads everything else", async () => {
    const wide: (CellModel["value"] | undefined)[] = Array.from({ length: 1_400 }, (_, c) =>
      c % 2 === 0 ? `Kop ${c}` : undefined
    );
    const merges = Array.from({ length: 700 }, (_, i) =>
      a1({ top: 0, bottom: 0, left: 2 * i, right: 2 * i + 1 })
    );
    const model = buildModel([
      { name: "Breed", rows: [wide, [1, 2, 3]], merges },
      { name: "Indicatoren", rows: [["4.1 Dienstverlening"], ["Wachttijd", 7]], merges: ["A1:D1"] },
    ]);
    double = installExcelDouble(model);
    const data = await createExcelGateway().readWorkbook();
    const [broad, indicators] = data.sheets;
    expect(broad).toMatchObject({ name: "Breed", mergesSkipped: true });
    expect(mergesOf(broad!)).toEqual([]);
    expect(broad!.cells[0]![0]).toEqual({ value: "Kop 0", text: "Kop 0", format: "General" });
    expect(broad!.cells[1]!.slice(0, 3).map((c) => c.value)).toEqual([1, 2, 3]);
    expect(indicators!.mergesSkipped).toBeUndefined();
    expect(mergesOf(indicators!)).toEqual(["A1:D1"]);
  });

  it("finds a merge whose top-left lies above the used range's first valued row", async () => {
    // E1:E4 is merged and empty above row 3, where the values start. Excel gives it only for a range
    // that holds E1, so the pieces start at row 1, not at the used range.
    const heavy = heavilyMerged(600, 3);
    const model = buildModel([
      { name: "Blad", start: "A3", rows: heavy.rows, merges: ["E1:E4", ...heavy.merges] },
    ]);
    double = installExcelDouble(model);
    const data = await createExcelGateway().readWorkbook();
    expect(data.sheets[0]!.startRow).toBe(2);
    expect(data.sheets[0]!.cells[0]![4]).toMatchObject({ merge: "E1:E4" });
    expect(mergesOf(data.sheets[0]!)).toEqual(["E1:E4", ...heavy.merges].sort());
  });

  it("costs no sync more on a sheet with few merges", async () => {
    const model = buildModel([{ name: "Blad", rows: [["Titel"], [1, 2]], merges: ["A1:B1"] }]);
    double = installExcelDouble(model);
    await createExcelGateway().readWorkbook();
    expect(double.syncs).toHaveLength(2);
  });
});
