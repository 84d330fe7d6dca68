/**
 * Excel's sheet-qualified addresses as Office.js returns them: "Blad1!B3:C4", "'Begroting 2026'!A1",
 * and lists of areas "Blad1!A1:B2, Blad1!D4". Pure string code, no Office.js.
 */

export interface SheetAddress {
  readonly sheet: string;
  /** The range without the sheet, e.g. "B3:C4". */
  readonly range: string;
}

/** "Blad1!B3" → { sheet: "Blad1", range: "B3" }; "'It''s'!A1" → { sheet: "It's", range: "A1" }. */
export function splitSheetAddress(address: string): SheetAddress {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (ch === "'") {
        break;
      } else {
        name += ch;
        i++;
      }
    }
    return { sheet: name, range: text.slice(i + 1).replace(/^!/, "") };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { sheet: "", range: text } : { sheet: text.slice(0, bang), range: text.slice(bang + 1) };
}

/** Splits an area list on the commas between areas, not on commas inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled quote toggles twice: still inside the name
    if (ch === "," && !quoted) {
      if (current.trim()) areas.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim()) areas.push(current.trim());
  return areas;
}

export { quoteSheetName } from "../core/address";
