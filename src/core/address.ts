/** A1 addresses, branded so a cell address is never confused with a sheet name or an id. */

export type CellAddress = string & { readonly __brand: "CellAddress" };
export type RangeAddress = string & { readonly __brand: "RangeAddress" };

/** 0 → "A", 25 → "Z", 26 → "AA". */
/** Letters of the first columns, worked out once: tables rarely go past column Z. */
const FIRST_COLUMNS = Array.from({ length: 52 }, (_, c) => lettersOf(c));

export function columnLetters(col: number): string {
  return FIRST_COLUMNS[col] ?? lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based (row, col) → "B3". */
export function toA1(row: number, col: number): CellAddress {
  return `${columnLetters(col)}${row + 1}` as CellAddress;
}

export function toRange(top: number, left: number, bottom: number, right: number): RangeAddress {
  const a = toA1(top, left);
  const b = toA1(bottom, right);
  return (a === b ? a : `${a}:${b}`) as RangeAddress;
}

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "$B$3" or "b3" → { row: 2, col: 1 }; null for anything else. */
export function parseA1(text: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** "Sheet1!A1:C4", "A1:C4" or "B2" → range (sheet part ignored); null when unreadable. */
export function parseRange(text: string): RangeRef | null {
  const bare = text.includes("!") ? text.slice(text.lastIndexOf("!") + 1) : text;
  const [a, b] = bare.split(":");
  const start = a === undefined ? null : parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** The sheet name as Excel writes it in a reference: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
