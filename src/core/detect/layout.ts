import type { DetectedTable, ObservationKind, TableKind } from "../model/types";
import type { SheetView } from "./sheetView";

export interface ValueColumn {
  readonly col: number;
  readonly kind: ObservationKind;
  readonly year: number | null;
  readonly header: string;
  /** True when the kind or year was taken from the column's place or content, not from a header word. */
  readonly inferred?: boolean;
}

export interface AttributeColumn {
  readonly col: number;
  readonly attribute: string;
}

/** A detected table with what the readers need: which columns hold names, values and attributes. */
export interface TableLayout {
  readonly table: DetectedTable;
  readonly view: SheetView;
  readonly kind: TableKind;
  /** Name columns, left to right; two of them (Product/dienst + Servicenorm) form one name. */
  readonly nameCols: readonly number[];
  readonly valueCols: readonly ValueColumn[];
  readonly attributeCols: readonly AttributeColumn[];
  /** Mapping tables: the result column. Explanation tables: the toelichting column. */
  readonly otherCol: number | null;
  /** Explanation tables in list form: name row, then a "Toelichting: …" row. */
  readonly listForm: boolean;
  /** The column that gives each row its own year (Peiljaar, Jaar), for yearless value columns. */
  readonly rowYearCol?: number | null;
  /** True when the name column was found by its content, with no header word over it. */
  readonly nameInferred?: boolean;
}
