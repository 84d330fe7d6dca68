import { analyseWorkbook } from "../../src/core/analyse";
import { GatewayError } from "../../src/core/gateway";
import type { Analysis } from "../../src/core/model/types";
import { EMPTY_REVIEW, reviewView, setReview } from "../../src/core/review";
import type { WorkbookData } from "../../src/core/workbook";
import { TEXTS, langFromDisplayLanguage } from "../../src/taskpane/i18n";
import { notesSupport } from "../../src/taskpane/state/capabilities";
import { createChangeGate } from "../../src/taskpane/state/changeGate";
import { positionIn, stepThrough } from "../../src/taskpane/state/cursor";
import { describeError } from "../../src/taskpane/state/errors";
import { exportFileName } from "../../src/taskpane/state/fileName";
import { applyFilters, codesIn, NO_FILTERS } from "../../src/taskpane/state/filters";
import { groupFindings, listOrder } from "../../src/taskpane/state/grouping";
import { previewNorm } from "../../src/taskpane/state/normPreview";
import {
  analyseOptionsFrom,
  DEFAULT_SETTINGS,
  parseSettings,
  serializeSettings,
  withIndicatorSetting,
  withTableOverride,
  withoutTableOverride,
} from "../../src/taskpane/state/settings";
import { summariseAnalysis } from "../../src/taskpane/state/summary";
import { createFakeGateway } from "./fakeGateway";
import { sampleWorkbook } from "./sampleWorkbook";

let workbook: WorkbookData;
let analysis: Analysis;
beforeAll(async () => {
  workbook = await sampleWorkbook();
  analysis = analyseWorkbook(workbook);
});

describe("summary", () => {
  test("counts severities, indicators and met and breached values", () => {
    expect(summariseAnalysis(analysis)).toEqual({
      counts: { error: 4, warning: 13, info: 2 },
      indicators: 9,
      met: 12,
      breached: 10,
      programmes: [],
    });
  });
});

describe("grouping", () => {
  test("by indicator follows the indicator table, then the rest; every finding once", () => {
    const groups = groupFindings(analysis, analysis.findings, "indicator");
    expect(groups.map((g) => g.kind)).toEqual([...groups.slice(0, -1).map(() => "indicator"), "other"]);
    expect(listOrder(groups)).toHaveLength(analysis.findings.length);
    expect(new Set(listOrder(groups).map((f) => f.id)).size).toBe(analysis.findings.length);
    expect(groups[0]).toMatchObject({
      title: "Klanttevredenheid publieksbalie Harm Buiterplein.",
      place: "Indicatoren!A4",
    });
  });

  test("by result puts a result's own findings under it and every finding once", () => {
    const groups = groupFindings(analysis, analysis.findings, "result");
    expect(new Set(listOrder(groups).map((f) => f.id)).size).toBe(analysis.findings.length);
    const regie = groups.find((g) => g.title?.startsWith("Vanuit onze regierol"));
    expect(regie?.findings.map((f) => f.code)).toEqual(["mapping/result-without-indicator"]);
    expect(groups.every((g) => g.kind === "result" || g.findings.length > 0)).toBe(true);
  });
});

