import type { CellSelection, WorkbookGateway } from "../../src/core/gateway";
import type { SheetPlan } from "../../src/core/layout/sheetPlan";
import type { Mark } from "../../src/core/marks";
import { EMPTY_REVIEW, type ReviewState } from "../../src/core/review";
import type { WorkbookData } from "../../src/core/workbook";
import type { PaneHost } from "../../src/taskpane/host";

/**
 * An in-memory workbook behind the pane's port. Every method is a jest.fn, so a test can make one
 * fail (mockRejectedValueOnce) or check what the pane asked for.
 */
export interface FakeGateway extends WorkbookGateway {
  workbook: WorkbookData;
  review: ReviewState;
  marks: readonly Mark[];
  selection: { sheet: string; range: string };
  sheets: string[];
  readWorkbook: jest.Mock<Promise<WorkbookData>, [((done: number, total: number) => void)?]>;
  applyMarks: jest.Mock<Promise<void>, [readonly Mark[]]>;
  clearMarks: jest.Mock<Promise<void>, []>;
  selectCell: jest.Mock<Promise<void>, [string, string]>;
  getSelection: jest.Mock<Promise<{ sheet: string; range: string }>, []>;
  loadReview: jest.Mock<Promise<ReviewState>, []>;
  saveReview: jest.Mock<Promise<void>, [ReviewState]>;
  insertLayoutSheet: jest.Mock<Promise<string>, [SheetPlan, string]>;
  onChanged: jest.Mock<Promise<() => Promise<void>>, [() => void]>;
  /** Fires the change listeners, as an edit in Excel would. */
  emitChange(): void;
  listeners: Set<() => void>;
  onSelectionChanged: jest.Mock<Promise<() => Promise<void>>, [(selection: CellSelection) => void]>;
  /** The user selects a cell: selection listeners hear of it. (selectCell, like Excel, tells them too.) */
  selectByUser(sheet: string, cell: string): void;
  selectionListeners: Set<(selection: CellSelection) => void>;
}

export function createFakeGateway(workbook: WorkbookData, review: ReviewState = EMPTY_REVIEW): FakeGateway {
  const gateway = {
    workbook,
    review,
    marks: [] as readonly Mark[],
    selection: { sheet: "Indicatoren", range: "A3:F14" },
    sheets: workbook.sheets.map((s) => s.name),
    listeners: new Set<() => void>(),
    selectionListeners: new Set<(selection: CellSelection) => void>(),
  } as FakeGateway;
  const announce = (sheet: string, cell: string) =>
    gateway.selectionListeners.forEach((l) => l({ sheet, cell }));
  gateway.readWorkbook = jest.fn(async (onProgress) => {
    const total = gateway.workbook.sheets.length;
    for (let i = 1; i <= total; i++) onProgress?.(i, total);
    return gateway.workbook;
  });
  gateway.applyMarks = jest.fn(async (marks) => {
    gateway.marks = marks;
  });
  gateway.clearMarks = jest.fn(async () => {
    gateway.marks = [];
  });
  gateway.selectCell = jest.fn(async (sheet: string, cell: string) => {
    setTimeout(() => announce(sheet, cell), 0);
  });
  gateway.getSelection = jest.fn(async () => gateway.selection);
  gateway.loadReview = jest.fn(async () => gateway.review);
  gateway.saveReview = jest.fn(async (state) => {
    gateway.review = state;
  });
  gateway.insertLayoutSheet = jest.fn(async (_plan, baseName) => {
    let name = baseName;
    for (let n = 2; gateway.sheets.includes(name); n++) name = `${baseName} (${n})`;
    gateway.sheets.push(name);
    return name;
  });
  gateway.onChanged = jest.fn(async (listener) => {
    gateway.listeners.add(listener);
    return async () => {
      gateway.listeners.delete(listener);
    };
  });
  gateway.emitChange = () => gateway.listeners.forEach((l) => l());
  gateway.onSelectionChanged = jest.fn(async (listener) => {
    gateway.selectionListeners.add(listener);
    return async () => {
      gateway.selectionListeners.delete(listener);
    };
  });
  gateway.selectByUser = announce;
  return gateway;
}

export interface FakeHost extends PaneHost {
  download: jest.Mock<void, [string, Blob | Uint8Array | string, string]>;
  copyHtml: jest.Mock<Promise<boolean>, [Blob | string]>;
}

export function createFakeHost(gateway: WorkbookGateway, overrides: Partial<PaneHost> = {}): FakeHost {
  return {
    gateway,
    kind: "demo",
    displayLanguage: "nl-NL",
    theme: "light",
    download: jest.fn(),
    copyHtml: jest.fn(async () => true),
    ...overrides,
  } as FakeHost;
}
