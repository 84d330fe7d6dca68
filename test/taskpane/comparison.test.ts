/**
 * The comparison as the pane shows it, on data made here: its findings beside the check's and
 * counted with them, the 'Vergelijking' filter, a finding about an indicator this workbook no longer
 * has still listed, and the chosen file's name and date.
 */
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellAddress } from "../../src/core/address";
import type { Comparison } from "../../src/core/compare";
import { makeFinding } from "../../src/core/findings/makeFinding";
import type { Finding, IndicatorId, ProgrammeId } from "../../src/core/findings/types";
import type { Analysis } from "../../src/core/model/types";
import { EMPTY_REVIEW } from "../../src/core/review";
import type { WorkbookData } from "../../src/core/workbook";
import { CompareError } from "../../src/taskpane/engine/compareError";
import { TEXTS } from "../../src/taskpane/i18n";
import { describeError } from "../../src/taskpane/state/errors";
import { chooseReference, isComparisonFinding, withComparison } from "../../src/taskpane/state/comparison";
import { applyFilters, codesIn, isFiltering, NO_FILTERS, originOf } from "../../src/taskpane/state/filters";
import { groupFindings, listOrder } from "../../src/taskpane/state/grouping";
import type { CheckResult } from "../../src/taskpane/state/runCheck";
import { summariseAnalysis } from "../../src/taskpane/state/summary";
import { sampleWorkbook } from "./sampleWorkbook";

/**
 * A finding as the compare engine makes it: its code is "compare/…" (cast here, as the codes are the
 * engine's to declare), a severity of its own, and an indicator the current workbook may not have.
 */
function comparisonFinding(
  code: string,
  severity: Finding["severity"],
  indicator: string,
  cell: string | null
): Finding {
  const base = makeFinding(
    "target/missing",
    {
      sheet: cell ? "Indicatoren" : null,
      cell: cell as CellAddress | null,
      indicatorId: indicator as IndicatorId,
      year: 2025,
    },
    { year: 2025 }
  );
  return { ...base, id: `${code.replace("/", ".")}:${indicator}:2025`, code, severity } as unknown as Finding;
}

let workbook: WorkbookData;
let analysis: Analysis;
let drifted: Finding;
let removed: Finding;
let comparison: Comparison;
beforeAll(async () => {
  workbook = await sampleWorkbook();
  analysis = analyseWorkbook(workbook);
  const website = analysis.programme.indicators.find((i) => i.name.startsWith("Klanttevredenheid Website"))!;
  drifted = comparisonFinding("compare/value-differs", "error", website.id, "D7");
  removed = comparisonFinding("compare/indicator-removed", "warning", "aantal-bezoekers-balie", null);
  comparison = {
    reference: { name: "begroting-2025.xlsx", label: null },
    pairs: [],
    findings: [drifted, removed],
  };
});

const result = (with_: Comparison | null): CheckResult => ({
  analysis,
  summary: summariseAnalysis(analysis),
  comparison: with_,
  review: EMPTY_REVIEW,
  reviewWarning: null,
  reviewWritable: true,
  problems: [],
  mergesSkipped: [],
  formatsUnread: [],
});

describe("withComparison", () => {
  test("lists the comparison's findings after the check's and counts them in the summary", () => {
    const shown = withComparison(result(comparison))!;
    expect(shown.analysis.findings).toEqual([...analysis.findings, drifted, removed]);
    expect(shown.summary.counts).toEqual({ error: 5, warning: 14, info: 2 });
    expect(shown.summary.indicators).toBe(9);
    // The check's own analysis, which the exports use, is left as it was.
    expect(result(comparison).analysis.findings).toHaveLength(19);
  });

  test("gives the same result without a comparison, or one that found nothing", () => {
    const none = result(null);
    expect(withComparison(none)).toBe(none);
    const nothing = result({ ...comparison, findings: [] });
    expect(withComparison(nothing)).toBe(nothing);
    expect(withComparison(null)).toBeNull();
  });
});

