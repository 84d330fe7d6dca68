/**
 * A read-only look at the demo's workbook, the way Excel shows it: sheet tabs, a grid with column
 * letters and row numbers, merged cells, the add-in's marks in Excel's preset colours with their
 * note as tooltip, and the selection, which the user sets by clicking, dragging or the arrow keys
 * and the pane reads through the gateway.
 *
 * Only the rows in view (and a margin) are rendered, between two spacer rows as tall as the rows
 * left out, so marking or selecting on a sheet of a thousand rows re-renders a screenful of cells.
 */
import {
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import {
  memo,
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { columnLetters, toA1, type CellRef, type RangeRef } from "../core/address";
import { MARK_STYLES, type Mark } from "../core/marks";
import { cellAt, type CellData } from "../core/workbook";
import type { DemoWorkbook } from "./demoWorkbook";
import {
  gridExtent,
  inRange,
  renderedRows,
  rowOffsets,
  sheetMerges,
  spanOf,
  step,
  type Step,
} from "./gridGeometry";
import { DEFAULT_COLUMN_PX, DEFAULT_ROW_PX, lookKey, type CellLook, type PreviewSheet } from "./previewSheet";
import type { DemoTexts } from "./strings";

/* global document, window */

const ROW_HEADER_PX = 44;
/** The column header row's height until it is measured. */
const HEADER_PX = 23;
/** Rows rendered above and below the ones in view. */
const OVERSCAN_PX = 600;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    height: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  formulaBar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  nameBox: { width: "96px", flexShrink: 0 },
  contents: { flexGrow: 1 },
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    minHeight: 0,
    outlineStyle: "none",
  },
  table: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    userSelect: "none",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: "22px",
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
  },
  corner: { left: 0, zIndex: 3 },
  headerInSelection: {
    color: tokens.colorBrandForeground2,
    backgroundColor: tokens.colorNeutralBackground3Selected,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    height: "20px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    verticalAlign: "bottom",
    whiteSpace: "pre",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    scrollMarginTop: "24px",
    scrollMarginLeft: `${ROW_HEADER_PX}px`,
    cursor: "cell",
  },
  overflows: { overflow: "visible" },
  inSelection: {
    boxShadow: `inset 0 0 0 9999px color-mix(in srgb, ${tokens.colorBrandBackground} 16%, transparent)`,
  },
  active: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  spacer: { padding: 0, border: "none" },
  tabs: {
    flexShrink: 0,
    overflowX: "auto",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

const ARROWS: Readonly<Record<string, Step>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/** Excel's default alignment: numbers and dates right, booleans and errors centred, text left. */
function defaultAlign(cell: CellData): CellLook["hAlign"] {
  const v = cell.value;
  if (typeof v === "number" || v instanceof Date) return "right";
  if (typeof v === "boolean" || (typeof v === "object" && v !== null)) return "center";
  return "left";
}

/** The cell's own look, under the add-in's mark (a conditional format wins over the cell's fill). */
function cellStyle(look: CellLook | undefined, mark: Mark | undefined, cell: CellData): CSSProperties {
  const preset = mark ? MARK_STYLES[mark.kind] : undefined;
  return {
    backgroundColor: preset?.fill ?? look?.fill,
    color: preset?.font ?? look?.color,
    fontWeight: look?.bold ? 700 : undefined,
    fontStyle: look?.italic ? "italic" : undefined,
    textAlign: look?.hAlign ?? defaultAlign(cell),
    verticalAlign: look?.vAlign === "middle" ? "middle" : look?.vAlign,
    whiteSpace: look?.wrap ? "pre-wrap" : undefined,
  };
}

export interface PreviewProps {
  readonly doc: DemoWorkbook;
  readonly texts: DemoTexts;
}

export function Preview({ doc, texts }: PreviewProps) {
  const styles = useStyles();
  const view = useSyncExternalStore(doc.subscribe, doc.getView);
  const sheet = view.sheets.find((s) => s.name === view.activeSheet) ?? view.sheets[0]!;
  const { selection } = view;
  const idPrefix = useId();
  const gridRef = useRef<HTMLTableElement>(null);
  const drag = useRef<{ anchor: CellRef; focus: CellRef; dragging: boolean }>({
    anchor: selection.active,
    focus: selection.active,
    dragging: false,
  });

  const merges = useMemo(() => sheetMerges(sheet.data), [sheet]);
  const extent = useMemo(() => gridExtent(sheet.data, selection.range), [sheet, selection.range]);
  // New marks (tens of thousands after a check) are indexed and painted in a deferred render,
  // which React does in slices after the urgent one; a selection meanwhile re-renders the rows it touches.
  const shownMarks = useDeferredValue(view.marks);
  const marks = useMemo(() => {
    const byCell = new Map<string, Mark>();
    for (const m of shownMarks) if (m.sheet === sheet.name) byCell.set(m.cell, m);
    return byCell;
  }, [shownMarks, sheet.name]);
  const cellId = useCallback((row: number, col: number) => `${idPrefix}-${toA1(row, col)}`, [idPrefix]);

  // Which rows to render: those in the scroller's view, by the rows' heights (measured once rendered).
  const scrollerRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const headerPx = useRef(HEADER_PX);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });
  const estimate = useCallback(
    (row: number) => sheet.rowHeights.get(row) ?? DEFAULT_ROW_PX + 1, // + the cell's bottom border
    [sheet]
  );
  const measured = useRef({ sheet, heights: new Map<number, number>() });
  if (measured.current.sheet !== sheet) measured.current = { sheet, heights: new Map() };
  const [, setMeasures] = useState(0);
  const { heights } = measured.current;
  const offsets = rowOffsets(extent.rows, (r) => heights.get(r) ?? estimate(r));
  const { first, last } = renderedRows(
    offsets,
    viewport.top - headerPx.current - OVERSCAN_PX,
    viewport.top + viewport.height - headerPx.current + OVERSCAN_PX,
    merges
  );

  const onScroll = () => {
    const el = scrollerRef.current;
    if (!el) return;
    // A fifth of the margin may scroll by before the rendered rows have to follow.
    if (Math.abs(el.scrollTop - viewport.top) > OVERSCAN_PX / 5 || el.clientHeight !== viewport.height)
      setViewport({ top: el.scrollTop, height: el.clientHeight });
  };
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    headerPx.current = headRef.current?.offsetHeight || HEADER_PX;
    const fit = () => setViewport({ top: el.scrollTop, height: el.clientHeight });
    fit();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Rows taller or shorter than estimated (wrapped text) keep their height for the spacers. A
  // ResizeObserver reports it after the browser's own layout, so nothing forces an extra one.
  const rowObserver = useRef<{ observer: ResizeObserver; rows: Set<Element> } | null>(null);
  const latestEstimate = useRef(estimate);
  latestEstimate.current = estimate;
  useEffect(() => {
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const { heights: known } = measured.current;
      let off = false;
      for (const entry of entries) {
        const row = Number((entry.target as HTMLElement).dataset["row"]);
        const height = entry.borderBoxSize?.[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
        if (!(height > 0) || known.get(row) === height) continue;
        off ||= height !== (known.get(row) ?? latestEstimate.current(row));
        known.set(row, height);
      }
      if (off) startTransition(() => setMeasures((n) => n + 1));
    });
    rowObserver.current = { observer, rows: new Set() };
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    const watch = rowObserver.current;
    if (!watch) return;
    for (const tr of Array.from(watch.rows))
      if (!tr.isConnected) {
        watch.observer.unobserve(tr);
        watch.rows.delete(tr);
      }
    for (const tr of Array.from(bodyRef.current?.querySelectorAll(":scope > tr[data-row]") ?? []))
      if (!watch.rows.has(tr)) {
        watch.observer.observe(tr);
        watch.rows.add(tr);
      }
  });

  // A cell selected by the pane or the keyboard: bring it into view, as Excel scrolls to it. When its
  // row is not rendered, scroll to where it will be first; the next render has it.
  const revealed = useRef(view.reveal);
  const attempts = useRef(0);
  const activeId = cellId(selection.active.row, selection.active.col);
  useLayoutEffect(() => {
    if (view.reveal === revealed.current) return;
    const element = document.getElementById(activeId);
    const el = scrollerRef.current;
    if (element || !el || attempts.current > 1) {
      revealed.current = view.reveal;
      attempts.current = 0;
      element?.scrollIntoView({ block: "nearest", inline: "nearest" });
      return;
    }
    attempts.current++;
    el.scrollTop = Math.max(0, (offsets[selection.active.row] ?? 0) + headerPx.current - el.clientHeight / 2);
    // The rows there are new: React renders them as a transition, in slices.
    const next = { top: el.scrollTop, height: el.clientHeight };
    startTransition(() => setViewport(next));
  });

  useEffect(() => {
    const stop = () => {
      drag.current.dragging = false;
    };
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  const selectSpan = (anchor: CellRef, focus: CellRef, reveal = false) => {
    drag.current.anchor = anchor;
    drag.current.focus = focus;
    doc.select(sheet.name, spanOf(anchor, focus, merges), anchor, reveal);
  };

  const cellFrom = (target: EventTarget): CellRef | null => {
    const td = (target as HTMLElement).closest?.("td[data-row]");
    return td instanceof HTMLElement
      ? { row: Number(td.dataset["row"]), col: Number(td.dataset["col"]) }
      : null;
  };

  const onMouseDown = (e: MouseEvent) => {
    const cell = cellFrom(e.target);
    if (!cell || e.button !== 0) return;
    e.preventDefault();
    gridRef.current?.focus();
    const anchor = e.shiftKey ? selection.active : cell;
    drag.current.dragging = true;
    selectSpan(anchor, cell);
  };

  const onMouseOver = (e: MouseEvent) => {
    if (!drag.current.dragging || (e.buttons & 1) === 0) return;
    const cell = cellFrom(e.target);
    if (cell) selectSpan(drag.current.anchor, cell);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const direction = ARROWS[e.key];
    if (direction) {
      e.preventDefault();
      if (e.shiftKey) {
        const focus = step(drag.current.focus, direction, merges, extent);
        selectSpan(selection.active, focus, true);
        drag.current.focus = focus;
      } else {
        const next = step(selection.active, direction, merges, extent);
        selectSpan(next, next, true);
      }
    } else if (e.key === "Home" && e.ctrlKey) {
      e.preventDefault();
      selectSpan({ row: 0, col: 0 }, { row: 0, col: 0 }, true);
    }
  };

  const active = cellAt(sheet.data, selection.active.row, selection.active.col);
  const rows = Array.from({ length: last - first + 1 }, (_, r) => first + r);
  const cols = useMemo(() => Array.from({ length: extent.cols }, (_, c) => c), [extent.cols]);
  const widthOf = (col: number) => sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_PX;
  const tabs = view.sheets.filter((s) => !s.hidden || s.name === sheet.name);

  return (
    <div className={styles.root}>
      <div className={styles.formulaBar}>
        <Input
          className={styles.nameBox}
          aria-label={texts.nameBox}
          readOnly
          value={toA1(selection.active.row, selection.active.col)}
        />
        <Input
          className={styles.contents}
          aria-label={texts.cellContents}
          readOnly
          value={active.formula ?? active.text}
        />
      </div>
      {extent.hiddenRows > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{texts.truncated(extent.rows, extent.usedRows)}</MessageBarBody>
        </MessageBar>
      )}
      {/* The sheet stays light in a dark theme, as Excel's grid does: cells carry the workbook's own colours. */}
      <FluentProvider theme={webLightTheme} className={styles.scroller} ref={scrollerRef} onScroll={onScroll}>
        <table
          ref={gridRef}
          role="grid"
          aria-label={sheet.name}
          aria-readonly="true"
          aria-multiselectable="true"
          aria-rowcount={extent.rows + 1}
          aria-colcount={extent.cols + 1}
          aria-activedescendant={
            selection.active.row >= first && selection.active.row <= last ? activeId : undefined
          }
          tabIndex={0}
          className={styles.table}
          style={{ width: ROW_HEADER_PX + cols.reduce((sum, c) => sum + widthOf(c), 0) }}
          onMouseDown={onMouseDown}
          onMouseOver={onMouseOver}
          onKeyDown={onKeyDown}
        >
          <colgroup>
            <col style={{ width: ROW_HEADER_PX }} />
            {cols.map((c) => (
              <col key={c} style={{ width: widthOf(c) }} />
            ))}
          </colgroup>
          <thead ref={headRef}>
            <tr aria-rowindex={1}>
              <td className={mergeClasses(styles.header, styles.corner)} />
              {cols.map((c) => (
                <th
                  key={c}
                  scope="col"
                  className={mergeClasses(
                    styles.header,
                    c >= selection.range.left && c <= selection.range.right && styles.headerInSelection
                  )}
                >
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {first > 0 && (
              <tr aria-hidden="true" style={{ height: offsets[first] }}>
                <td className={styles.spacer} colSpan={cols.length + 1} />
              </tr>
            )}
            {rows.map((r) => (
              <SheetRow
                key={r}
                row={r}
                cols={cols}
                sheet={sheet}
                marks={marks}
                merges={merges}
                range={r >= selection.range.top && r <= selection.range.bottom ? selection.range : null}
                activeCol={r === selection.active.row ? selection.active.col : -1}
                cellId={cellId}
                styles={styles}
              />
            ))}
            {last < extent.rows - 1 && (
              <tr aria-hidden="true" style={{ height: offsets[extent.rows]! - offsets[last + 1]! }}>
                <td className={styles.spacer} colSpan={cols.length + 1} />
              </tr>
            )}
          </tbody>
        </table>
      </FluentProvider>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={texts.sheets}
        selectedValue={sheet.name}
        onTabSelect={(_, data) => doc.showSheet(String(data.value))}
      >
        {tabs.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}

interface SheetRowProps {
  readonly row: number;
  readonly cols: readonly number[];
  readonly sheet: PreviewSheet;
  readonly marks: ReadonlyMap<string, Mark>;
  readonly merges: ReturnType<typeof sheetMerges>;
  /** The selected range when it covers this row, else null. */
  readonly range: RangeRef | null;
  /** The active cell's column when it is on this row, else -1. */
  readonly activeCol: number;
  readonly cellId: (row: number, col: number) => string;
  readonly styles: ReturnType<typeof useStyles>;
}

/** One row of the grid; memoised, so a new selection re-renders only the rows it touches. */
const SheetRow = memo(function SheetRow({
  row,
  cols,
  sheet,
  marks,
  merges,
  range,
  activeCol,
  cellId,
  styles,
}: SheetRowProps) {
  const height = sheet.rowHeights.get(row);
  const selectedRow = range !== null;
  return (
    <tr data-row={row} aria-rowindex={row + 2} style={height ? { height } : undefined}>
      <th scope="row" className={mergeClasses(styles.rowHeader, selectedRow && styles.headerInSelection)}>
        {row + 1}
      </th>
      {cols.map((col) => {
        const area = merges.areaOf(row, col);
        if (area && (area.top !== row || area.left !== col)) return null; // covered by a merged cell
        const cell = cellAt(sheet.data, row, col);
        const mark = marks.get(toA1(row, col));
        const look = sheet.looks.get(lookKey(row, col));
        const selected = range !== null && inRange(range, row, col);
        const isActive = activeCol === col;
        const right = area ? area.right + 1 : col + 1;
        const overflows =
          !look?.wrap &&
          cell.text !== "" &&
          cellAt(sheet.data, row, right).text === "" &&
          !merges.areaOf(row, right);
        return (
          <td
            key={col}
            id={cellId(row, col)}
            data-row={row}
            data-col={col}
            aria-selected={selected}
            colSpan={area ? area.right - area.left + 1 : undefined}
            rowSpan={area ? area.bottom - area.top + 1 : undefined}
            title={mark?.note}
            className={mergeClasses(
              styles.cell,
              overflows && styles.overflows,
              selected && !isActive && styles.inSelection, // Excel leaves the active cell untinted
              isActive && styles.active
            )}
            style={cellStyle(look, mark, cell)}
          >
            {cell.text}
          </td>
        );
      })}
    </tr>
  );
});
