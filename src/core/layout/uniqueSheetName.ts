/** Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
/** Excel keeps this name for itself. */
const RESERVED = ["history"];

/**
 * A sheet name not yet in use, compared as Excel does (ignoring case):
 * uniqueSheetName(["Begrotingstabellen"], "Begrotingstabellen") → "Begrotingstabellen (2)".
 */
export function uniqueSheetName(existing: readonly string[], base = "Begrotingstabellen"): string {
  const taken = new Set([...existing.map((n) => n.toLowerCase()), ...RESERVED]);
  const clean =
    base
      .replace(FORBIDDEN, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim() || "Begrotingstabellen";
  const first = clean.slice(0, MAX_LENGTH).trim();
  if (!taken.has(first.toLowerCase())) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${clean.slice(0, MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
