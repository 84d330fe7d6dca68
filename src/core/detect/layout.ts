import type { DetectedTable, ObservationKind, TableKind } from "../model/types";
import type { SheetView } from "./sheetView";

export interface ValueColumn {
  readonly col: number;
  readonly kind: ObservationKind;
  readonly year: number | null;
  readonly header: string;
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
}
