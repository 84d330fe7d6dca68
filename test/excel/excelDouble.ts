/**
 * A strict Excel for jest: a fake `Excel.run` and `Office` over a real in-memory workbook.
 * Reading a property that was not loaded and synced throws; every sync is counted and weighed;
 * an API newer than the configured ExcelApi version fails with ApiNotFound at sync, as in Excel.
 */
import { parseRange, type RangeRef } from "../../src/core/address";
import {
  cellKey,
  newId,
  type CellModel,
  type ChangedArgs,
  announceSelection,
  type SheetModel,
  type WorkbookModel,
} from "./double/model";
import { FakeWorkbook } from "./double/objects";
import {
  DEFAULT_ANNOTATION_TEXT,
  FakeContext,
  type AnnotationTextQuirks,
  type DoubleState,
  type SyncRecord,
} from "./double/runtime";

export { snapshot } from "./double/model";
export type { CellModel, SheetModel, WorkbookModel } from "./double/model";
export { OfficeError } from "./double/runtime";

/** Excel on the web's payload limit, read strictly as decimal megabytes. */
export const FIVE_MB = 5_000_000;

export interface SheetSpec {
  readonly name: string;
  /** Rows from `start` (default A1); a cell is a value or a CellModel. */
  readonly rows?: readonly (readonly (CellModel | CellModel["value"] | undefined)[])[];
  readonly start?: string;
  readonly visibility?: SheetModel["visibility"];
  readonly protected?: boolean;
  readonly merges?: readonly string[];
}

export function buildModel(sheets: readonly SheetSpec[], apiVersion = 18): WorkbookModel {
  const model: WorkbookModel = {
    sheets: [],
    comments: [],
    customXmlParts: [],
    settings: {},
    activeSheetId: "",
    selection: { sheetId: "", areas: [] },
    log: [],
    apiVersion,
    listeners: new Set(),
    selectionListeners: new Set(),
    nextId: 0,
  };
  for (const spec of sheets) {
    const origin = parseRange(spec.start ?? "A1")!;
    const cells = new Map<string, CellModel>();
    spec.rows?.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === undefined || cell === null) return;
        cells.set(
          cellKey(origin.top + r, origin.left + c),
          typeof cell === "object" ? { ...cell } : { value: cell }
        );
      })
    );
    model.sheets.push({
      id: newId(model, "sheet"),
      name: spec.name,
      visibility: spec.visibility ?? "Visible",
      protected: spec.protected ?? false,
      cells,
      conditionalFormats: [],
      notes: new Map(),
      merges: (spec.merges ?? []).map((m) => parseRange(m)!),
      columnWidths: new Map(),
      rowHeights: new Map(),
    });
  }
  model.activeSheetId = model.sheets[0]?.id ?? "";
  model.selection = { sheetId: model.activeSheetId, areas: [{ top: 0, left: 0, bottom: 0, right: 0 }] };
  return model;
}

class FakeSettings {
  private values: Record<string, unknown>;
  constructor(
    private readonly model: WorkbookModel,
    private readonly double: ExcelDouble
  ) {
    this.values = structuredClone(model.settings);
  }
  get(name: string): unknown {
    return name in this.values ? structuredClone(this.values[name]) : null;
  }
  set(name: string, value: unknown): void {
    this.values[name] = JSON.parse(JSON.stringify(value));
  }
  remove(name: string): void {
    delete this.values[name];
  }
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void {
    const fail = this.double.failSettingsSave;
    if (!fail) this.model.settings = structuredClone(this.values);
    setTimeout(
      () =>
        callback?.(fail ? { status: "failed", error: { message: "save failed" } } : { status: "succeeded" }),
      0
    );
  }
}

export interface ExcelDouble {
  readonly model: WorkbookModel;
  readonly syncs: SyncRecord[];
  runs(): number;
  /** Forgets the counted syncs and runs. */
  resetStats(): void;
  /** As closing and opening the file: the add-in starts again and reads the saved settings. */
  reopen(): void;
  /**
   * As reopening the file in another session or Excel version: reopen, and every sheet gets a new
   * id. Excel keeps a sheet's id only within a session (office-js-docs #297: "The ID remains
   * constant within a single session but will change between sessions"; office-js #1390: a file
   * made in Microsoft 365 opened in Office 2016). The new ids number the sheets by position, as
   * those reports show ({00000000-0001-0000-0003-000000000000}), so an id can come back on another sheet.
   */
  reopenWithNewSheetIds(): void;
  /** How notes' and comments' text comes back (line endings, a name before it). */
  annotationText: AnnotationTextQuirks;
  /** The user clicks a cell or drags over a range ("D11", "B2:C5") on a sheet: selection listeners hear of it. */
  select(sheet: string, address: string): void;
  /** The user types in a cell: the value changes and change listeners hear of it. */
  edit(sheet: string, address: string, value: CellModel["value"]): Promise<void>;
  /** Which ExcelApi versions isSetSupported admits (e.g. 8 for a too-old Excel). */
  apiVersion: number;
  payloadLimit: number;
  failSettingsSave: boolean;
  uninstall(): void;
}

