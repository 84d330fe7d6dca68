/**
 * FileContents taken apart into a head and per-sheet lists (to travel in chunks, fileProtocol.ts)
 * and put back together as they arrive.
 */
import type { CellData } from "../core/workbook";
import type { FileContents } from "./openWorkbook";
import type { ContentsHead, SheetPart, SheetParts } from "./fileProtocol";
import type { CellLook, PreviewSheet } from "./previewSheet";

export function splitContents(contents: FileContents): { head: ContentsHead; parts: SheetParts[] } {
  const { sheets, date1904, activeTab, reviewXml } = contents;
  return {
    head: {
      sheets: sheets.map(({ name, hidden, data: { cells: _cells, ...shape } }) => ({
        name,
        hidden,
        data: shape,
      })),
      date1904,
      activeTab,
      reviewXml,
      rows: sheets.reduce((n, s) => n + s.data.cells.length, 0),
    },
    parts: sheets.map((s) => ({
      rows: s.data.cells,
      looks: [...s.looks],
      rowHeights: [...s.rowHeights],
      columnWidths: [...s.columnWidths],
    })),
  };
}

interface Growing {
  readonly rows: (readonly CellData[])[];
  readonly looks: Map<string, CellLook>;
  readonly rowHeights: Map<number, number>;
  readonly columnWidths: Map<number, number>;
}

/** Puts the contents together from a head and the parts that follow it, in any order. */
export class ContentsReceiver {
  private readonly growing: Growing[];
  private rowsValue = 0;

  constructor(readonly head: ContentsHead) {
    this.growing = head.sheets.map(() => ({
      rows: [],
      looks: new Map(),
      rowHeights: new Map(),
      columnWidths: new Map(),
    }));
  }

  /** Rows received so far, of head.rows. */
  get rows(): number {
    return this.rowsValue;
  }

  add(sheet: number, part: SheetPart, items: readonly unknown[]): void {
    const target = this.growing[sheet];
    if (!target) throw new Error(`The workbook has no sheet ${sheet}.`);
    if (part === "rows") {
      for (const row of items as SheetParts["rows"]) target.rows.push(row);
      this.rowsValue += items.length;
      return;
    }
    const map = target[part] as Map<unknown, unknown>;
    for (const [key, value] of items as (readonly [unknown, unknown])[]) map.set(key, value);
  }

  contents(): FileContents {
    const { sheets, date1904, activeTab, reviewXml } = this.head;
    return {
      sheets: sheets.map(({ name, hidden, data }, i): PreviewSheet => {
        const { rows, ...maps } = this.growing[i]!;
        return { name, hidden, data: { ...data, cells: rows }, ...maps };
      }),
      date1904,
      activeTab,
      reviewXml,
    };
  }
}