describe("the 'Vergelijking' filter", () => {
  test("tells the comparison's findings from the check's", () => {
    const all = withComparison(result(comparison))!.analysis.findings;
    expect(all.filter(isComparisonFinding)).toEqual([drifted, removed]);
    expect(originOf(drifted)).toBe("comparison");
    expect(originOf(analysis.findings[0]!)).toBe("check");
    const onlyComparison = { ...NO_FILTERS, origins: ["comparison"] } as const;
    expect(isFiltering(onlyComparison)).toBe(true);
    expect(applyFilters(all, onlyComparison, null)).toEqual([drifted, removed]);
    expect(applyFilters(all, { ...NO_FILTERS, origins: ["check"] }, null)).toEqual(analysis.findings);
    expect(applyFilters(all, { ...onlyComparison, severities: ["error"] }, null)).toEqual([drifted]);
    expect(applyFilters(all, NO_FILTERS, null)).toHaveLength(21);
  });

  test("names the comparison's codes and the filter in both languages", () => {
    const codes = codesIn([drifted, removed]);
    expect(codes.map((c) => TEXTS.nl.codeName[c])).toEqual([
      "Waarde wijkt af van andere versie",
      "Indicator vervallen",
    ]);
    expect(codes.map((c) => TEXTS.en.codeName[c])).toEqual([
      "Value differs from other version",
      "Indicator removed",
    ]);
    expect(TEXTS.nl.originName.comparison).toBe("Vergelijking");
    expect(TEXTS.en.originName.comparison).toBe("Comparison");
  });
});

describe("listing a finding about an indicator this workbook no longer has", () => {
  test("by indicator: under the other findings, after the indicators", () => {
    const all = withComparison(result(comparison))!.analysis;
    const groups = groupFindings(all, all.findings, "indicator");
    expect(listOrder(groups)).toHaveLength(21);
    expect(groups.at(-1)).toMatchObject({ kind: "other" });
    expect(groups.at(-1)!.findings).toContain(removed);
    expect(groups.find((g) => g.title?.startsWith("Klanttevredenheid Website"))!.findings).toContain(drifted);
  });

  test("by programme: under the other findings when it names no programme of the workbook", () => {
    const two = analyseWorkbook({
      sheets: ["4.1 ", "4.2 "].flatMap((prefix) =>
        workbook.sheets.map((s) => ({ ...s, name: prefix + s.name }))
      ),
    });
    const unplaced = { ...removed, programme: "9.9" as ProgrammeId } as Finding;
    const groups = groupFindings(two, [...two.findings, unplaced], "programme");
    expect(groups.map((g) => [g.kind, g.findings.length])).toEqual([
      ["programme", 19],
      ["programme", 19],
      ["other", 1],
    ]);
  });
});

describe("a reference that cannot be compared with", () => {
  test.each([
    ["not-xlsx", "export.xlsx is geen Excel-werkmap", "export.xlsx is not an Excel workbook"],
    ["encrypted", "export.xlsx is met een wachtwoord beveiligd", "export.xlsx is password-protected"],
    ["empty", "export.xlsx is leeg", "export.xlsx is empty"],
    ["unreadable", "export.xlsx kan niet worden gelezen", "export.xlsx cannot be read"],
    ["no-indicators", "Geen indicatortabel in export.xlsx", "No indicator table in export.xlsx"],
  ] as const)("%s: says what happened to which file, in both languages", (code, nl, en) => {
    const error = new CompareError(code, "export.xlsx");
    expect(describeError(error, TEXTS.nl)).toMatchObject({ intent: "error", title: nl });
    expect(describeError(error, TEXTS.en)).toMatchObject({ intent: "error", title: en });
    // As it arrives when made on another thread: a plain object with the same fields.
    const plain = { name: "CompareError", code, file: "export.xlsx", message: error.message };
    expect(describeError(plain, TEXTS.nl).title).toBe(nl);
  });
});

describe("chooseReference", () => {
  const bytes = new Uint8Array([0x50, 0x4b, 3, 4]).buffer;

  test("keeps the file's name and date, and reads its bytes when asked", async () => {
    const file = {
      name: "begroting-2025.xlsx",
      lastModified: Date.UTC(2025, 10, 4),
      arrayBuffer: async () => bytes,
    };
    const chosen = chooseReference(file);
    expect(chosen.reference).toEqual({ name: "begroting-2025.xlsx", modified: "2025-11-04T00:00:00.000Z" });
    expect(await chosen.read()).toEqual({
      name: "begroting-2025.xlsx",
      lastModified: file.lastModified,
      bytes,
    });
  });

  test("a file the browser can no longer read (moved, changed) cannot be compared with", async () => {
    const gone = chooseReference({
      name: "begroting-2025.xlsx",
      lastModified: 1,
      arrayBuffer: async () => {
        throw new Error("NotReadableError: the file changed");
      },
    });
    await expect(gone.read()).rejects.toBeInstanceOf(CompareError);
    await expect(gone.read()).rejects.toMatchObject({ code: "unreadable", file: "begroting-2025.xlsx" });
  });

  test("takes the moment of choosing when the host cannot tell the file's date", () => {
    const before = Date.now();
    const chosen = chooseReference({
      name: "x.xlsx",
      lastModified: Number.NaN,
      arrayBuffer: async () => bytes,
    });
    expect(Date.parse(chosen.reference.modified)).toBeGreaterThanOrEqual(before);
  });
});
