/**
 * The layout as a Word document (docx package): real tables with a header row that repeats on
 * every page, fixed column widths on an A4 page, a shaded header, right-aligned figures; the legend
 * and the Toelichting as paragraphs. Works in Node and in the task pane (no Node APIs).
 *
 * The tables' body rows are written from templates (RowStamps below): docx formats one row of each
 * shape, and the other rows of that shape are its XML with their own texts, so a table of 20,000
 * rows takes a fraction of the time and memory and is the same document. The templates read the
 * XML objects docx builds (prepForXml), which is why docx is pinned to one version in package.json:
 * test/export's golden and template tests show whether an upgrade still writes what they expect.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  XmlComponent,
  type IBorderOptions,
  type IContext,
  type IRunOptions,
  type IXmlableObject,
} from "docx";
import { columnChars } from "../core/layout/columnChars";
import { safeText } from "../core/layout/safeText";
import { LAYOUT_THEME } from "../core/layout/theme";
import type {
  BudgetLayout,
  ExplanationSection,
  IndicatorTable,
  RelationTable,
  StatusLevel,
} from "../core/layout/types";

/** A4 with 2 cm margins, in twips. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Twips per character of 10 pt Calibri (a little over the average), and the cell's side margins plus slack. */
const CHAR_TWIPS = 96;
const CELL_SLACK = 230;
const MIN_VALUE_WIDTH = 880;
const MAX_VALUE_WIDTH = 2200;
/** The name column keeps at least 4 cm; with many year columns the value columns shrink to leave it. */
const MIN_NAME_WIDTH = 2268;
const BULLETS = "relatie-opsomming";

const { color, size, status: statusColor, font } = LAYOUT_THEME;
const hex = (c: string) => c.replace("#", "").toUpperCase();
const half = (points: number) => Math.round(points * 2);

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: hex(color.border) };
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const HEADER_SHADING = { type: ShadingType.CLEAR, fill: hex(color.headerFill), color: "auto" };

/** The tables as a Word document; several layouts (one per programme) each get a section under their title. */
export async function renderDocx(layouts: BudgetLayout | readonly BudgetLayout[]): Promise<Uint8Array> {
  const all: readonly BudgetLayout[] = Array.isArray(layouts) ? layouts : [layouts as BudgetLayout];
  const layout = all[0]!;
  const children: (Paragraph | Table)[] = [];
  for (const one of all) {
    if (all.length > 1)
      children.push(new Paragraph({ text: safeText(one.title), heading: HeadingLevel.HEADING_2 }));
    if (one.relation) children.push(...relationBlock(one.relation));
    if (one.indicators) children.push(...indicatorBlock(one.indicators));
    if (one.explanations.entries.length > 0) children.push(...explanationBlock(one.explanations));
  }
  if (children.length === 0) children.push(new Paragraph({}));

  const doc = new Document({
    title: safeText(layout.title),
    creator: "Indicator Check",
    styles: {
      default: {
        document: {
          run: {
            font,
            size: half(size.body),
            color: hex(color.text),
            language: { value: layout.lang === "nl" ? "nl-NL" : "en-GB" },
          },
          paragraph: { spacing: { after: 0, line: 240 } },
        },
        heading3: {
          run: { font, size: half(size.title), bold: true, color: hex(color.headerText) },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "•",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 227, hanging: 227 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children,
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}

/** Runs for a text with line breaks: "a\nb" → "a", break, "b". */
function runs(value: string, options: Omit<IRunOptions, "text" | "break"> = {}): TextRun[] {
  return safeText(value)
    .split("\n")
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_3, children: runs(text) });
}

function table(columnWidths: readonly number[], rows: readonly TableRow[]): Table {
  return new Table({
    rows: [...rows],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { top: 45, bottom: 45, left: 85, right: 85 },
  });
}

function cell(
  width: number,
  paragraphs: Paragraph[],
  extra: { shaded?: boolean; span?: number; fill?: string; verticalAlign?: "top" | "bottom" } = {}
): TableCell {
  return new TableCell({
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: extra.verticalAlign === "bottom" ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
    ...(extra.span ? { columnSpan: extra.span } : {}),
    ...(extra.shaded
      ? { shading: HEADER_SHADING }
      : extra.fill
        ? { shading: { type: ShadingType.CLEAR, fill: hex(extra.fill), color: "auto" } }
        : {}),
  });
}

function headerCell(width: number, text: string, align: "left" | "right" = "left"): TableCell {
  return cell(
    width,
    [
      new Paragraph({
        alignment: align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: runs(text, { bold: true, color: hex(color.headerText) }),
      }),
    ],
    {
      shaded: true,
      verticalAlign: "bottom",
    }
  );
}

function relationBlock(t: RelationTable): (Paragraph | Table)[] {
  const widths = [CONTENT_WIDTH / 2, CONTENT_WIDTH / 2];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [headerCell(widths[0]!, t.columns[0]), headerCell(widths[1]!, t.columns[1])],
  });
  const stamps = new RowStamps(widths);
  const noteRow = ([result, note]: readonly string[]) =>
    new TableRow({
      children: [
        cell(widths[0]!, [new Paragraph({ children: runs(result!) })]),
        cell(widths[1]!, [
          new Paragraph({ children: runs(note!, { italics: true, color: hex(color.muted) }) }),
        ]),
      ],
    });
  const listRow = ([result, ...lines]: readonly string[]) =>
    new TableRow({
      children: [
        cell(widths[0]!, [new Paragraph({ children: runs(result!) })]),
        cell(
          widths[1]!,
          lines.map((l) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: runs(l) }))
        ),
      ],
    });
  const body = t.rows.map((r) =>
    r.note
      ? stamps.row("note", [r.result, r.note], noteRow)
      : stamps.row(`lines ${r.lines.length}`, [r.result, ...r.lines.map((l) => l.text)], listRow)
  );
  return [title(t.title), stamps.table(header, body)];
}