describe("a workbook of two programmes (two copies of the sample)", () => {
  let two: Analysis;
  beforeAll(() => {
    two = analyseWorkbook({
      sheets: ["4.1 ", "4.2 "].flatMap((prefix) => workbook.sheets.map((s) => ({ ...s, name: prefix + s.name }))),
    });
  });

  test("the summary counts per programme, each as the sample alone", () => {
    const summary = summariseAnalysis(two);
    expect(summary.counts).toEqual({ error: 8, warning: 26, info: 4 });
    expect(summary.programmes).toEqual([
      { id: "4.1", label: "4.1 Dienstverlening", counts: { error: 4, warning: 13, info: 2 }, indicators: 9 },
      { id: "4.2", label: "4.2 Dienstverlening", counts: { error: 4, warning: 13, info: 2 }, indicators: 9 },
    ]);
  });

  test("grouping by programme puts each finding under its own programme, once", () => {
    const groups = groupFindings(two, two.findings, "programme");
    expect(groups.map((g) => [g.kind, g.title, g.findings.length])).toEqual([
      ["programme", "4.1 Dienstverlening", 19],
      ["programme", "4.2 Dienstverlening", 19],
    ]);
    expect(groups[1]!.findings.every((f) => f.programme === "4.2" && f.sheet?.startsWith("4.2 ") !== false)).toBe(true);
    expect(new Set(listOrder(groups).map((f) => f.id)).size).toBe(two.findings.length);
  });

  test("grouping by indicator keeps the same name in two programmes apart", () => {
    const groups = groupFindings(two, two.findings, "indicator");
    const website = groups.filter((g) => g.title === "Klanttevredenheid Website.");
    expect(website.map((g) => g.place)).toEqual(["4.1 Indicatoren!A7", "4.2 Indicatoren!A7"]);
  });
});

describe("filters", () => {
  test("empty filters keep everything; choices combine per field with OR and across fields with AND", () => {
    const view = reviewView(EMPTY_REVIEW, analysis.findings);
    expect(applyFilters(analysis.findings, NO_FILTERS, view)).toHaveLength(19);
    expect(
      applyFilters(analysis.findings, { ...NO_FILTERS, severities: ["error", "info"] }, view)
    ).toHaveLength(6);
    expect(
      applyFilters(analysis.findings, { ...NO_FILTERS, severities: ["error"], codes: ["norm/breach"] }, view)
    ).toHaveLength(4);
    expect(applyFilters(analysis.findings, { ...NO_FILTERS, review: ["open"] }, view)).toHaveLength(19);
    expect(applyFilters(analysis.findings, { ...NO_FILTERS, review: ["changed"] }, view)).toHaveLength(0);
    expect(codesIn(analysis.findings)).toContain("norm/breach");
  });
});

describe("review view", () => {
  test("judgedOnly leaves unjudged findings out of byFinding, with the same progress", () => {
    const [first, second] = analysis.findings;
    const judged = setReview(EMPTY_REVIEW, first!, "te-corrigeren", {}, new Date("2026-03-02T12:00:00Z"));
    if (!judged.ok) throw new Error("not judged");
    const full = reviewView(judged.state, analysis.findings);
    const sparse = reviewView(judged.state, analysis.findings, { judgedOnly: true });
    expect(sparse.progress).toEqual(full.progress);
    expect([...sparse.byFinding.keys()]).toEqual([first!.id]);
    expect(sparse.byFinding.get(first!.id)).toEqual(full.byFinding.get(first!.id));
    expect(sparse.byFinding.get(second!.id)).toBeUndefined();
    // An absent review reads as 'open' to the filters, as a full one does.
    const open = { ...NO_FILTERS, review: ["open" as const] };
    expect(applyFilters(analysis.findings, open, sparse)).toEqual(
      applyFilters(analysis.findings, open, full)
    );
  });
});

describe("stepping", () => {
  test.each([
    [["a", "b", "c"], null, 1, "a"],
    [["a", "b", "c"], null, -1, "c"],
    [["a", "b", "c"], "a", 1, "b"],
    [["a", "b", "c"], "c", 1, "a"],
    [["a", "b", "c"], "a", -1, "c"],
    [["a", "b", "c"], "x", 1, "a"],
    [[], "a", 1, null],
  ] as const)("in %j from %s by %d gives %s", (order, current, delta, expected) => {
    expect(stepThrough(order, current, delta)).toBe(expected);
  });

  test("position is 1-based, null when not listed", () => {
    expect(positionIn(["a", "b"], "b")).toBe(2);
    expect(positionIn(["a", "b"], "x")).toBeNull();
    expect(positionIn(["a", "b"], null)).toBeNull();
  });
});

