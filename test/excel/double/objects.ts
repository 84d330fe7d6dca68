/** The Office.js objects the gateway uses, over the in-memory model. Only this subset exists. */
import { toRange, type RangeRef } from "../../../src/core/address";
import {
  announceSelection,
  BORDER_INDEXES,
  BORDER_STYLES,
  BORDER_WEIGHTS,
  HORIZONTAL_ALIGNMENTS,
  MAX_CELL_CHARS,
  VERTICAL_ALIGNMENTS,
  WHOLE_SHEET,
  addressOf,
  cellKey,
  enterValue,
  intersects,
  newId,
  parseAreas,
  rangeArrays,
  usedRect,
  type BorderEdge,
  type BorderModel,
  type CellModel,
  type ChangedArgs,
  type CommentModel,
  type ConditionalFormatModel,
  type CustomXmlPartModel,
  type NoteModel,
  type SelectionChangedArgs,
  type SheetModel,
} from "./model";
import { FakeCollection, type FakeContext, FakeObject, OfficeError, readBackText } from "./runtime";

const MAX_CELLS_PER_READ = 5_000_000;
/**
 * Excel formats whole rows and columns as such; the double keeps formats per cell, so it refuses to
 * write a whole column's worth (1,048,576 cells) at once rather than pretend.
 */
const MAX_CELLS_PER_WRITE = 1_000_000;

function liveSheet(ctx: FakeContext, sheet: SheetModel): SheetModel {
  if (!ctx.model.sheets.includes(sheet))
    throw new OfficeError("ItemNotFound", `double: sheet ${sheet.name} was deleted`);
  return sheet;
}

function writable(sheet: SheetModel): void {
  if (sheet.protected)
    throw new OfficeError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`
    );
}

function single(address: string): { row: number; col: number } {
  const [area, ...more] = parseAreas(address);
  if (!area || more.length || area.top !== area.bottom || area.left !== area.right)
    throw new OfficeError("InvalidArgument", `not one cell: ${address}`);
  return { row: area.top, col: area.left };
}

// ── Workbook ──────────────────────────────────────────────────────────────────────────────────

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  private commentCollection: FakeCommentCollection | undefined;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx, () => ctx.model.sheets);
    this.application = new FakeApplication(ctx);
    this.customXmlParts = new FakeCustomXmlPartCollection(
      ctx,
      () => (ctx.requireApi(5), ctx.model.customXmlParts)
    );
  }

  get comments(): FakeCommentCollection {
    return (this.commentCollection ??= new FakeCommentCollection(
      this.ctx,
      () => (this.ctx.requireApi(10), this.ctx.model.comments)
    ));
  }

  getSelectedRanges(): FakeRangeAreas {
    const ctx = this.ctx;
    return new FakeRangeAreas(ctx, () => {
      ctx.requireApi(9);
      const sheet = ctx.model.sheets.find((s) => s.id === ctx.model.selection.sheetId)!;
      return { sheet, areas: ctx.model.selection.areas };
    });
  }
}

export class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.command({ m: "suspendApiCalculationUntilNextSync" }, () => undefined, 6);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.command({ m: "suspendScreenUpdatingUntilNextSync" }, () => undefined, 9);
  }
}

// ── Worksheets ────────────────────────────────────────────────────────────────────────────────

/** An event of the worksheet collection: handlers are added and removed at sync, like any command. */
class FakeEventHandlers<A> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly event: string,
    private readonly listeners: (model: FakeContext["model"]) => Set<(args: A) => Promise<unknown>>
  ) {}
  add(handler: (args: A) => Promise<unknown>): { context: FakeContext; remove: () => void } {
    const ctx = this.ctx;
    ctx.command({ m: `${this.event}.add` }, () => this.listeners(ctx.model).add(handler), 9);
    return {
      context: ctx,
      remove: () =>
        ctx.command({ m: `${this.event}.remove` }, () => this.listeners(ctx.model).delete(handler)),
    };
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  readonly onChanged = new FakeEventHandlers<ChangedArgs>(this.context, "onChanged", (m) => m.listeners);
  readonly onSelectionChanged = new FakeEventHandlers<SelectionChangedArgs>(
    this.context,
    "onSelectionChanged",
    (m) => m.selectionListeners
  );

  protected entities(): unknown[] {
    return this.context.model.sheets;
  }
  protected makeItem(entity: unknown): FakeWorksheet {
    return new FakeWorksheet(this.context, () => liveSheet(this.context, entity as SheetModel));
  }

  /**
   * Adds a sheet at the end (not activated), at sync. Excel refuses a name in use (ignoring case)
   * with ItemAlreadyExists, and a name it does not allow with InvalidArgument.
   */
  add(name?: string): FakeWorksheet {
    const ctx = this.context;
    let created: SheetModel | undefined;
    ctx.command({ m: "worksheets.add", name }, () => {
      const model = ctx.model;
      const taken = (n: string) => model.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase());
      let chosen = name;
      for (let n = 1; chosen === undefined; n++) if (!taken(`Sheet${n}`)) chosen = `Sheet${n}`;
      if (
        chosen.trim() === "" ||
        chosen.length > 31 ||
        /[:\\/?*[\]]/.test(chosen) ||
        chosen.startsWith("'") ||
        chosen.endsWith("'") ||
        chosen.toLowerCase() === "history"
      ) {
        throw new OfficeError(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format (sheet name ${chosen}).`
        );
      }
      if (taken(chosen))
        throw new OfficeError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists (sheet ${chosen}).`
        );
      created = {
        id: newId(model, "sheet"),
        name: chosen,
        visibility: "Visible",
        protected: false,
        cells: new Map(),
        conditionalFormats: [],
        notes: new Map(),
        merges: [],
        columnWidths: new Map(),
        rowHeights: new Map(),
      };
      model.sheets.push(created);
    });
    return new FakeWorksheet(ctx, () => {
      if (!created) throw new Error("double: worksheet used before its add ran");
      return liveSheet(ctx, created);
    });
  }

  /** By name (case-insensitive, as Excel) or by id. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.find(key);
      if (!sheet)
        throw new OfficeError("ItemNotFound", `The requested resource doesn't exist (sheet ${key}).`);
      return sheet;
    });
  }

  /** ExcelApi 1.4: the sheet by name or id, or a null object once loaded. */
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.find(key) ?? null);
  }

  private find(key: string): SheetModel | undefined {
    return this.context.model.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }
}