function indicatorBlock(t: IndicatorTable): (Paragraph | Table)[] {
  const chars = columnChars(t);
  const own = t.columns.map((c, i) =>
    c.role === "name"
      ? 0
      : Math.min(MAX_VALUE_WIDTH, Math.max(MIN_VALUE_WIDTH, (chars[i] ?? 0) * CHAR_TWIPS + CELL_SLACK))
  );
  const total = own.reduce((a, b) => a + b, 0);
  const scale = Math.min(1, (CONTENT_WIDTH - MIN_NAME_WIDTH) / Math.max(1, total));
  const fitted = own.map((w) => (w === 0 ? 0 : Math.max(1, Math.floor(w * scale))));
  const widths = fitted.map((w, i) =>
    t.columns[i]?.role === "name" ? CONTENT_WIDTH - fitted.reduce((a, b) => a + b, 0) : w
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) =>
      headerCell(
        widths[i]!,
        c.role === "value" && c.year !== null ? `${c.label}\n${c.year}` : c.text,
        c.role === "name" ? "left" : "right"
      )
    ),
  });
  const keepLastWithLegend = (i: number) => i === t.rows.length - 1 && t.legend.length > 0;
  const stamps = new RowStamps(widths);
  const groupRow = ([text]: readonly string[]) =>
    new TableRow({
      cantSplit: true,
      keepNext: true,
      children: [
        cell(CONTENT_WIDTH, [new Paragraph({ children: runs(text!, { bold: true }) })], {
          span: t.columns.length,
          fill: color.groupFill,
        }),
      ],
    });
  const valueRow =
    (keepNext: boolean, level: StatusLevel | null) =>
    ([name, ...texts]: readonly string[]): TableRow => {
      const values = (level === null ? texts : texts.slice(0, -1)).map((v, i) =>
        cell(widths[i + 1]!, [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(v) })])
      );
      const status = level === null ? [] : [statusCell(widths[widths.length - 1]!, texts.at(-1)!, level)];
      return new TableRow({
        cantSplit: true,
        keepNext,
        children: [cell(widths[0]!, [new Paragraph({ children: runs(name!) })]), ...values, ...status],
      });
    };
  const body = t.rows.map((r, i) => {
    if (r.type === "group") return stamps.row("group", [r.text], groupRow);
    const keepNext = keepLastWithLegend(i);
    const level = r.status?.level ?? null;
    const texts = [r.name, ...r.values.map((v) => v.text), ...(r.status ? [r.status.text] : [])];
    return stamps.row(`${r.values.length} ${level} ${keepNext}`, texts, valueRow(keepNext, level));
  });
  const legend = t.legend.map(
    (sentence, i) =>
      new Paragraph({
        spacing: { before: i === 0 ? 80 : 0, after: i === t.legend.length - 1 ? 240 : 0 },
        children: runs(sentence, { size: half(size.legend), color: hex(color.muted) }),
      })
  );
  return [title(t.title), stamps.table(header, body), ...legend];
}

function statusCell(width: number, text: string, level: StatusLevel): TableCell {
  return cell(width, [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: runs(text, { bold: level !== "none", color: hex(statusColor[level]) }),
    }),
  ]);
}

function explanationBlock(s: ExplanationSection): Paragraph[] {
  const out: Paragraph[] = [
    title(s.title),
    new Paragraph({ spacing: { after: 80 }, children: runs(s.intro, { italics: true }) }),
  ];
  for (const e of s.entries) {
    out.push(
      new Paragraph({ keepNext: true, spacing: { before: 160 }, children: runs(e.name, { bold: true }) })
    );
    const body = e.isPlaceholder
      ? runs(e.text, {
          italics: true,
          color: hex(color.placeholderText),
          shading: { type: ShadingType.CLEAR, fill: hex(color.placeholderFill), color: "auto" },
        })
      : runs(e.text);
    out.push(new Paragraph({ children: [...runs(`${e.label} `), ...body] }));
  }
  return out;
}