const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };

/** Installs the fake `Excel` and `Office` globals over this workbook. */
export function installExcelDouble(model: WorkbookModel): ExcelDouble {
  const state: DoubleState = {
    model,
    stats: { runs: 0, syncs: [] },
    payloadLimit: FIVE_MB,
    annotationText: DEFAULT_ANNOTATION_TEXT,
  };
  const double: ExcelDouble = {
    model,
    get syncs() {
      return state.stats.syncs;
    },
    runs: () => state.stats.runs,
    resetStats: () => {
      state.stats.runs = 0;
      state.stats.syncs = [];
    },
    reopen: () => installOffice(),
    reopenWithNewSheetIds: () => {
      const renamed = new Map(
        model.sheets.map((sheet, i) => [
          sheet.id,
          `{00000000-0001-0000-${String(i).padStart(4, "0")}-000000000000}`,
        ])
      );
      for (const sheet of model.sheets) sheet.id = renamed.get(sheet.id)!;
      for (const comment of model.comments) comment.sheetId = renamed.get(comment.sheetId) ?? comment.sheetId;
      model.activeSheetId = renamed.get(model.activeSheetId) ?? model.activeSheetId;
      model.selection = {
        ...model.selection,
        sheetId: renamed.get(model.selection.sheetId) ?? model.selection.sheetId,
      };
      installOffice();
    },
    get annotationText() {
      return state.annotationText ?? DEFAULT_ANNOTATION_TEXT;
    },
    set annotationText(v: AnnotationTextQuirks) {
      state.annotationText = v;
    },
    select: (sheetName, address) => {
      const sheet = model.sheets.find((s) => s.name === sheetName)!;
      model.activeSheetId = sheet.id;
      model.selection = { sheetId: sheet.id, areas: [parseRange(address)!] };
      announceSelection(model, sheet, address);
    },
    edit: async (sheetName, address, value) => {
      const sheet = model.sheets.find((s) => s.name === sheetName)!;
      const r: RangeRef = parseRange(address)!;
      sheet.cells.set(cellKey(r.top, r.left), { ...sheet.cells.get(cellKey(r.top, r.left)), value });
      const args: ChangedArgs = {
        type: "WorksheetChanged",
        worksheetId: sheet.id,
        address,
        changeType: "RangeEdited",
        source: "Local",
      };
      await Promise.all([...model.listeners].map((l) => l(args)));
    },
    get apiVersion() {
      return model.apiVersion;
    },
    set apiVersion(v: number) {
      model.apiVersion = v;
    },
    get payloadLimit() {
      return state.payloadLimit;
    },
    set payloadLimit(v: number) {
      state.payloadLimit = v;
    },
    failSettingsSave: false,
    uninstall: () => {
      delete globals.Excel;
      delete globals.Office;
    },
  };

  function installOffice(): void {
    const settings = new FakeSettings(model, double);
    globals.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            const [major, minor] = (version ?? "1.1").split(".").map(Number);
            return name === "ExcelApi" && major === 1 && (minor ?? 0) <= model.apiVersion;
          },
        },
        document: { settings },
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    };
  }

  async function run<T>(a: unknown, b?: (context: unknown) => Promise<T>): Promise<T> {
    const batch = (b ?? a) as (context: unknown) => Promise<T>;
    // Excel.run(object.context, batch) runs in an earlier run's context: how event handlers are removed.
    const context = b && a instanceof FakeContext ? a : new FakeContext(state);
    context.closed = false;
    const api =
      "workbook" in context ? context : Object.assign(context, { workbook: new FakeWorkbook(context) });
    state.stats.runs++;
    try {
      const result = await batch(api);
      if (context.pending > 0)
        throw new Error(`double: Excel.run ended with ${context.pending} queued commands never synced`);
      return result;
    } finally {
      context.closed = true;
    }
  }

  globals.Excel = { run };
  installOffice();
  return double;
}

/** The largest request or response of the counted syncs, in bytes. */
export const maxPayload = (syncs: readonly SyncRecord[]): number =>
  Math.max(0, ...syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