class FakeProtection extends FakeObject {
  get protected(): boolean {
    return this.read("protected");
  }
  protected scalar(name: string, e: unknown): unknown {
    if (name === "protected") return (e as SheetModel).protected;
    throw new Error(`double: WorksheetProtection.${name}`);
  }
}

export class FakeWorksheet extends FakeObject {
  private protectionProxy: FakeProtection | undefined;
  private notesProxy: FakeNoteCollection | undefined;

  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  get protection(): FakeProtection {
    return (this.protectionProxy ??= new FakeProtection(this.context, () => this.resolve()));
  }
  get notes(): FakeNoteCollection {
    return (this.notesProxy ??= new FakeNoteCollection(
      this.context,
      () => (this.context.requireApi(18), this.resolve())
    ));
  }

  protected scalar(name: string, e: unknown): unknown {
    const s = e as SheetModel;
    if (name === "name") return s.name;
    if (name === "id") return s.id;
    if (name === "visibility") return s.visibility;
    throw new Error(`double: Worksheet.${name}`);
  }
  protected override child(name: string): FakeObject | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  private range(rect: () => RangeRef | null, path?: string): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const r = rect();
        return r === null ? null : { sheet: this.entity<SheetModel>(), rect: r };
      },
      path
    );
  }

  getRange(address?: string): FakeRange {
    return this.range(() => (address === undefined ? WHOLE_SHEET : parseAreas(address)[0]!), address);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1) throw new OfficeError("InvalidArgument", "empty range");
    return this.range(() => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range(() => usedRect(this.entity<SheetModel>(), valuesOnly === true));
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => (this.context.requireApi(9), { sheet: this.entity<SheetModel>(), areas: parseAreas(address) }),
      address
    );
  }
  activate(): void {
    this.context.command({ m: "activate" }, () => {
      const s = this.entity<SheetModel>();
      if (s.visibility !== "Visible")
        throw new OfficeError("InvalidOperation", "cannot activate a hidden sheet");
      this.context.model.activeSheetId = s.id;
      this.context.model.log.push(`activate:${s.name}`);
    });
  }
}

// ── Ranges ────────────────────────────────────────────────────────────────────────────────────

interface RangeEntity {
  sheet: SheetModel;
  rect: RangeRef;
}

const cellCount = (r: RangeRef): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** Runs `f` on every cell of the rectangle, creating empty cells as needed. */
function eachCell(
  sheet: SheetModel,
  rect: RangeRef,
  f: (cell: CellModel, row: number, col: number) => CellModel | void
): void {
  if (cellCount(rect) > MAX_CELLS_PER_WRITE)
    throw new Error(`double: formatting ${cellCount(rect)} cells at once is not modelled`);
  for (let row = rect.top; row <= rect.bottom; row++)
    for (let col = rect.left; col <= rect.right; col++) {
      const key = cellKey(row, col);
      const cell = sheet.cells.get(key) ?? { value: null };
      sheet.cells.set(key, f(cell, row, col) ?? cell);
    }
}

