import { dosDateTime, withFixedZipTimestamps, zipEntryNames } from "../../src/xlsx/zip";
import { workbookBytes, zipWithEntry } from "./fixtures";

describe("zip", () => {
  test("lists entry names", () => {
    expect(zipEntryNames(zipWithEntry("xl/workbook.xml"))).toEqual(["xl/workbook.xml"]);
  });

  test("throws on bytes that are not a zip", () => {
    expect(() => zipEntryNames(new TextEncoder().encode("geen zip"))).toThrow();
  });

  test("DOS date/time words", () => {
    const { time, date } = dosDateTime(new Date(Date.UTC(2025, 10, 19, 16, 6, 0)));
    expect(time).toBe((16 << 11) | (6 << 5));
    expect(date).toBe(((2025 - 1980) << 9) | (11 << 5) | 19);
  });

  test("fixed timestamps (and fixed document dates) make two writes identical", async () => {
    const moment = new Date(Date.UTC(2025, 0, 1));
    const build = () =>
      workbookBytes((wb) => {
        wb.created = moment; // docProps/core.xml would otherwise carry "now"
        wb.modified = moment;
        wb.addWorksheet("A").getCell("A1").value = "x";
      });
    const a = withFixedZipTimestamps(await build(), moment);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const b = withFixedZipTimestamps(await build(), moment);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(zipEntryNames(a)).toContain("xl/workbook.xml");
  });
});
