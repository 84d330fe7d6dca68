import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyse";
import { detectTables } from "../../src/core/detect/detectTables";
import { ClosestNameFinder } from "../../src/core/mapping/closest";
import { normaliseName } from "../../src/core/mapping/normaliseName";
import { resolveReferences } from "../../src/core/mapping/resolveReferences";
import { describeFinding } from "../../src/core/messages";
import { parseValue } from "../../src/core/values/parseValue";
import type { CellData, CellValue, WorkbookData } from "../../src/core/workbook";

/** Text that looks like what people type in budget tables, plus anything at all. */
const budgetText = fc.oneof(
  fc.string(),
  fc.stringMatching(/^(Maximaal |minimaal |< |≥ |>)?\d{1,5}([.,]\d{1,3})? ?(%|min|dagen)?( \(\*\)| 3\)|\*)?$/),
  fc.constantFrom("-", "*", "n.b.", "nog niet bekend", "PM", "2:17", "65 tot 70 %", "toename", "\u00a0", "\u200b", "Behaald\n2022", "Prestatie-indicator", "Resultaat", "Beoogd 2026", "Toelichting: x"),
);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  budgetText,
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date(),
  fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!") }),
);

const cell: fc.Arbitrary<CellData> = fc.record({
  value: cellValue,
  text: fc.string({ maxLength: 12 }),
  format: fc.constantFrom("General", "0%", "0.0", "mm:ss", "h:mm", "d-m-yyyy", "@", "[h]:mm:ss", '0.0 "min"'),
});

const grid: fc.Arbitrary<WorkbookData> = fc
  .array(fc.array(cell, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 14 })
  .map((cells) => ({ sheets: [{ name: "Blad1", startRow: 0, startCol: 0, cells }] }));

describe("the engine never throws", () => {
  it("parseValue on any cell returns a typed value, never NaN", () => {
    fc.assert(
      fc.property(cell, (c) => {
        const v = parseValue(c);
        const numbers = Object.values(v).filter((x): x is number => typeof x === "number");
        expect(numbers.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("detectTables and analyseWorkbook on arbitrary grids", () => {
    fc.assert(
      fc.property(grid, (wb) => {
        detectTables(wb);
        const a = analyseWorkbook(wb);
        for (const f of a.findings) {
          expect(describeFinding(f, "nl")).not.toMatch(/undefined|NaN/);
          expect(describeFinding(f, "en")).not.toMatch(/undefined|NaN/);
        }
        for (const i of a.programme.indicators) for (const o of i.observations) expect(o.value === null || Number.isFinite(o.value)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("resolveReferences on arbitrary references", () => {
    const entries = [{ id: "klanttevredenheid-website" as never, key: "klanttevredenheid website", name: "Klanttevredenheid Website." }];
    const index = { byKey: new Map([["klanttevredenheid website", ["klanttevredenheid-website" as never]]]), entries, closest: new ClosestNameFinder(entries) };
    fc.assert(
      fc.property(fc.array(budgetText, { maxLength: 5 }), (lines) => {
        const out = resolveReferences([{ text: "R", sheet: "S", cell: "A1" as never, lines }], index);
        expect(out.results).toHaveLength(1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the engine's shortcuts give what the full path gives", () => {
  it("normaliseName: a plain name skips the clean-up and ends as the clean-up would end it", () => {
    const plainish = fc.stringMatching(/^[A-Za-z0-9]{1,8}( [A-Za-z0-9]{1,8}){0,4}$/);
    fc.assert(
      fc.property(fc.oneof(plainish, fc.string(), fc.constantFrom("Klanten 14 050", "wachttijd norm 5")), (name) => {
        // A leading space always takes the full clean-up, which trims it again.
        expect(normaliseName(name)).toBe(normaliseName(` ${name}`));
      }),
      { numRuns: 1000 },
    );
  });

  it("parseValue: a text parsed once and shared through the cache equals a fresh parse", () => {
    const textCache = new Map();
    fc.assert(
      fc.property(fc.array(budgetText, { minLength: 1, maxLength: 6 }), (texts) => {
        for (const text of [...texts, ...texts]) {
          const cellData: CellData = { value: text, text, format: "General" };
          expect(parseValue(cellData, { textCache })).toEqual(parseValue(cellData));
        }
      }),
      { numRuns: 500 },
    );
  });
});
