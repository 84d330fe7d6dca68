import fc from "fast-check";
import { neutraliseFormula } from "../../src/core/layout/neutraliseFormula";

describe("neutraliseFormula", () => {
  it.each([
    ['=HYPERLINK("http://x";"klik")', `'=HYPERLINK("http://x";"klik")`],
    ["+31 50 367 91 11", "'+31 50 367 91 11"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["-", "-"],
    ["–", "–"],
    ["-5", "-5"],
    ["-5,3%", "-5,3%"],
    ["8,0", "8,0"],
    ["Maximaal 5 min", "Maximaal 5 min"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it("never leaves a formula start except for a plain number or a dash", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii" }), (text) => {
        const out = neutraliseFormula(text);
        const risky = /^[=+\-@\t\r]/.test(out);
        expect(!risky || /^(?:[+-]?\d+(?:[.,]\d+)*%?|[-–—]+)$/.test(out)).toBe(true);
        expect(out === text || out === `'${text}`).toBe(true);
      })
    );
  });
});
