/** The Office.js objects the gateway uses, over the in-memory model. Only this subset exists. */
import type { RangeRef } from "../../../src/core/address";
import {
  WHOLE_SHEET,
  addressOf,
  cellKey,
  intersects,
  newId,
  parseAreas,
  rangeArrays,
  usedRect,
  type ChangedArgs,
  type CommentModel,
  type ConditionalFormatModel,
  type CustomXmlPartModel,
  type NoteModel,
  type SheetModel,
} from "./model";
import { FakeCollection, type FakeContext, FakeObject, OfficeError } from "./runtime";

const MAX_CELLS_PER_READ = 5_000_000;

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

class FakeEventHandlers {
  constructor(private readonly ctx: FakeContext) {}
  add(handler: (args: ChangedArgs) => Promise<unknown>): { context: FakeContext; remove: () => void } {
    const ctx = this.ctx;
    ctx.command({ m: "onChanged.add" }, () => ctx.model.listeners.add(handler), 9);
    return {
      context: ctx,
      remove: () => ctx.command({ m: "onChanged.remove" }, () => ctx.model.listeners.delete(handler)),
    };
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  readonly onChanged = new FakeEventHandlers(this.context);

  protected entities(): unknown[] {
    return this.context.model.sheets;
  }
  protected makeItem(entity: unknown): FakeWorksheet {
    return new FakeWorksheet(this.context, () => liveSheet(this.context, entity as SheetModel));
  }

  /** By name (case-insensitive, as Excel) or by id. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.model.sheets.find(
        (s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()
      );
      if (!sheet)
        throw new OfficeError("ItemNotFound", `The requested resource doesn't exist (sheet ${key}).`);
      return sheet;
    });
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

  private range(rect: () => RangeRef | null): FakeRange {
    return new FakeRange(this.context, () => {
      const r = rect();
      return r === null ? null : { sheet: this.entity<SheetModel>(), rect: r };
    });
  }

  getRange(address?: string): FakeRange {
    return this.range(() => (address === undefined ? WHOLE_SHEET : parseAreas(address)[0]!));
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
      () => (this.context.requireApi(9), { sheet: this.entity<SheetModel>(), areas: parseAreas(address) })
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

export class FakeRange extends FakeObject {
  private cf: FakeConditionalFormatCollection | undefined;

  get address(): string {
    return this.read("address");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
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
    return name === "conditionalFormats" ? this.conditionalFormats : undefined;
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
    });
  }
}

interface AreasEntity {
  sheet: SheetModel;
  areas: RangeRef[];
}

export class FakeRangeAreas extends FakeObject {
  private cf: FakeConditionalFormatCollection | undefined;

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

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  private scope(): AreasEntity {
    return this.resolve() as AreasEntity;
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

  get type(): string {
    return this.read("type");
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
    if (name === "content") return note.content;
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
    if (name === "content") return c.content;
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
