/**
 * Nothing is lost: highlighting and clearing never change a value, a formula or the user's own
 * formatting; generated sheets never overwrite anything; the CLI never writes to its input; and a
 * reviewer's verdicts survive re-analysis after the table is edited.
 */
import { createHash } from "node:crypto";
import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyseWorkbook } from "../../src/core/analyse";
import type { Finding } from "../../src/core/findings/types";
import { buildLayout } from "../../src/core/layout";
import { MARK_RULE_FORMULA, planMarks } from "../../src/core/marks";
import type { Analysis } from "../../src/core/model/types";
import {
  EMPTY_REVIEW,
  reconcileReview,
  reviewFromXml,
  reviewToXml,
  reviewView,
  setReview,
  type ReviewState,
} from "../../src/core/review";
import { createExcelGateway } from "../../src/excel/excelGateway";
import { writeLayoutSheet } from "../../src/export";
import { applyMarksToWorkbook } from "../../src/xlsx/applyMarks";
import { readWorkbookBuffer } from "../../src/xlsx/readWorkbook";
import { installExcelDouble, snapshot, type ExcelDouble } from "../excel/excelDouble";
import { runCli, type CliResult } from "./cli";
import { openXlsx, usersWorkbook, xlsx } from "./corpus";
import { excelModelOf } from "./excelModel";

let bytes: Uint8Array;
let analysis: Analysis;
const dir = mkdtempSync(path.join(os.tmpdir(), "indicator-check-lost-"));

beforeAll(async () => {
  bytes = await xlsx(usersWorkbook);
  analysis = analyseWorkbook(await readWorkbookBuffer(bytes));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const saved = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

interface CellState {
  readonly value: string;
  readonly formula: string | undefined;
  readonly style: string;
  readonly note: string | undefined;
}

/** Every cell of every sheet (with its style and note), as comparable text. */
function cellsOf(wb: ExcelJS.Workbook): Map<string, CellState> {
  const out = new Map<string, CellState>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note =
          cell.note === undefined
            ? undefined
            : typeof cell.note === "string"
              ? cell.note
              : cell.note.texts?.map((t) => t.text).join("");
        out.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify(cell.value),
          formula: cell.formula || undefined,
          style: JSON.stringify(cell.style),
          note,
        });
      })
    )
  );
  return out;
}

/** What the user arranged on each sheet besides its cells. */
function sheetsOf(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    state: ws.state,
    merges: ws.model.merges,
    columns: ws.columns?.map((c) => c.width) ?? [],
    rows: ws.getRows(1, ws.rowCount)?.map((r) => r.height) ?? [],
    validations: JSON.stringify(
      (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model
    ),
  }));
}

type ConditionalFormat = { ref: string; rules: { formulae?: string[] }[] };
const conditionalFormats = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: ConditionalFormat[] }).conditionalFormattings;

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

// ---------------------------------------------------------------------------------------------

describe("highlighting a copy with exceljs (check --highlight)", () => {
  it("changes no value, formula or style of any cell; the user's note stays first; the user's rule stays", async () => {
    const original = await openXlsx(bytes);
    const copy = await openXlsx(bytes);
    const marks = planMarks(analysis, { showMet: true });
    applyMarksToWorkbook(copy, marks);
    const marked = await openXlsx(await saved(copy));

    const before = cellsOf(original);
    const after = cellsOf(marked);
    expect([...after.keys()]).toEqual(expect.arrayContaining([...before.keys()]));
    for (const [address, cell] of before) {
      const now = after.get(address)!;
      expect([address, now.value, now.formula, now.style]).toEqual([
        address,
        cell.value,
        cell.formula,
        cell.style,
      ]);
      if (cell.note !== undefined)
        expect(now.note!.startsWith(`${cell.note}\n\nIndicator Check:`)).toBe(true);
    }
    expect(sheetsOf(marked)).toEqual(sheetsOf(original));

    // Only notes and conditional formats were added, and only ours.
    const markedCells = new Set(marks.map((m) => `${m.sheet}!${m.cell}`));
    for (const [address, cell] of after)
      if (cell.note !== before.get(address)?.note) expect(markedCells.has(address)).toBe(true);
    const [userRule, ...ours] = conditionalFormats(marked.getWorksheet("Indicatoren")!);
    expect(userRule).toEqual(conditionalFormats(original.getWorksheet("Indicatoren")!)[0]);
    expect(ours.flatMap((cf) => cf.rules.map((r) => r.formulae))).toEqual(
      ours.map(() => [MARK_RULE_FORMULA.slice(1)])
    );
    expect(conditionalFormats(marked.getWorksheet("Relatie")!)).toEqual([]);
  });
});

