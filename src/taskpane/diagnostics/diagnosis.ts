/**
 * The text behind "Diagnose kopiëren": what support needs to reproduce a problem, and never the
 * contents of a cell. It holds versions, codes, names of operations and steps, counts and times
 * only; error messages are left out (Excel's can quote a cell), and so are sheet names.
 */
import type { HostEnvironment, PaneHost } from "../host";
import type { DiagnosisTexts, Lang } from "../i18n";
import type { CheckRecord, DiagnosticsLog, ErrorRecord } from "./log";
import { addInVersion } from "./version";

export interface Diagnosis {
  /** ISO time the diagnosis was made. */
  readonly madeAt: string;
  readonly addInVersion: string;
  /** What Office said; host "demo" outside Office. */
  readonly environment: HostEnvironment;
  readonly paneLanguage: Lang;
  readonly lastCheck: CheckRecord | null;
  readonly errors: readonly ErrorRecord[];
}

/** The environment of the browser demo, where there is no Office to ask. */
export function demoEnvironment(displayLanguage: string): HostEnvironment {
  return { host: "demo", platform: "browser", version: "-", displayLanguage, excelApi: [] };
}

/** The diagnosis now: the host's environment (or "demo"), and what the log remembers. */
export function buildDiagnosis(
  host: PaneHost,
  log: DiagnosticsLog,
  paneLanguage: Lang,
  now: Date = new Date()
): Diagnosis {
  let environment = demoEnvironment(host.displayLanguage);
  if (host.environment) {
    try {
      environment = host.environment();
    } catch {
      environment = { ...environment, host: "unknown", platform: "unknown", version: "unknown" };
    }
  }
  return {
    madeAt: now.toISOString(),
    addInVersion: addInVersion(),
    environment,
    paneLanguage,
    lastCheck: log.lastCheck(),
    errors: log.errors(),
  };
}

/** ["1.1", "1.2", "1.3", "1.5"] → "1.1–1.3, 1.5": runs of consecutive minor versions. */
export function versionRuns(versions: readonly string[]): string {
  const minors = versions
    .map((v) => /^1\.(\d+)$/.exec(v))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < minors.length;) {
    let j = i;
    while (j + 1 < minors.length && minors[j + 1] === minors[j]! + 1) j++;
    runs.push(i === j ? `1.${minors[i]}` : `1.${minors[i]}–1.${minors[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

const ms = (n: number) => `${Math.round(n)} ms`;

function checkLines(check: CheckRecord | null, t: DiagnosisTexts["report"]): string[] {
  if (!check) return [`${t.lastCheck}: ${t.noCheck}`];
  const lines = [`${t.lastCheck}: ${check.at}, ${ms(check.ms)}, ${check.ok ? t.ok : t.failed}`];
  if (check.steps.length > 0)
    lines.push(`  ${t.steps}: ${check.steps.map((s) => `${s.step} ${ms(s.ms)}`).join(" · ")}`);
  if (check.operations.length > 0) {
    const ops = check.operations.map((o) => {
      const parts = [o.operation, ms(o.ms)];
      if (o.syncs !== null) parts.push(t.syncs(o.syncs));
      if (!o.ok) parts.push(t.failed);
      return parts.join(" ");
    });
    lines.push(`  ${t.operations}: ${ops.join(" · ")}`);
  }
  return lines;
}

function errorLine(e: ErrorRecord): string {
  const office = [e.officeCode, e.errorLocation].filter((x): x is string => x !== null);
  return `  ${e.at} ${e.operation}: ${e.code}${office.length > 0 ? ` (Office: ${office.join(", ")})` : ""}`;
}

/** The diagnosis as plain text, one fact per line, with labels in the pane's language. */
export function formatDiagnosis(d: Diagnosis, texts: DiagnosisTexts): string {
  const t = texts.report;
  const env = d.environment;
  const office = env.host === "demo" ? "demo" : [env.host, env.platform, env.version].join(" · ");
  const lines = [
    t.title,
    `${t.made}: ${d.madeAt}`,
    `${t.addIn}: ${d.addInVersion}`,
    `${t.office}: ${office}`,
    `${t.excelApi}: ${env.excelApi.length > 0 ? versionRuns(env.excelApi) : t.none}`,
    `${t.displayLanguage}: ${env.displayLanguage}`,
    `${t.paneLanguage}: ${d.paneLanguage}`,
    ...checkLines(d.lastCheck, t),
    `${t.errors}: ${d.errors.length > 0 ? d.errors.length : t.none}`,
    ...d.errors.map(errorLine),
  ];
  return lines.join("\n") + "\n";
}
