import { clock, durationStyle, formatAmount, harmoniseRow } from "../../src/core/layout/harmonise";
import { parseValue } from "../../src/core/values/parseValue";
import type { CellData } from "../../src/core/workbook";

const typed = (text: string): CellData => ({ value: text, text, format: "General" });
const row = (...cells: (string | CellData)[]) =>
  cells.map((c) => parseValue(typeof c === "string" ? typed(c) : c));

describe("harmoniseRow", () => {
  it.each([
    [
      "wachttijd: minutes words are the majority, the clock value keeps its seconds",
      ["-", "02:17", "8 min", "Maximaal 5 min", "5 min"],
      ["-", "2:17 min", "8 min", "Maximaal 5 min", "5 min"],
    ],
    [
      "wachttijd vrije inloop",
      ["-", "6:36", "7 min", "Maximaal 15 min", "15 min"],
      ["-", "6:36 min", "7 min", "Maximaal 15 min", "15 min"],
    ],
    [
      "clock is the majority: every value becomes m:ss, the bound keeps its word",
      ["2:17", "6:36", "8 min"],
      ["2:17", "6:36", "8:00"],
    ],
    ["bound in a clock row", ["Maximaal 5 min", "4:30", "3:15"], ["Maximaal 5:00", "4:30", "3:15"]],
    ["a tie goes to minutes words", ["75 min", "1:15:00"], ["75 min", "75 min"]],
    ["minute words become 'min', decimals stay", ["8 minuten", "2,5 min"], ["8 min", "2,5 min"]],
    [
      "percentages: no space before %, the row's decimals",
      ["75 %", "80,5%", "81%"],
      ["75,0%", "80,5%", "81,0%"],
    ],
    ["a bound keeps its word", ["minimaal 80 %", "82%"], ["minimaal 80%", "82%"]],
    ["ranges keep their word", ["65 tot 70 %", "65-70%"], ["65 tot 70%", "65–70%"]],
    [
      "grades: decimal comma and the row's decimals",
      ["*", "8,0", "8,3", "8", "8"],
      ["*", "8,0", "8,3", "8,0", "8,0"],
    ],
    ["decimal point becomes a comma", ["8.3", "8", "7,25"], ["8,30", "8,00", "7,25"]],
    ["thousands get a group dot", ["1.459", "1459"], ["1.459", "1.459"]],
    ["days keep their word", ["28 dagen", "30  dagen", "1 werkdag"], ["28 dagen", "30 dagen", "1 werkdag"]],
    ["missing markers stay as written", ["n.b.", "*", "-", "8,0"], ["n.b.", "*", "-", "8,0"]],
    ["annotated values stay as written but count for the decimals", ["5,9 (*)", "6"], ["5,9 (*)", "6,0"]],
    ["directions stay as written", ["toename", "7,5"], ["toename", "7,5"]],
  ])("%s", (_name, input, expected) => {
    expect(harmoniseRow(row(...input))).toEqual(expected);
  });

  it("reads percent-formatted numbers as the percentages Excel shows", () => {
    const cells = row(
      { value: 0.75, text: "75%", format: "0%" },
      { value: 0.805, text: "80,5%", format: "0.0%" }
    );
    expect(harmoniseRow(cells)).toEqual(["75,0%", "80,5%"]);
  });

  it("picks the duration notation by majority", () => {
    expect(durationStyle(row("2:17", "6:36", "8 min"))).toBe("clock");
    expect(durationStyle(row("2:17", "8 min"))).toBe("words");
  });

  it.each([
    [2 + 17 / 60, "2:17"],
    [8, "8:00"],
    [75, "1:15:00"],
  ])("clock(%d) = %s", (minutes, text) => {
    expect(clock(minutes)).toBe(text);
  });

  it.each([
    [1459.5, 1, "1.459,5"],
    [8, 1, "8,0"],
    [-0.001, 1, "0,0"],
    [43000, 0, "43.000"],
  ])("formatAmount(%d, %d) = %s", (amount, decimals, text) => {
    expect(formatAmount(amount, decimals)).toBe(text);
  });
});

describe("harmonise keeps texts that say more than their figure", () => {
  it.each(["ca. 500", "ruim 80%", "€ 1.200", "max. 2 weken", "7,5 (2019)"])("%s stays as written", (raw) => {
    const parsed = parseValue({ value: raw, text: raw, format: "General" });
    expect(harmoniseRow([parsed, parseValue({ value: "8,25", text: "8,25", format: "General" })])[0]).toBe(raw);
  });
});