/** A 2-D array the size of the range, or one value for every cell, as Office.js takes for a setter. */
function perCell<T>(input: unknown, rect: RangeRef, what: string): (row: number, col: number) => T {
  if (!Array.isArray(input)) return () => input as T;
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols))
    throw new OfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`
    );
  return (row, col) => (input as T[][])[row - rect.top]![col - rect.left]!;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, what: string): T {
  if (!allowed.includes(value as T)) throw new OfficeError("InvalidArgument", `${what}: ${String(value)}`);
  return value as T;
}

/** "#RRGGBB" (stored upper-case, as Excel gives it back) or an HTML colour name. */
function color(value: unknown): string {
  if (typeof value === "string" && /^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
  if (typeof value === "string" && /^[A-Za-z]+$/.test(value)) return value;
  throw new OfficeError("InvalidArgument", `not a colour: ${String(value)}`);
}

export class FakeRange extends FakeObject implements Formattable {
  private cf: FakeConditionalFormatCollection | undefined;
  private formatProxy: FakeRangeFormat | undefined;

  constructor(
    context: FakeContext,
    resolve: () => unknown,
    /** How the request names this range: the address it was asked by. */
    readonly path = "range"
  ) {
    super(context, resolve);
  }

  get address(): string {
    return this.read("address");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  /** Excel reads each string as if typed, unless the cell is formatted as text: see enterValue. */
  set values(input: unknown[][]) {
    this.change("values", input, ({ sheet, rect }) => {
      const at = perCell<unknown>(input, rect, "values");
      eachCell(sheet, rect, (cell, row, col) => {
        const v = at(row, col);
        if (v === null || v === undefined) return cell; // null leaves the cell as it is
        if (typeof v === "string" && v.length > MAX_CELL_CHARS)
          throw new OfficeError("InvalidArgument", `a text of ${v.length} characters`);
        if (typeof v === "number" && !Number.isFinite(v))
          throw new OfficeError("InvalidArgument", `not a number Excel keeps: ${v}`);
        if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")
          throw new OfficeError("InvalidArgument", `not a cell value: ${JSON.stringify(v)}`);
        return enterValue(cell, v);
      });
    });
  }
  get text(): string[][] {
    return this.read("text");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  /** Changes the format only: a value already there keeps its type ("@" does not turn 8 into "8"). */
  set numberFormat(input: unknown[][]) {
    this.change("numberFormat", input, ({ sheet, rect }) => {
      const at = perCell<unknown>(input, rect, "numberFormat");
      eachCell(sheet, rect, (cell, row, col) => {
        const f = at(row, col);
        if (f === null || f === undefined) return cell;
        if (typeof f !== "string") throw new OfficeError("InvalidArgument", `number format ${String(f)}`);
        const next: CellModel = { ...cell, numberFormat: f };
        delete next.text; // the display follows the new format; the double shows the bare value
        return next;
      });
    });
  }
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this));
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.cf ??= new FakeConditionalFormatCollection(this.context, () => {
      this.context.requireApi(6);
      const e = this.entity<RangeEntity>();
      return { sheet: e.sheet, areas: [e.rect] };
    }));
  }

  protected scalar(name: string, e: unknown): unknown {
    const { sheet, rect } = e as RangeEntity;
    if (name === "address") return addressOf(sheet, rect);
    if (name === "rowCount") return rect.bottom - rect.top + 1;
    if (name === "columnCount") return rect.right - rect.left + 1;
    if (name === "values" || name === "text" || name === "numberFormat") {
      const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      if (cells > MAX_CELLS_PER_READ)
        throw new OfficeError("ResponsePayloadSizeLimitExceeded", `${cells} cells in one range`);
      return rangeArrays(sheet, rect)[name];
    }
    throw new Error(`double: Range.${name}`);
  }
  protected override child(name: string): FakeObject | undefined {
    return name === "conditionalFormats"
      ? this.conditionalFormats
      : name === "format"
        ? this.format
        : undefined;
  }

  /** Queues a change of this range, sent as { m, range, value }; refused on a protected sheet. */
  change(m: string, value: unknown, apply: (e: RangeEntity) => void, requires = 1): void {
    this.context.command(
      { m, range: this.path, value },
      () => {
        const e = this.entity<RangeEntity>();
        writable(e.sheet);
        apply(e);
      },
      requires
    );
  }
  changeAreas(
    m: string,
    value: unknown,
    apply: (sheet: SheetModel, rects: readonly RangeRef[]) => void,
    requires = 1
  ): void {
    this.change(m, value, ({ sheet, rect }) => apply(sheet, [rect]), requires);
  }

  /**
   * Merges the range (each row apart with `across`). The top-left cell keeps its value, the others
   * lose theirs, as in Excel; formats stay per cell. Overlapping an existing merge is not modelled.
   */
  merge(across?: boolean): void {
    this.change(
      "merge",
      across ?? false,
      ({ sheet, rect }) => {
        const areas =
          across === true
            ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
                ...rect,
                top: rect.top + i,
                bottom: rect.top + i,
              }))
            : [rect];
        for (const area of areas) {
          if (area.top === area.bottom && area.left === area.right) continue;
          const existing = sheet.merges.find((m) => intersects(m, area));
          if (existing) {
            const same = (Object.keys(area) as (keyof RangeRef)[]).every((k) => area[k] === existing[k]);
            if (same) continue;
            throw new Error(
              `double: merging ${addressOf(sheet, area)} across an existing merge is not modelled`
            );
          }
          eachCell(sheet, area, (cell, row, col) => {
            if (row === area.top && col === area.left) return cell;
            const emptied: CellModel = { ...cell, value: null };
            delete emptied.formula;
            delete emptied.text;
            return emptied;
          });
          sheet.merges.push({ ...area });
        }
      },
      2
    );
  }

  unmerge(): void {
    this.change(
      "unmerge",
      null,
      ({ sheet, rect }) => {
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      },
      2
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const e = this.entity<RangeEntity>();
      const used = usedRect(e.sheet, valuesOnly === true, e.rect);
      return used === null ? null : { sheet: e.sheet, rect: used };
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      this.context.requireApi(13);
      const e = this.entity<RangeEntity>();
      const areas = e.sheet.merges.filter((m) => intersects(m, e.rect));
      return areas.length === 0 ? null : { sheet: e.sheet, areas };
    });
  }
  select(): void {
    this.context.command({ m: "select" }, () => {
      const e = this.entity<RangeEntity>();
      if (this.context.model.activeSheetId !== e.sheet.id)
        throw new OfficeError("InvalidOperation", "select on a sheet that is not active");
      this.context.model.selection = { sheetId: e.sheet.id, areas: [e.rect] };
      this.context.model.log.push(`select:${addressOf(e.sheet, e.rect)}`);
      announceSelection(
        this.context.model,
        e.sheet,
        toRange(e.rect.top, e.rect.left, e.rect.bottom, e.rect.right)
      );
    });
  }
}

// ── Range formats: written, never read (loading one fails: the double does not model reading them) ──

/** What a format writes to: a Range (one rectangle) or RangeAreas (each area on its own). */
interface Formattable {
  readonly context: FakeContext;
  entity<T>(): T;
  /** Queues a change of the cells, refused on a protected sheet. */
  changeAreas(
    m: string,
    value: unknown,
    apply: (sheet: SheetModel, rects: readonly RangeRef[]) => void,
    requires?: number
  ): void;
}

abstract class FakeFormatPart extends FakeObject {
  constructor(
    protected readonly range: Formattable,
    private readonly prefix: string
  ) {
    super(range.context, () => range.entity());
  }
  protected scalar(name: string): unknown {
    throw new Error(`double: reading ${this.prefix}.${name} is not modelled`);
  }
  /** Sets `field` of every cell of the range at sync. */
  protected setCells<K extends keyof CellModel>(
    property: string,
    value: unknown,
    field: K,
    check: (v: unknown) => CellModel[K]
  ): void {
    this.range.changeAreas(`${this.prefix}.${property}`, value, (sheet, rects) => {
      const v = check(value);
      for (const rect of rects) eachCell(sheet, rect, (cell) => ({ ...cell, [field]: v }));
    });
  }
}

const bool = (v: unknown): boolean => {
  if (typeof v !== "boolean") throw new OfficeError("InvalidArgument", `not a boolean: ${String(v)}`);
  return v;
};
const points = (max: number) => (v: unknown) => {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > max)
    throw new OfficeError("InvalidArgument", `not a size in points Excel allows: ${String(v)}`);
  return v;
};

export class FakeRangeFormat extends FakeFormatPart {
  private fontProxy: FakeRangeFont | undefined;
  private fillProxy: FakeRangeFill | undefined;
  private bordersProxy: FakeRangeBorderCollection | undefined;

  constructor(range: Formattable) {
    super(range, "format");
  }
  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.range, "format.font"));
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.range, "format.fill"));
  }
  get borders(): FakeRangeBorderCollection {
    return (this.bordersProxy ??= new FakeRangeBorderCollection(this.range));
  }
  protected override child(name: string): FakeObject | undefined {
    return name === "font"
      ? this.font
      : name === "fill"
        ? this.fill
        : name === "borders"
          ? this.borders
          : undefined;
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  /** Points, for every column of the range (ExcelApi 1.2). */
  set columnWidth(value: number) {
    this.range.changeAreas(
      "format.columnWidth",
      value,
      (sheet, rects) => {
        const w = points(1_800)(value);
        for (const rect of rects)
          for (let col = rect.left; col <= rect.right; col++) sheet.columnWidths.set(col, w);
      },
      2
    );
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  /** Points, for every row of the range (ExcelApi 1.2); Excel's maximum is 409 points. */
  set rowHeight(value: number) {
    this.range.changeAreas(
      "format.rowHeight",
      value,
      (sheet, rects) => {
        const h = points(409)(value);
        for (const rect of rects) {
          if (rect.bottom - rect.top + 1 > MAX_CELLS_PER_WRITE)
            throw new Error("double: a height for that many rows is not modelled");
          for (let row = rect.top; row <= rect.bottom; row++) sheet.rowHeights.set(row, h);
        }
      },
      2
    );
  }
  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.setCells("horizontalAlignment", value, "horizontalAlignment", (v) =>
      oneOf(HORIZONTAL_ALIGNMENTS, v, "horizontalAlignment")
    );
  }
  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.setCells("verticalAlignment", value, "verticalAlignment", (v) =>
      oneOf(VERTICAL_ALIGNMENTS, v, "verticalAlignment")
    );
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.setCells("wrapText", value, "wrapText", bool);
  }
}

export class FakeRangeFont extends FakeFormatPart {
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.setCells("name", value, "fontName", (v) => {
      if (typeof v !== "string" || v.trim() === "") throw new OfficeError("InvalidArgument", "font name");
      return v;
    });
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.setCells("bold", value, "bold", bool);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.setCells("italic", value, "italic", bool);
  }
  get size(): number {
    return this.read("size");
  }
  /** Points; Excel takes 1 to 409. */
  set size(value: number) {
    this.setCells("size", value, "fontSize", (v) => {
      const n = points(409)(v);
      if (n < 1) throw new OfficeError("InvalidArgument", `font size ${n}`);
      return n;
    });
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setCells("color", value, "fontColor", color);
  }
}

export class FakeRangeFill extends FakeFormatPart {
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setCells("color", value, "fill", color);
  }
  clear(): void {
    this.range.changeAreas("format.fill.clear", null, (sheet, rects) => {
      for (const rect of rects)
        eachCell(sheet, rect, (cell) => {
          const next = { ...cell };
          delete next.fill;
          return next;
        });
    });
  }
}

export class FakeRangeBorderCollection extends FakeFormatPart {
  constructor(range: Formattable) {
    super(range, "format.borders");
  }
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.range, `format.borders.${index}`, index);
  }
}

/** Which cells of the range get which edge, as Excel draws the eight border indexes. */
function borderTargets(index: string, rect: RangeRef, row: number, col: number): BorderEdge[] {
  switch (oneOf(BORDER_INDEXES, index, "border index")) {
    case "EdgeTop":
      return row === rect.top ? ["EdgeTop"] : [];
    case "EdgeBottom":
      return row === rect.bottom ? ["EdgeBottom"] : [];
    case "EdgeLeft":
      return col === rect.left ? ["EdgeLeft"] : [];
    case "EdgeRight":
      return col === rect.right ? ["EdgeRight"] : [];
    case "InsideHorizontal":
      return [
        ...(row > rect.top ? (["EdgeTop"] as const) : []),
        ...(row < rect.bottom ? (["EdgeBottom"] as const) : []),
      ];
    case "InsideVertical":
      return [
        ...(col > rect.left ? (["EdgeLeft"] as const) : []),
        ...(col < rect.right ? (["EdgeRight"] as const) : []),
      ];
    case "DiagonalDown":
    case "DiagonalUp":
      return [index as BorderEdge];
  }
}

export class FakeRangeBorder extends FakeFormatPart {
  constructor(
    range: Formattable,
    prefix: string,
    private readonly index: string
  ) {
    super(range, prefix);
  }
  private setBorder(property: keyof BorderModel, value: unknown, check: (v: unknown) => string): void {
    this.range.changeAreas(`format.borders.${this.index}.${property}`, value, (sheet, rects) => {
      const v = check(value);
      for (const rect of rects)
        eachCell(sheet, rect, (cell, row, col) => {
          const edges = borderTargets(this.index, rect, row, col);
          if (edges.length === 0) return cell;
          const borders = structuredClone(cell.borders ?? {});
          for (const edge of edges) borders[edge] = { ...borders[edge], [property]: v };
          return { ...cell, borders };
        });
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.setBorder("style", value, (v) => oneOf(BORDER_STYLES, v, "border style"));
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setBorder("color", value, color);
  }
  get weight(): string {
    return this.read("weight");
  }
  set weight(value: string) {
    this.setBorder("weight", value, (v) => oneOf(BORDER_WEIGHTS, v, "border weight"));
  }
}

interface AreasEntity {
  sheet: SheetModel;
  areas: RangeRef[];
}

export class FakeRangeAreas extends FakeObject implements Formattable {
  private cf: FakeConditionalFormatCollection | undefined;
  private formatProxy: FakeRangeFormat | undefined;

  constructor(
    context: FakeContext,
    resolve: () => unknown,
    /** How the request names these areas: the address they were asked by. */
    readonly path = "areas"
  ) {
    super(context, resolve);
  }

  /** Formats each area as a Range would (ExcelApi 1.9); borders' edges are per area. */
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this));
  }
  changeAreas(
    m: string,
    value: unknown,
    apply: (sheet: SheetModel, rects: readonly RangeRef[]) => void,
    requires = 9
  ): void {
    this.context.command(
      { m, areas: this.path, value },
      () => {
        const { sheet, areas } = this.entity<AreasEntity>();
        writable(sheet);
        apply(sheet, areas);
      },
      Math.max(9, requires)
    );
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.cf ??= new FakeConditionalFormatCollection(this.context, () => this.entity<AreasEntity>()));
  }
  protected scalar(name: string, e: unknown): unknown {
    const { sheet, areas } = e as AreasEntity;
    if (name === "address") return areas.map((a) => addressOf(sheet, a)).join(", ");
    if (name === "areaCount") return areas.length;
    throw new Error(`double: RangeAreas.${name}`);
  }
}

// ── Conditional formats ───────────────────────────────────────────────────────────────────────

const sameAreas = (a: readonly RangeRef[], b: readonly RangeRef[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i]!;
    return x.top === y.top && x.left === y.left && x.bottom === y.bottom && x.right === y.right;
  });

/**
 * The formats of a sheet that real Excel cannot read through the API: two CellValue rules on the
 * same range (office-js #6827: "Reading conditionalFormats items throws error after adding a
 * second cellValue rule to the same table column range") and a rule duplicated in Excel's
 * "Manage Rules" (office-js #6835: "office-js fails to read the newly inserted rules properties").
 */
export function unreadableFormats(sheet: SheetModel): Set<ConditionalFormatModel> {
  const out = new Set<ConditionalFormatModel>();
  const list = sheet.conditionalFormats;
  list.forEach((a, i) =>
    list.slice(i + 1).forEach((b) => {
      const twoCellValue = a.type === "CellValue" && b.type === "CellValue" && sameAreas(a.areas, b.areas);
      const duplicate =
        a.type === b.type &&
        sameAreas(a.areas, b.areas) &&
        a.formula === b.formula &&
        a.fill === b.fill &&
        a.font === b.font;
      if (twoCellValue || duplicate) out.add(a).add(b);
    })
  );
  return out;
}

/** Whether a format shares a cell with another CellValue rule while being one (office-js #5222). */
function sharesCellWithCellValue(sheet: SheetModel, cf: ConditionalFormatModel): boolean {
  return (
    cf.type === "CellValue" &&
    sheet.conditionalFormats.some(
      (other) =>
        other !== cf &&
        other.type === "CellValue" &&
        other.areas.some((a) => cf.areas.some((b) => intersects(a, b)))
    )
  );
}

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  private scope(): AreasEntity {
    return this.resolve() as AreasEntity;
  }

  /** Loading items fails, as in real Excel, when one of them is a format Excel cannot read. */
  override collect(paths: string[][]): ReturnType<FakeCollection<FakeConditionalFormat>["collect"]> {
    const { sheet } = this.scope();
    const bad = unreadableFormats(sheet);
    if ((this.entities() as ConditionalFormatModel[]).some((cf) => bad.has(cf)))
      throw new OfficeError("GeneralException", "There was an internal error while processing the request.");
    return super.collect(paths);
  }

  /**
   * The format at a position. Deleting it fails with ItemNotFound when it is a CellValue rule that
   * shares a cell with another CellValue rule (office-js #5222: getItemAt(0).delete() gives
   * "RichApi.Error: Item Not Found" with two "Format only cells that contain" rules on A1).
   */
  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      () => {
        const { sheet } = this.scope();
        const cf = (this.entities() as ConditionalFormatModel[])[index];
        if (!cf) throw new OfficeError("ItemNotFound", `no conditional format at ${index}`);
        return { sheet, cf };
      },
      true
    );
  }
  protected entities(): unknown[] {
    const { sheet, areas } = this.scope();
    return sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => areas.some((b) => intersects(a, b))));
  }
  protected makeItem(entity: unknown): FakeConditionalFormat {
    const cf = entity as ConditionalFormatModel;
    return new FakeConditionalFormat(this.context, () => {
      const sheet = this.scope().sheet;
      if (!sheet.conditionalFormats.includes(cf))
        throw new OfficeError("ItemNotFound", "conditional format was deleted");
      return { sheet, cf };
    });
  }
  add(type: "Custom"): FakeConditionalFormat {
    let created: { sheet: SheetModel; cf: ConditionalFormatModel } | undefined;
    this.context.command(
      { m: "conditionalFormats.add", type },
      () => {
        const { sheet, areas } = this.scope();
        writable(sheet);
        const cf: ConditionalFormatModel = {
          id: newId(this.context.model, "cf"),
          type,
          areas: areas.map((a) => ({ ...a })),
          formula: "",
          fill: null,
          font: null,
        };
        sheet.conditionalFormats.unshift(cf); // added at the top priority, as Excel does
        created = { sheet, cf };
      },
      6
    );
    return new FakeConditionalFormat(this.context, () => {
      if (!created) throw new Error("double: conditional format used before its add ran");
      return created;
    });
  }
}

interface CfEntity {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

export class FakeConditionalFormat extends FakeObject {
  private customProxy: FakeCustomFormat | undefined;
  private customOrNull: FakeCustomFormat | undefined;

  constructor(
    context: FakeContext,
    resolve: () => unknown,
    /** Reached by position (getItemAt): see office-js #5222 at delete. */
    private readonly byIndex = false
  ) {
    super(context, resolve);
  }

  get type(): string {
    return this.read("type");
  }
  get id(): string {
    return this.read("id");
  }
  get custom(): FakeCustomFormat {
    return (this.customProxy ??= new FakeCustomFormat(this.context, () => {
      const e = this.entity<CfEntity>();
      if (e.cf.type !== "Custom")
        throw new OfficeError("InvalidOperation", "not a custom conditional format");
      return e;
    }));
  }
  get customOrNullObject(): FakeCustomFormat {
    return (this.customOrNull ??= new FakeCustomFormat(this.context, () => {
      const e = this.entity<CfEntity>();
      return e.cf.type === "Custom" ? e : null;
    }));
  }
  protected scalar(name: string, e: unknown): unknown {
    const { cf } = e as CfEntity;
    if (name === "type") return cf.type;
    if (name === "id") return cf.id;
    throw new Error(`double: ConditionalFormat.${name}`);
  }
  protected override child(name: string): FakeObject | undefined {
    return name === "custom"
      ? this.custom
      : name === "customOrNullObject"
        ? this.customOrNullObject
        : undefined;
  }
  delete(): void {
    this.context.command({ m: "conditionalFormat.delete" }, () => {
      const { sheet, cf } = this.entity<CfEntity>();
      writable(sheet);
      if (this.byIndex && sharesCellWithCellValue(sheet, cf))
        throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

/** Custom format, its rule and its format/fill and format/font: one class, four faces. */
class FakeCustomFormat extends FakeObject {
  private parts = new Map<string, FakeCustomFormat>();
  constructor(
    context: FakeContext,
    resolve: () => unknown,
    private readonly face: "custom" | "rule" | "format" | "fill" | "font" = "custom"
  ) {
    super(context, resolve);
  }
  private part(face: "rule" | "format" | "fill" | "font"): FakeCustomFormat {
    let p = this.parts.get(face);
    if (!p) this.parts.set(face, (p = new FakeCustomFormat(this.context, () => this.resolve(), face)));
    return p;
  }
  get rule(): FakeCustomFormat {
    return this.part("rule");
  }
  get format(): FakeCustomFormat {
    return this.part("format");
  }
  get fill(): FakeCustomFormat {
    return this.part("fill");
  }
  get font(): FakeCustomFormat {
    return this.part("font");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.set("formula", value);
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.set(this.face === "fill" ? "fill" : "font", value);
  }
  private set(field: "formula" | "fill" | "font", value: string): void {
    this.context.command({ m: `custom.${field}`, value }, () => {
      const { sheet, cf } = this.entity<CfEntity>();
      writable(sheet);
      cf[field] = value;
    });
  }
  protected scalar(name: string, e: unknown): unknown {
    const { cf } = e as CfEntity;
    if (this.face === "rule" && name === "formula") return cf.formula;
    if (this.face === "fill" && name === "color") return cf.fill;
    if (this.face === "font" && name === "color") return cf.font;
    throw new Error(`double: custom ${this.face}.${name}`);
  }
  protected override child(name: string): FakeObject | undefined {
    const faces: Record<string, readonly string[]> = { custom: ["rule", "format"], format: ["fill", "font"] };
    return faces[this.face]?.includes(name)
      ? this.part(name as "rule" | "format" | "fill" | "font")
      : undefined;
  }
}

// ── Notes (ExcelApi 1.18) and comments (ExcelApi 1.10) ────────────────────────────────────────

export class FakeNoteCollection extends FakeCollection<FakeNote> {
  private sheet(): SheetModel {
    return this.resolve() as SheetModel;
  }
  protected entities(): unknown[] {
    return [...this.sheet().notes.values()];
  }
  protected makeItem(entity: unknown): FakeNote {
    const note = entity as NoteModel;
    return new FakeNote(this.context, () => {
      const sheet = this.sheet();
      if (sheet.notes.get(cellKey(note.row, note.col)) !== note)
        throw new OfficeError("ItemNotFound", "note was deleted");
      return { sheet, note };
    });
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.context, () => {
      const sheet = this.sheet();
      const { row, col } = single(key);
      const note = sheet.notes.get(cellKey(row, col));
      return note ? { sheet, note } : null;
    });
  }
  add(cellAddress: string, content: string): FakeNote {
    this.context.command(
      { m: "notes.add", cellAddress, content },
      () => {
        const sheet = this.sheet();
        writable(sheet);
        const { row, col } = single(cellAddress);
        if (sheet.notes.has(cellKey(row, col)))
          throw new OfficeError("InvalidArgument", `cell ${cellAddress} already has a note`);
        sheet.notes.set(cellKey(row, col), { row, col, content, author: "Indicator Check" });
      },
      18
    );
    return this.getItemOrNullObject(cellAddress);
  }
}

export class FakeNote extends FakeObject {
  get content(): string {
    return this.read("content");
  }
  protected scalar(name: string, e: unknown): unknown {
    const { note } = e as { note: NoteModel };
    if (name === "content") return readBackText(this.context.state, note.content, "note");
    if (name === "authorName") return note.author;
    throw new Error(`double: Note.${name}`);
  }
  delete(): void {
    this.context.command({ m: "note.delete" }, () => {
      const { sheet, note } = this.entity<{ sheet: SheetModel; note: NoteModel }>();
      writable(sheet);
      sheet.notes.delete(cellKey(note.row, note.col));
    });
  }
}

export class FakeCommentCollection extends FakeCollection<FakeComment> {
  protected entities(): unknown[] {
    return [...(this.resolve() as CommentModel[])];
  }
  protected makeItem(entity: unknown): FakeComment {
    const comment = entity as CommentModel;
    return new FakeComment(this.context, () => {
      if (!this.context.model.comments.includes(comment))
        throw new OfficeError("ItemNotFound", "comment was deleted");
      return comment;
    });
  }
  add(cellAddress: FakeRange, content: string): FakeComment {
    let created: CommentModel | undefined;
    this.context.command(
      { m: "comments.add", content },
      () => {
        const { sheet, rect } = cellAddress.entity<RangeEntity>();
        writable(sheet);
        if (rect.top !== rect.bottom || rect.left !== rect.right)
          throw new OfficeError("InvalidArgument", "comment on more than one cell");
        if (
          this.context.model.comments.some(
            (c) => c.sheetId === sheet.id && c.row === rect.top && c.col === rect.left
          )
        ) {
          throw new OfficeError("InvalidArgument", "the cell already has a comment thread");
        }
        created = {
          id: newId(this.context.model, "comment"),
          sheetId: sheet.id,
          row: rect.top,
          col: rect.left,
          content,
          author: "Indicator Check",
        };
        this.context.model.comments.push(created);
      },
      10
    );
    return new FakeComment(this.context, () => created ?? null);
  }
}

export class FakeComment extends FakeObject {
  get id(): string {
    return this.read("id");
  }
  get content(): string {
    return this.read("content");
  }
  protected scalar(name: string, e: unknown): unknown {
    const c = e as CommentModel;
    if (name === "id") return c.id;
    if (name === "content") return readBackText(this.context.state, c.content, "comment");
    if (name === "authorName") return c.author;
    throw new Error(`double: Comment.${name}`);
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const c = this.entity<CommentModel>();
      const sheet = this.context.model.sheets.find((s) => s.id === c.sheetId)!;
      return { sheet, rect: { top: c.row, left: c.col, bottom: c.row, right: c.col } };
    });
  }
  delete(): void {
    this.context.command({ m: "comment.delete" }, () => {
      const c = this.entity<CommentModel>();
      writable(this.context.model.sheets.find((s) => s.id === c.sheetId)!);
      this.context.model.comments = this.context.model.comments.filter((x) => x !== c);
    });
  }
}

// ── Custom XML parts (ExcelApi 1.5) ───────────────────────────────────────────────────────────

class FakeClientResult<T> extends FakeObject {
  constructor(context: FakeContext, resolve: () => unknown) {
    super(context, resolve);
    context.load(this, [["value"]]);
  }
  get value(): T {
    return this.read("value");
  }
  protected scalar(_name: string, e: unknown): unknown {
    return e;
  }
}

export class FakeCustomXmlPartCollection extends FakeCollection<FakeCustomXmlPart> {
  protected entities(): unknown[] {
    return [...(this.resolve() as CustomXmlPartModel[])];
  }
  protected makeItem(entity: unknown): FakeCustomXmlPart {
    const part = entity as CustomXmlPartModel;
    return new FakeCustomXmlPart(this.context, () => {
      if (!this.context.model.customXmlParts.includes(part))
        throw new OfficeError("ItemNotFound", "part was deleted");
      return part;
    });
  }
  getByNamespace(namespace: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.context, () =>
      (this.resolve() as CustomXmlPartModel[]).filter((p) => p.namespace === namespace)
    );
  }
  add(xml: string): FakeCustomXmlPart {
    let created: CustomXmlPartModel | undefined;
    this.context.command(
      { m: "customXmlParts.add", xml },
      () => {
        const namespace = /<[A-Za-z][^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1];
        if (namespace === undefined) throw new OfficeError("InvalidArgument", "XML without a root namespace");
        created = { id: newId(this.context.model, "part"), namespace, xml };
        this.context.model.customXmlParts.push(created);
      },
      5
    );
    return new FakeCustomXmlPart(this.context, () => created ?? null);
  }
}

export class FakeCustomXmlPart extends FakeObject {
  get id(): string {
    return this.read("id");
  }
  protected scalar(name: string, e: unknown): unknown {
    const p = e as CustomXmlPartModel;
    if (name === "id") return p.id;
    if (name === "namespaceUri") return p.namespace;
    throw new Error(`double: CustomXmlPart.${name}`);
  }
  getXml(): FakeClientResult<string> {
    return new FakeClientResult<string>(this.context, () => this.entity<CustomXmlPartModel>().xml);
  }
  setXml(xml: string): void {
    this.context.command({ m: "customXmlPart.setXml", xml }, () => {
      this.entity<CustomXmlPartModel>().xml = xml;
    });
  }
  delete(): void {
    this.context.command({ m: "customXmlPart.delete" }, () => {
      const p = this.entity<CustomXmlPartModel>();
      this.context.model.customXmlParts = this.context.model.customXmlParts.filter((x) => x !== p);
    });
  }
}
