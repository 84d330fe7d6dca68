/**
 * The pane's settings and how they become engine options. Kept in the browser's localStorage
 * (key below), not in the workbook: they follow the reviewer, not the file. Table overrides name
 * their sheet and indicator overrides their indicator id, so in another workbook they simply do
 * not match anything. (The review, which belongs to the file, is stored in the workbook.)
 */
import type { AnalyseOptions, IndicatorSettings } from "../../core/analyse";
import type { TableOverride } from "../../core/detect/detectTables";
import type { Lang } from "../../core/messages";
import type { Direction, TableKind } from "../../core/model/types";

export const SETTINGS_KEY = "indicator-check.settings.v1";
export const REVIEWER_KEY = "indicator-check.reviewer";

export interface PaneSettings {
  /** The user's choice; null follows the host's display language. */
  readonly lang: Lang | null;
  /** Also mark values that meet their norm, in green (planMarks showMet). */
  readonly showMet: boolean;
  /** Check again 1.5 s after the workbook changes. */
  readonly liveRecheck: boolean;
  /** Layout options for the budget tables. */
  readonly harmonise: boolean;
  readonly statusColumn: boolean;
  /** When comparing: the indicator table marks targets changed since the reference with a footnote. */
  readonly markChangedTargets: boolean;
  /** Ranges the user chose instead of detection: one per kind and sheet. */
  readonly tables: readonly TableOverride[];
  /** Per indicator id: direction and norm as typed. */
  readonly indicators: Readonly<Record<string, IndicatorSettings>>;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  lang: null,
  showMet: false,
  liveRecheck: false,
  harmonise: false,
  statusColumn: false,
  markChangedTargets: false,
  tables: [],
  indicators: {},
};

const KINDS: ReadonlySet<string> = new Set<TableKind>(["indicators", "mapping", "explanations"]);
const DIRECTIONS: ReadonlySet<string> = new Set<Direction>(["higher", "lower"]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function readTables(raw: unknown): TableOverride[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (t): t is TableOverride =>
      isObject(t) &&
      typeof t.kind === "string" &&
      KINDS.has(t.kind) &&
      typeof t.sheet === "string" &&
      typeof t.range === "string"
  );
}

function readIndicators(raw: unknown): Record<string, IndicatorSettings> {
  const out: Record<string, IndicatorSettings> = {};
  if (!isObject(raw)) return out;
  for (const [id, value] of Object.entries(raw)) {
    if (!isObject(value) || id === "__proto__") continue;
    const direction =
      typeof value.direction === "string" && DIRECTIONS.has(value.direction)
        ? (value.direction as Direction)
        : undefined;
    const norm = typeof value.norm === "string" && value.norm.trim() !== "" ? value.norm : undefined;
    if (direction || norm) out[id] = { ...(direction && { direction }), ...(norm && { norm }) };
  }
  return out;
}

/** Stored settings; anything unreadable falls back to the default, field by field. Never throws. */
export function parseSettings(text: string | null): PaneSettings {
  if (!text) return DEFAULT_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (!isObject(raw)) return DEFAULT_SETTINGS;
  const flag = (key: keyof PaneSettings): boolean =>
    typeof raw[key] === "boolean" ? (raw[key] as boolean) : (DEFAULT_SETTINGS[key] as boolean);
  return {
    lang: raw.lang === "nl" || raw.lang === "en" ? raw.lang : null,
    showMet: flag("showMet"),
    liveRecheck: flag("liveRecheck"),
    harmonise: flag("harmonise"),
    statusColumn: flag("statusColumn"),
    markChangedTargets: flag("markChangedTargets"),
    tables: readTables(raw.tables),
    indicators: readIndicators(raw.indicators),
  };
}

export function serializeSettings(settings: PaneSettings): string {
  return JSON.stringify(settings);
}

/** What analyseWorkbook gets from the settings. */
export function analyseOptionsFrom(settings: PaneSettings): AnalyseOptions {
  return {
    ...(settings.tables.length > 0 && { tables: settings.tables }),
    ...(Object.keys(settings.indicators).length > 0 && { indicators: settings.indicators }),
  };
}

/** Uses this range for its kind on its sheet, replacing an earlier choice there. */
export function withTableOverride(settings: PaneSettings, override: TableOverride): PaneSettings {
  const others = settings.tables.filter((t) => !(t.kind === override.kind && t.sheet === override.sheet));
  return { ...settings, tables: [...others, override] };
}

/** Back to detection for this kind (on every sheet). */
export function withoutTableOverride(settings: PaneSettings, kind: TableKind): PaneSettings {
  return { ...settings, tables: settings.tables.filter((t) => t.kind !== kind) };
}

/** Sets or clears one indicator's direction or norm; an indicator with neither is dropped. */
export function withIndicatorSetting(
  settings: PaneSettings,
  id: string,
  patch: { direction?: Direction | null; norm?: string | null }
): PaneSettings {
  const current = settings.indicators[id] ?? {};
  const direction = patch.direction === undefined ? current.direction : (patch.direction ?? undefined);
  const normText = patch.norm === undefined ? current.norm : (patch.norm ?? undefined);
  const norm = normText && normText.trim() !== "" ? normText : undefined;
  const { [id]: _old, ...rest } = settings.indicators;
  const next: IndicatorSettings = { ...(direction && { direction }), ...(norm && { norm }) };
  return {
    ...settings,
    indicators: direction || norm ? { ...rest, [id]: next } : rest,
  };
}