describe("highlighting and clearing in Excel (the Office.js gateway on the Excel double)", () => {
  let double: ExcelDouble;
  afterEach(() => double.uninstall());

  /** The user's workbook in Excel, with their own fills, font colours, rule and notes. */
  async function usersExcel(): Promise<ExcelDouble> {
    const model = excelModelOf(await readWorkbookBuffer(bytes));
    const sheet = model.sheets[0]!;
    for (const key of ["2,0", "2,1", "2,2", "2,3", "2,4"]) sheet.cells.get(key)!.fill = "#DDEBF7";
    sheet.cells.get("4,2")!.fill = "#E2EFDA";
    sheet.cells.get("5,2")!.fontColor = "#C00000";
    sheet.conditionalFormats.push({
      id: "{user-cf}",
      type: "CellValue",
      areas: [{ top: 3, left: 1, bottom: 5, right: 4 }],
      formula: "=0.5",
      fill: "#FFFF00",
      font: null,
    });
    sheet.notes.set("4,2", {
      row: 4,
      col: 2,
      content: "Cijfer 2024 gecorrigeerd (mw. Bakker)",
      author: "A. Bakker",
    });
    return installExcelDouble(model);
  }

  const cellsIn = (d: ExcelDouble) =>
    d.model.sheets.map((s) => [...s.cells].sort(([a], [b]) => (a < b ? -1 : 1)));

  it("marks without touching a value, formula, number format, fill or font; clearing restores everything exactly", async () => {
    double = await usersExcel();
    const before = snapshot(double.model);
    const cells = cellsIn(double);
    const gateway = createExcelGateway();
    const inExcel = analyseWorkbook(await gateway.readWorkbook());
    expect(inExcel.findings.map((f) => [f.code, f.cell])).toEqual(
      analysis.findings.map((f) => [f.code, f.cell])
    );

    await gateway.applyMarks(planMarks(inExcel, { showMet: true }));
    expect(cellsIn(double)).toEqual(cells);
    const sheet = double.model.sheets[0]!;
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toContain("{user-cf}");
    expect(sheet.notes.get("4,2")!.content).toBe("Cijfer 2024 gecorrigeerd (mw. Bakker)");
    expect(sheet.notes.size).toBeGreaterThan(1);

    await gateway.applyMarks(planMarks(inExcel)); // marking again replaces, never piles up
    await gateway.clearMarks();
    expect(snapshot(double.model)).toEqual(before);
  });

  it("after the user edits a value and the add-in marks again, clearing leaves exactly the edit", async () => {
    double = await usersExcel();
    const gateway = createExcelGateway();
    await gateway.applyMarks(planMarks(analyseWorkbook(await gateway.readWorkbook())));
    await double.edit("Indicatoren", "C5", 0.85);
    const expected = snapshot(double.model) as { sheets: { cells: [string, unknown][] }[] };
    await gateway.applyMarks(planMarks(analyseWorkbook(await gateway.readWorkbook())));
    await gateway.clearMarks();
    const after = snapshot(double.model) as typeof expected;
    expect(after.sheets.map((s) => s.cells)).toEqual(expected.sheets.map((s) => s.cells));
    expect(double.model.sheets[0]!.cells.get("4,2")).toMatchObject({
      value: 0.85,
      fill: "#E2EFDA",
      numberFormat: "0%",
    });
    expect(double.model.sheets[0]!.conditionalFormats.map((cf) => cf.id)).toEqual(["{user-cf}"]);
    expect([...double.model.sheets[0]!.notes.keys()]).toEqual(["4,2"]);
  });
});

describe("generated sheets (writeLayoutSheet)", () => {
  it("twice gives two new sheets; the user's sheets are byte-equal, their strings and styles kept in place", async () => {
    const untouched = await JSZip.loadAsync(await saved(await openXlsx(bytes)));
    const wb = await openXlsx(bytes);
    const layout = buildLayout(analysis);
    expect([writeLayoutSheet(wb, layout), writeLayoutSheet(wb, layout)]).toEqual([
      "Begrotingstabellen",
      "Begrotingstabellen (2)",
    ]);
    const written = await saved(wb);
    const zip = await JSZip.loadAsync(written);
    const part = (z: JSZip, name: string) => z.file(name)!.async("string");

    for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
      expect(await part(zip, sheet)).toBe(await part(untouched, sheet));
    // Cells refer to shared strings and styles by index: the user's come first, unchanged.
    const items = (xml: string, tag: string) =>
      xml.match(new RegExp(`<${tag}\\b[\\s\\S]*?(?:/>|</${tag}>)`, "g")) ?? [];
    const [strings, stringsBefore] = [
      await part(zip, "xl/sharedStrings.xml"),
      await part(untouched, "xl/sharedStrings.xml"),
    ];
    expect(items(strings, "si").slice(0, items(stringsBefore, "si").length)).toEqual(
      items(stringsBefore, "si")
    );
    const cellXfs = (xml: string) => items(/<cellXfs[\s\S]*<\/cellXfs>/.exec(xml)![0], "xf");
    const [styles, stylesBefore] = [await part(zip, "xl/styles.xml"), await part(untouched, "xl/styles.xml")];
    expect(cellXfs(styles).slice(0, cellXfs(stylesBefore).length)).toEqual(cellXfs(stylesBefore));

    const reread = await openXlsx(written);
    expect(reread.worksheets.map((w) => w.name)).toEqual([
      "Indicatoren",
      "Relatie",
      "Begrotingstabellen",
      "Begrotingstabellen (2)",
    ]);
    const before = cellsOf(await openXlsx(bytes));
    const after = cellsOf(reread);
    for (const [address, cell] of before) expect([address, after.get(address)]).toEqual([address, cell]);
  });
});

