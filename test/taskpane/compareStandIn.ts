/**
 * A stand-in for the compare engine (src/core/compare) in the pane's tests: compareAnalyses is a
 * jest.fn that reports one warning on a cell the check leaves alone, so a test can tell the
 * comparison's finding and mark from the check's, whatever the real engine finds. Use it as
 *   jest.mock("../../src/core/compare", () => (jest.requireActual("./compareStandIn") as typeof StandIn).standInModule());
 */
import type { CellAddress } from "../../src/core/address";
import type * as CompareModule from "../../src/core/compare";
import type { Comparison, ComparisonReference } from "../../src/core/compare";
import { makeFinding } from "../../src/core/findings/makeFinding";
import type { IndicatorId } from "../../src/core/findings/types";
import type { Analysis } from "../../src/core/model/types";

/** What the stand-in comparison reports: a warning on Indicatoren!A1, the sample's title cell. */
export const drift = makeFinding(
  "target/missing",
  { sheet: "Indicatoren", cell: "A1" as CellAddress, indicatorId: "vergelijking" as IndicatorId, year: 2025 },
  { year: 2025 }
);

/** The compare module with compareAnalyses as a jest.fn around the real one. */
export function standInModule(): typeof CompareModule {
  const actual: typeof CompareModule = jest.requireActual("../../src/core/compare");
  return { ...actual, compareAnalyses: jest.fn(actual.compareAnalyses) };
}

/** Resets the mocked compareAnalyses to report `drift` alone. */
export function reportDrift(compare: jest.MockedFunction<typeof CompareModule.compareAnalyses>): void {
  compare.mockClear();
  compare.mockImplementation(
    (_current: Analysis, _reference: unknown, ref: ComparisonReference): Comparison => ({
      reference: ref,
      pairs: [],
      findings: [drift],
    })
  );
}