/** Stands in for text `i` in a template row: two lines, so docx writes a first line's run and a next line's. */
const STAND_IN = "\uE000";
const standIn = (i: number) => `${STAND_IN}${i}\n${STAND_IN}${i}`;

type Xml = IXmlableObject;

/** A template row: its XML, the runs that stand in for a text (by that text's index) and the nodes that hold them. */
interface Template {
  readonly xml: Xml;
  readonly slots: ReadonlyMap<Xml, number>;
  readonly holders: ReadonlySet<Xml>;
}

/**
 * The body rows of one table. Rows of one shape (the same cells, options and number of
 * paragraphs) differ only in their texts, so docx formats one row of each shape, with stand-in
 * texts, in a table like the real one; every row of that shape is then that XML with its own texts
 * in place of the stand-ins, a run per line, as docx writes them.
 */
class RowStamps {
  private readonly templates = new Map<string, Template>();

  constructor(private readonly columnWidths: readonly number[]) {}

  /** A body row of the given shape, which `build` makes from its texts. */
  row(shape: string, texts: readonly string[], build: (texts: readonly string[]) => TableRow): XmlComponent {
    return new StampedRow((context) => fill(this.template(shape, texts.length, build, context), texts));
  }

  /** The table: its header row as docx makes it, then the body rows. */
  table(header: TableRow, body: readonly XmlComponent[]): Table {
    const made = table(this.columnWidths, [header]);
    for (const row of body) made.addChildElement(row);
    return made;
  }

  private template(
    shape: string,
    count: number,
    build: (texts: readonly string[]) => TableRow,
    context: IContext
  ): Template {
    const known = this.templates.get(shape);
    if (known) return known;
    const standIns = Array.from({ length: count }, (_, i) => standIn(i));
    const tbl = table(this.columnWidths, [build(standIns)]).prepForXml(context) as Xml;
    const xml = (tbl["w:tbl"] as Xml[]).at(-1)!;
    const slots = new Map<Xml, number>();
    const holders = new Set<Xml>();
    const visit = (node: Xml): boolean => {
      const children = Object.values(node)[0];
      if (!Array.isArray(children)) return false;
      let holds = false;
      for (const child of children as unknown[]) {
        if (typeof child !== "object" || child === null) continue;
        const slot = slotOf(child as Xml);
        if (slot !== undefined) slots.set(child as Xml, slot);
        if (slot !== undefined || visit(child as Xml)) holds = true;
      }
      if (holds) holders.add(node);
      return holds;
    };
    visit(xml);
    const template = { xml, slots, holders };
    this.templates.set(shape, template);
    return template;
  }
}

/** A row written from its shape's template. */
class StampedRow extends XmlComponent {
  constructor(private readonly make: (context: IContext) => Xml) {
    super("w:tr");
  }

  override prepForXml(context: IContext): Xml {
    return this.make(context);
  }
}

/** The stand-in's index when `node` is a run (w:r) whose text (w:t) is a stand-in. */
function slotOf(node: Xml): number | undefined {
  const run = node["w:r"] as unknown;
  if (!Array.isArray(run)) return undefined;
  for (const part of run as Xml[]) {
    const text = (part["w:t"] as unknown[] | undefined)?.at(-1);
    if (typeof text === "string" && text.startsWith(STAND_IN)) return Number(text.slice(STAND_IN.length));
  }
  return undefined;
}

/** A stand-in run with `line` as its text. */
function withText(run: Xml, line: string): Xml {
  return {
    "w:r": (run["w:r"] as Xml[]).map((part) =>
      part["w:t"] ? { "w:t": [(part["w:t"] as unknown[])[0], line] } : part
    ),
  };
}

/**
 * The template's XML with `texts` in place: each stand-in's pair of runs (first line, next line)
 * becomes a run per line of its text. Nodes that hold no stand-in are shared, not copied.
 */
function fill({ xml, slots, holders }: Template, texts: readonly string[]): Xml {
  const walk = (node: Xml): Xml => {
    const [name, children] = Object.entries(node)[0]!;
    const out: unknown[] = [];
    const list = children as unknown[];
    for (let k = 0; k < list.length; k++) {
      const child = list[k] as Xml;
      const slot = slots.get(child);
      if (slot === undefined) {
        out.push(holders.has(child) ? walk(child) : child);
        continue;
      }
      const [first, ...next] = safeText(texts[slot] ?? "").split("\n");
      out.push(withText(child, first!));
      for (const line of next) out.push(withText(list[k + 1] as Xml, line));
      k++; // the next-line run of the same stand-in
    }
    return { [name]: out };
  };
  return walk(xml);
}