describe("settings", () => {
  test("garbage gives the defaults, field by field; never throws", () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("{not json")).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("[1,2]")).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings(
        JSON.stringify({
          lang: "fr",
          showMet: "yes",
          liveRecheck: true,
          tables: [{ kind: "indicators", sheet: "Blad1", range: "A1:C9" }, { kind: "tabel" }],
          indicators: {
            a: { direction: "sideways", norm: "80%" },
            b: { norm: "" },
            __proto__: { norm: "x" },
          },
        })
      )
    ).toEqual({
      ...DEFAULT_SETTINGS,
      liveRecheck: true,
      tables: [{ kind: "indicators", sheet: "Blad1", range: "A1:C9" }],
      indicators: { a: { norm: "80%" } },
    });
  });

  test("round-trips", () => {
    const s = withIndicatorSetting(
      withTableOverride(
        { ...DEFAULT_SETTINGS, lang: "en", showMet: true },
        { kind: "mapping", sheet: "R", range: "A1:B5" }
      ),
      "x",
      { direction: "lower", norm: "max 5 min" }
    );
    expect(parseSettings(serializeSettings(s))).toEqual(s);
  });

  test("one override per kind and sheet; reset removes the kind", () => {
    let s = withTableOverride(DEFAULT_SETTINGS, { kind: "indicators", sheet: "A", range: "A1:B2" });
    s = withTableOverride(s, { kind: "indicators", sheet: "A", range: "A1:C3" });
    s = withTableOverride(s, { kind: "indicators", sheet: "B", range: "A1:C3" });
    s = withTableOverride(s, { kind: "mapping", sheet: "A", range: "D1:E3" });
    expect(s.tables).toEqual([
      { kind: "indicators", sheet: "A", range: "A1:C3" },
      { kind: "indicators", sheet: "B", range: "A1:C3" },
      { kind: "mapping", sheet: "A", range: "D1:E3" },
    ]);
    expect(withoutTableOverride(s, "indicators").tables).toEqual([
      { kind: "mapping", sheet: "A", range: "D1:E3" },
    ]);
  });

  test("an indicator with neither direction nor norm is dropped", () => {
    let s = withIndicatorSetting(DEFAULT_SETTINGS, "x", { norm: "80%" });
    s = withIndicatorSetting(s, "x", { direction: "lower" });
    expect(s.indicators).toEqual({ x: { norm: "80%", direction: "lower" } });
    s = withIndicatorSetting(s, "x", { norm: "  " });
    expect(s.indicators).toEqual({ x: { direction: "lower" } });
    s = withIndicatorSetting(s, "x", { direction: null });
    expect(s.indicators).toEqual({});
  });

  test("become engine options only where set", () => {
    expect(analyseOptionsFrom(DEFAULT_SETTINGS)).toEqual({});
    const s = withIndicatorSetting(DEFAULT_SETTINGS, "x", { norm: "80%" });
    expect(analyseOptionsFrom(s)).toEqual({ indicators: { x: { norm: "80%" } } });
  });
});

describe("language", () => {
  test.each([
    ["nl-NL", "nl"],
    ["nl-BE", "nl"],
    ["NL", "nl"],
    ["en-US", "en"],
    ["fy-NL", "en"],
    ["", "en"],
  ] as const)("%s gives %s", (tag, lang) => {
    expect(langFromDisplayLanguage(tag)).toBe(lang);
  });
});

