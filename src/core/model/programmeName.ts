import type { SheetView } from "../detect/sheetView";

const PATTERNS: readonly RegExp[] = [
  /\bt\.?a\.?v\.?\s+(.+?)\s*$/i,
  /^(?:deel)?programma\s+[\d.]+\s*[:\-–]\s*(.+?)\s*$/i,
  /^(?:deel)?programma\s*[:\-–]\s*(.+?)\s*$/i,
];

/** "Deelprogramma 4.1: Dienstverlening" or "… t.a.v. Dienstverlening" → "Dienstverlening". */
export function findProgrammeName(
  views: readonly SheetView[],
  titles: readonly (string | null)[]
): string | null {
  for (const title of titles) {
    const name = title === null ? null : matchName(title);
    if (name) return name;
  }
  for (const view of views) {
    for (let r = view.top; r <= Math.min(view.bottom, view.top + 10); r++) {
      for (const c of view.filledColumns(r)) {
        const name = matchName(view.text(r, c));
        if (name) return name;
      }
    }
  }
  return null;
}

function matchName(text: string): string | null {
  const line = text.split("\n")[0] ?? "";
  for (const p of PATTERNS) {
    const m = p.exec(line);
    if (m && m[1] && m[1].length <= 80) return m[1];
  }
  return null;
}
