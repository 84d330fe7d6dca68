/**
 * `--table indicators=Blad!A3:F20`: the user points at a table the engine did not find. The kind may
 * be written in Dutch or English; a sheet name with spaces is quoted as Excel quotes it
 * (`--table "indicatoren='P1 Veiligheid'!A3:F20"`).
 */
import { parseRange } from "../core/address";
import type { TableOverride } from "../core/detect/detectTables";
import type { TableKind } from "../core/model/types";

const KINDS: Readonly<Record<string, TableKind>> = {
  indicators: "indicators",
  indicatoren: "indicators",
  indicator: "indicators",
  mapping: "mapping",
  relatie: "mapping",
  relation: "mapping",
  relaties: "mapping",
  explanations: "explanations",
  toelichting: "explanations",
  explanation: "explanations",
};

export type TableOptionResult =
  | { readonly ok: true; readonly table: TableOverride }
  | { readonly ok: false; readonly problem: "form" | "kind" | "range"; readonly text: string };

export function parseTableOption(text: string): TableOptionResult {
  const m =
    /^\s*([\p{L}]+)\s*=\s*(?:'((?:[^']|'')+)'|([^!]+))!\s*([A-Za-z]{1,3}\d+(?::[A-Za-z]{1,3}\d+)?)\s*$/u.exec(
      text
    );
  if (!m) return { ok: false, problem: "form", text };
  const kind = KINDS[m[1]!.toLowerCase()];
  if (!kind) return { ok: false, problem: "kind", text: m[1]! };
  const range = m[4]!.toUpperCase();
  if (!parseRange(range.includes(":") ? range : `${range}:${range}`))
    return { ok: false, problem: "range", text: range };
  const sheet = m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3]!.trim();
  return { ok: true, table: { kind, sheet, range } };
}