describe("errors", () => {
  test.each([
    [new GatewayError("api-unsupported", "x"), "error", "werk Excel bij of gebruik Excel op het web"],
    [
      new GatewayError("sheet-protected", "x", { sheet: "Indicatoren" }),
      "warning",
      "Blad beveiligen opheffen",
    ],
    [new GatewayError("not-found", "x"), "warning", "bestaat niet meer"],
    [new GatewayError("too-large", "x"), "error", "Verklein het gebruikte bereik"],
    [new GatewayError("failed", "Excel zegt nee"), "error", "Excel zegt nee"],
    [new Error("kapot"), "error", "kapot"],
    ["tekst", "error", "tekst"],
    [
      { code: "sheet-protected", message: "from another bundle", detail: { sheet: "R" } },
      "warning",
      "opheffen",
    ],
  ])("%s is told as %s", (error, intent, body) => {
    const shown = describeError(error, TEXTS.nl);
    expect(shown.intent).toBe(intent);
    expect(`${shown.title} ${shown.body}`).toContain(body);
  });

  test("the protected sheet is named in both languages", () => {
    const error = new GatewayError("sheet-protected", "x", { sheet: "Relatie" });
    expect(describeError(error, TEXTS.nl).title).toBe("Blad 'Relatie' is beveiligd");
    expect(describeError(error, TEXTS.en).title).toBe("Sheet 'Relatie' is protected");
  });
});

describe("norm preview", () => {
  test.each([
    ["minimaal 80%", "higher", "ten minste 80%"],
    ["Maximaal 5 min", "lower", "ten hoogste 5 min"],
    ["7,5", "higher", "ten minste 7,5"],
    ["7,5", "lower", "ten hoogste 7,5"],
  ] as const)("%s (%s) reads as %s", (text, direction, shown) => {
    expect(previewNorm(text, direction, "nl")).toEqual({ kind: "read", text: shown });
  });

  test("empty and unreadable", () => {
    expect(previewNorm("  ", "higher", "nl")).toEqual({ kind: "empty" });
    expect(previewNorm("zo hoog mogelijk", "higher", "nl")).toEqual({ kind: "unreadable" });
  });
});

describe("change gate", () => {
  test("ignores changes while the pane writes and for a moment after", () => {
    const gate = createChangeGate(1000);
    expect(gate.accepts(0)).toBe(true);
    gate.begin();
    expect(gate.accepts(10)).toBe(false);
    gate.end(100);
    expect(gate.accepts(500)).toBe(false);
    expect(gate.accepts(1100)).toBe(true);
  });

  test("nested writes keep it closed until the last ends", () => {
    const gate = createChangeGate(0);
    gate.begin();
    gate.begin();
    gate.end(0);
    expect(gate.accepts(5)).toBe(false);
    gate.end(5);
    expect(gate.accepts(5)).toBe(true);
  });
});

describe("file names", () => {
  test.each([
    ["Begrotingstabellen Dienstverlening", "docx", "Begrotingstabellen Dienstverlening.docx"],
    ['Programma 1: "Veilig"/Zorg?', "html", "Programma 1 Veilig Zorg.html"],
    ["  ...  ", "docx", "Begrotingstabellen.docx"],
    ["Tab\tand\nnewline.", "html", "Tab and newline.html"],
  ] as const)("%j → %s", (title, ext, name) => {
    expect(exportFileName(title, ext)).toBe(name);
  });
});

describe("capabilities", () => {
  test("only an ExcelGateway that meets the minimum tells where notes go", () => {
    const gateway = createFakeGateway(workbook);
    expect(notesSupport(gateway)).toBe("unknown");
    const caps = (annotations: "notes" | "comments" | "none", minimum = true) =>
      Object.assign(createFakeGateway(workbook), { capabilities: () => ({ minimum, annotations }) });
    expect(notesSupport(caps("notes"))).toBe("notes");
    expect(notesSupport(caps("comments"))).toBe("comments");
    expect(notesSupport(caps("none"))).toBe("none");
    expect(notesSupport(caps("none", false))).toBe("unknown");
    const throwing = Object.assign(createFakeGateway(workbook), {
      capabilities: () => {
        throw new Error("Office not ready");
      },
    });
    expect(notesSupport(throwing)).toBe("unknown");
  });
});
