import { uniqueSheetName } from "../../src/core/layout/uniqueSheetName";

describe("uniqueSheetName", () => {
  it.each([
    [[], "Begrotingstabellen", "Begrotingstabellen"],
    [["Indicatoren"], "Begrotingstabellen", "Begrotingstabellen"],
    [["Begrotingstabellen"], "Begrotingstabellen", "Begrotingstabellen (2)"],
    [["Begrotingstabellen", "Begrotingstabellen (2)"], "Begrotingstabellen", "Begrotingstabellen (3)"],
    [["begrotingstabellen"], "Begrotingstabellen", "Begrotingstabellen (2)"],
    [["Begrotingstabellen", "Begrotingstabellen (3)"], "Begrotingstabellen", "Begrotingstabellen (2)"],
    [[], "Tabellen: 4.1 [concept]?", "Tabellen 4.1 concept"],
    [[], "'Tabellen'", "Tabellen"],
    [[], "", "Begrotingstabellen"],
    [[], "History", "History (2)"],
    [[], "Begrotingstabellen Dienstverlening 2026", "Begrotingstabellen Dienstverlen"],
    [
      ["Begrotingstabellen Dienstverlen"],
      "Begrotingstabellen Dienstverlening 2026",
      "Begrotingstabellen Dienstve (2)",
    ],
  ])("%j + %s → %s", (existing, base, expected) => {
    const name = uniqueSheetName(existing, base);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it("uses 'Begrotingstabellen' when no base is given", () => {
    expect(uniqueSheetName(["Begrotingstabellen"])).toBe("Begrotingstabellen (2)");
  });
});
