/**
 * A baseline: the JSON report of an earlier run. Each finding of this run is new, unchanged or
 * changed against it, by its stable id; what the baseline has and this run does not is resolved.
 * "Changed" follows the finding's fingerprint rule: its severity, sheet or params differ (a moved
 * cell alone is no change).
 */
import type { Finding } from "../findings/types";
import type { JsonFinding } from "./jsonReport";

export type BaselineStatus = "new" | "unchanged" | "changed";

export interface BaselineComparison {
  /** Finding id → its status. */
  readonly status: ReadonlyMap<string, BaselineStatus>;
  /** In the baseline, not in this run. */
  readonly resolved: readonly JsonFinding[];
}

/** What a report file may hold: one workbook's report or a multi-file document. */
export interface BaselineDocument {
  /** Each workbook's findings, by the source the report named. */
  readonly bySource: ReadonlyMap<string, readonly JsonFinding[]>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function findingsOf(report: unknown): JsonFinding[] | null {
  if (!isObject(report) || !Array.isArray(report.programmes)) return null;
  const findings: JsonFinding[] = [];
  for (const p of report.programmes) {
    if (!isObject(p) || !Array.isArray(p.findings)) return null;
    for (const f of p.findings)
      if (isObject(f) && typeof f.id === "string") findings.push(f as unknown as JsonFinding);
  }
  return findings;
}

/** The baseline from parsed JSON, or null when it is no report of this tool. */
export function readBaseline(json: unknown): BaselineDocument | null {
  // Version 3 only added fields (the comparison): a baseline of either version reads the same.
  if (!isObject(json) || (json.schemaVersion !== 2 && json.schemaVersion !== 3)) return null;
  const bySource = new Map<string, readonly JsonFinding[]>();
  const reports: unknown[] = Array.isArray(json.files)
    ? json.files.map((f) => (isObject(f) ? f.report : null)).filter((r) => r !== null && r !== undefined)
    : [json];
  for (const report of reports) {
    const findings = findingsOf(report);
    if (!findings || !isObject(report) || typeof report.source !== "string") return null;
    bySource.set(report.source, findings);
  }
  return { bySource };
}

/**
 * The baseline's findings for a workbook: by the same source, else by the same file name, else the
 * only report of a one-workbook baseline when this run checks one workbook too.
 */
export function baselineFor(
  doc: BaselineDocument,
  source: string,
  singleRun: boolean
): readonly JsonFinding[] | null {
  const exact = doc.bySource.get(source);
  if (exact) return exact;
  const base = (p: string) => p.split(/[\\/]/).pop() ?? p;
  const sameName = [...doc.bySource].filter(([s]) => base(s) === base(source));
  if (sameName.length === 1) return sameName[0]![1];
  if (singleRun && doc.bySource.size === 1) return [...doc.bySource.values()][0]!;
  return null;
}

const signature = (f: Pick<Finding, "severity" | "sheet" | "params">) =>
  JSON.stringify([f.severity, f.sheet, f.params]);

export function compareBaseline(
  findings: readonly Finding[],
  baseline: readonly JsonFinding[] | null
): BaselineComparison {
  const before = new Map((baseline ?? []).map((f) => [f.id, f]));
  const status = new Map<string, BaselineStatus>();
  for (const f of findings) {
    const old = before.get(f.id);
    status.set(f.id, !old ? "new" : signature(old) === signature(f) ? "unchanged" : "changed");
  }
  const resolved = (baseline ?? []).filter((f) => !status.has(f.id));
  return { status, resolved };
}