describe("the CLI never writes to its input", () => {
  /** A fresh copy of the user's workbook for one scenario, so the scenarios can run side by side. */
  const input = (name: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  let hash: string;
  const files: Record<string, string> = {};
  let runs: Record<
    "check" | "json" | "copy" | "refused" | "hardLink" | "exportOntoInput",
    Promise<CliResult[]>
  >;
  beforeAll(() => {
    hash = createHash("sha256").update(bytes).digest("hex");
    files.checked = input("begroting.xlsx");
    files.copy = path.join(dir, "gemarkeerd.xlsx");
    files.refused = input("weigeren.xlsx");
    files.link = path.join(dir, "koppeling.xlsx");
    symlinkSync(files.refused, files.link);
    files.hardInput = input("hard.xlsx");
    files.hard = path.join(dir, "harde-koppeling.xlsx");
    linkSync(files.hardInput, files.hard);
    files.named = input("begroting-als.html");
    const one = (...args: string[]) => runCli(...args).then((r) => [r]);
    runs = {
      check: one(files.checked),
      json: one(files.checked, "--json", "--lang", "en"),
      copy: one(
        files.checked,
        "--export",
        path.join(dir, "tabellen.html"),
        "--highlight",
        files.copy,
        "--show-met"
      ),
      refused: Promise.all(
        [files.refused, path.join(dir, "sub", "..", "weigeren.xlsx"), files.link].map((target) =>
          runCli(files.refused!, "--highlight", target)
        )
      ),
      hardLink: one(files.hardInput, "--highlight", files.hard),
      exportOntoInput: one(files.named, "--export", files.named),
    };
    for (const p of Object.values(runs)) p.catch(() => undefined);
  });

  it("checking, --json, --export and --highlight to another file leave the input byte-equal", async () => {
    const done = await Promise.all([runs.check, runs.json, runs.copy]);
    expect(done.flat().map((r) => r.code)).toEqual([1, 1, 1]);
    expect(sha256(files.checked!)).toBe(hash);
    expect(sha256(files.copy!)).not.toBe(hash);
    const marked = await openXlsx(readFileSync(files.copy!));
    expect(marked.getWorksheet("Indicatoren")!.getCell("C5").note).toBeDefined();
  });

  it("refuses --highlight onto the input itself, by any spelling or symbolic link: exit 2, one line, input untouched", async () => {
    for (const r of await runs.refused) {
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stdout).toBe("");
    }
    expect(sha256(files.refused!)).toBe(hash);
  });

  // BUG (src/cli/main.ts, writeHighlightedCopy): "same file" is decided by realpath, and a hard link
  // has its own path: the highlighted copy is written over the input.
  it("refuses --highlight onto a hard link of the input", async () => {
    const [r] = await runs.hardLink;
    expect(sha256(files.hardInput!)).toBe(hash);
    expect(r!.code).toBe(2);
  });

  // BUG (src/cli/main.ts): --export is never compared with the input. The input is recognised by its
  // content, not its name, so a workbook saved as "begroting-als.html" is overwritten by its own export.
  it("refuses --export onto the input", async () => {
    const [r] = await runs.exportOntoInput;
    expect(sha256(files.named!)).toBe(hash);
    expect(r!.code).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------

describe("review state survives re-analysis after the user edits the table", () => {
  const NOW = new Date("2026-03-02T10:00:00Z");
  const LATER = new Date("2026-03-09T10:00:00Z");

  /** The user's workbook after an edit, analysed again. */
  async function afterEdit(edit: (ws: ExcelJS.Worksheet) => void): Promise<readonly Finding[]> {
    const wb = await openXlsx(bytes);
    edit(wb.getWorksheet("Indicatoren")!);
    return analyseWorkbook(await readWorkbookBuffer(await saved(wb))).findings;
  }

  const at = (findings: readonly Finding[], code: Finding["code"], cell: string) =>
    findings.find((f) => f.code === code && f.cell === cell)!;

  let state: ReviewState;
  let breach: Finding;
  beforeAll(() => {
    breach = at(analysis.findings, "norm/breach", "C5");
    const verdicts: [Finding, "akkoord" | "te-corrigeren", string | undefined][] = [
      [breach, "te-corrigeren", undefined],
      [at(analysis.findings, "norm/breach", "C6"), "akkoord", "Verbouwing publiekshal; zie raadsbrief 12-3"],
      [at(analysis.findings, "target/missed", "C4"), "akkoord", "Streefwaarde 2025 geldt nog niet"],
    ];
    state = EMPTY_REVIEW;
    for (const [f, status, reason] of verdicts) {
      const result = setReview(
        state,
        f,
        status,
        reason === undefined ? {} : { reason, reviewer: "JdV" },
        NOW
      );
      if (!result.ok) throw new Error(result.error.code);
      state = result.state;
    }
  });

  it("is stored in the workbook and read back unchanged", () => {
    expect(reviewFromXml(reviewToXml(state))).toEqual({ state, warning: null });
  });

  it("71% → 72%: the same finding by id, a new fingerprint, flagged changed; the other verdicts stand", async () => {
    const findings = await afterEdit((ws) => {
      ws.getCell("C5").value = 0.72;
    });
    const edited = findings.find((f) => f.id === breach.id)!;
    expect(edited).toMatchObject({ code: "norm/breach", cell: "C5", params: { value: 72, raw: "72%" } });
    expect(edited.fingerprint).not.toBe(breach.fingerprint);
    const view = reviewView(reconcileReview(state, findings, LATER), findings);
    expect(view.byFinding.get(breach.id)).toMatchObject({ status: "te-corrigeren", changed: true });
    expect([...view.byFinding.values()].filter((r) => r.changed).map((r) => r.findingId)).toEqual([
      breach.id,
    ]);
    expect(view.progress).toMatchObject({ akkoord: 2, changed: 1 });
  });

  it("a row inserted above the table: every finding keeps its id", async () => {
    const findings = await afterEdit((ws) => ws.insertRow(1, []));
    expect(findings.map((f) => f.id)).toEqual(analysis.findings.map((f) => f.id));
    expect(findings.map((f) => f.cell)).toEqual(
      analysis.findings.map((f) => f.cell!.replace(/\d+$/, (n) => String(Number(n) + 1)))
    );
    expect(reconcileReview(state, findings, LATER)).toBe(state);
  });

  // Design question (src/core/findings/makeFinding.ts): the fingerprint hashes the cell address, so a
  // finding that only moved is "changed" and every verdict must be given again after a row insert.
  it("a row inserted above the table: no verdict needs another look", async () => {
    const findings = await afterEdit((ws) => ws.insertRow(1, []));
    expect(reviewView(state, findings).progress).toMatchObject({ akkoord: 2, teCorrigeren: 1, changed: 0 });
  });

  it("the breach repaired: its verdict is kept as resolved history; broken again: open again, unchanged", async () => {
    const repaired = await afterEdit((ws) => {
      ws.getCell("C5").value = 0.85;
    });
    expect(repaired.map((f) => f.id)).not.toContain(breach.id);
    const resolved = reconcileReview(state, repaired, LATER);
    expect(resolved.entries[breach.id]).toEqual({
      ...state.entries[breach.id],
      resolvedAt: LATER.toISOString(),
    });
    expect(reviewView(resolved, repaired).resolved.map((e) => e.findingId)).toContain(breach.id);
    expect(Object.keys(resolved.entries).sort()).toEqual(Object.keys(state.entries).sort());

    const reopened = reconcileReview(resolved, analysis.findings, new Date("2026-03-10T10:00:00Z"));
    expect(reopened.entries[breach.id]).toEqual(state.entries[breach.id]);
    expect(reviewView(reopened, analysis.findings).byFinding.get(breach.id)).toMatchObject({
      status: "te-corrigeren",
      changed: false,
    });
  });

  // BUG (src/core/norms/evaluateIndicator.ts): the id is code, indicator and year; "Beoogd 2024" and
  // "Behaald 2024" side by side (the annual report's order) give two findings one id, so a verdict on
  // one is silently applied to the other.
  it("gives two findings in one year's target and achieved cells two ids", async () => {
    const findings = analyseWorkbook(
      await readWorkbookBuffer(
        await xlsx((wb) => {
          const ws = wb.addWorksheet("Jaarverslag");
          ws.addRow(["Prestatie-indicatoren", "Behaald 2023", "Beoogd 2024", "Behaald 2024"]);
          ws.addRow(["Aantal bezoekers bibliotheek", "43.000", "45.000 *", "46.200 *"]);
        })
      )
    ).findings;
    const markers = findings.filter((f) => f.code === "value/undefined-marker");
    expect(markers.map((f) => f.cell)).toEqual(["C2", "D2"]);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });
});
