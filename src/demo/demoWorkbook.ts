/**
 * The workbook the demo has open, and what Excel would show of it: the active sheet, each sheet's
 * selection and the add-in's marks. The gateway changes it, the preview renders it (through
 * subscribe/view, for useSyncExternalStore), the page downloads it.
 */
import { parseRange, type CellRef, type RangeRef } from "../core/address";
import type { SheetPlan } from "../core/layout/sheetPlan";
import type { Mark } from "../core/marks";
import type { ReviewWarning } from "../core/review/serializeReview";
import type { ReviewState } from "../core/review/types";
import type { WorkbookData } from "../core/workbook";
import { reviewFromXml, reviewToXml } from "../core/review/reviewXml";
import type { FileWork } from "./fileClient";
import { workbookData, type FileContents, type InsertedSheet } from "./openWorkbook";
import type { PreviewSheet } from "./previewSheet";

export interface GridSelection {
  readonly sheet: string;
  readonly range: RangeRef;
  /** The cell keyboard focus and the name box show, inside the range. */
  readonly active: CellRef;
}

export interface DemoView {
  readonly sheets: readonly PreviewSheet[];
  readonly activeSheet: string;
  readonly selection: GridSelection;
  readonly marks: readonly Mark[];
  /** Increases whenever the pane selects a cell, so the preview scrolls it into view. */
  readonly reveal: number;
}

type Listener = () => void;

const A1: GridSelection["range"] = { top: 0, left: 0, bottom: 0, right: 0 };
let openedCount = 0;

export class DemoWorkbook {
  /** Distinguishes one opened file from the next, e.g. to give the pane a fresh start. */
  readonly id = ++openedCount;
  private dataValue: WorkbookData;
  private readonly date1904: boolean;
  /** The sheets the pane added, written into the downloaded file. */
  private readonly inserted: InsertedSheet[] = [];
  private reviewValue: ReviewState;
  private reviewWarningValue: ReviewWarning | null;
  /**
   * What the downloaded file carries as its review part: the opened file's part as it was (even one
   * this version cannot read, which the pane then leaves alone) until the pane saves a review.
   */
  private reviewXml: string | null;
  private current: DemoView;
  private readonly selections = new Map<string, GridSelection>();
  private readonly listeners = new Set<Listener>();

  /**
   * `bytes` are the file as opened: the highlighted download is written from them (by `files`, on
   * the file worker where there is one).
   */
  constructor(
    opened: FileContents,
    readonly fileName: string,
    private readonly bytes: Uint8Array,
    private readonly files: FileWork
  ) {
    this.dataValue = workbookData(opened);
    this.date1904 = opened.date1904;
    const review = reviewFromXml(opened.reviewXml);
    this.reviewValue = review.state;
    this.reviewWarningValue = review.warning;
    this.reviewXml = opened.reviewXml;
    const sheets = [...opened.sheets];
    const { activeTab } = opened;
    const visible = sheets.filter((s) => !s.hidden);
    const active =
      (sheets[activeTab] && !sheets[activeTab].hidden ? sheets[activeTab] : visible[0]) ?? sheets[0]!;
    this.current = {
      sheets,
      activeSheet: active.name,
      selection: this.selectionOf(active.name),
      marks: [],
      reveal: 0,
    };
  }

  /** The engine's view of the workbook, including sheets the pane inserted. */
  get data(): WorkbookData {
    return this.dataValue;
  }

  get review(): ReviewState {
    return this.reviewValue;
  }

  /** Saving a review replaces the stored one, and with it any reason it could not be read. */
  set review(state: ReviewState) {
    this.reviewValue = state;
    this.reviewWarningValue = null;
    this.reviewXml = reviewToXml(state);
  }

  /** Why the review stored in the opened file could not be used as it was. */
  get reviewWarning(): ReviewWarning | null {
    return this.reviewWarningValue;
  }

  get view(): DemoView {
    return this.current;
  }

  /** For useSyncExternalStore: `view` is a new object after every change. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): DemoView => this.current;

  hasSheet(name: string): boolean {
    return this.current.sheets.some((s) => s.name === name);
  }

  setMarks(marks: readonly Mark[]): void {
    this.update({ marks: [...marks] });
  }

  /** Activates the sheet with the selection it had (A1 the first time). */
  showSheet(name: string): void {
    if (!this.hasSheet(name) || name === this.current.activeSheet) return;
    this.update({ activeSheet: name, selection: this.selectionOf(name) });
  }

  /** Selects a range on a sheet and activates it; `reveal` scrolls it into view. */
  select(sheet: string, range: RangeRef, active: CellRef, reveal = false): void {
    const selection: GridSelection = { sheet, range, active };
    this.selections.set(sheet, selection);
    this.update({
      activeSheet: sheet,
      selection,
      ...(reveal ? { reveal: this.current.reveal + 1 } : {}),
    });
  }

  /** Selects an A1 cell or range the way the pane asks for it; false when it cannot be read. */
  selectAddress(sheet: string, address: string): boolean {
    const range = parseRange(address);
    if (!range || !this.hasSheet(sheet)) return false;
    this.select(sheet, range, { row: range.top, col: range.left }, true);
    return true;
  }

  /**
   * Adds the budget tables as a new sheet, shows it and returns its name. The sheet is built (by
   * `files`, on the file worker where there is one) under the first name free when it is asked for.
   */
  async addPlannedSheet(plan: SheetPlan, baseName: string): Promise<string> {
    const sheet = await this.files.plannedSheet(
      plan,
      baseName,
      this.current.sheets.map((s) => s.name),
      this.date1904
    );
    const { name } = sheet;
    this.inserted.push({ name, plan });
    const sheets = [...this.current.sheets, sheet];
    this.dataValue = workbookData({ sheets, date1904: this.date1904 });
    this.update({ sheets, activeSheet: name, selection: this.selectionOf(name) });
    return name;
  }

  /**
   * The workbook as .xlsx bytes: a copy with the current marks as conditional formats and notes
   * (as the add-in leaves them in Excel) and the review in its custom XML part.
   */
  highlightedCopy(): Promise<Uint8Array> {
    return this.files.write(this.bytes, [...this.inserted], this.current.marks, this.reviewXml);
  }

  private selectionOf(sheet: string): GridSelection {
    return this.selections.get(sheet) ?? { sheet, range: A1, active: { row: 0, col: 0 } };
  }

  private update(change: Partial<DemoView>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener();
  }
}
