/**
 * The command's start on the sample, as a user waits for it: a new Node process each run, wall time
 * from spawn to exit. The bundle (what `indicator-check` and `npm run check` run) beside the sources
 * through tsx (how `check` ran before it was bundled). Runs alternate so load on the machine falls on both.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "examples/begroting-2026-dienstverlening.xlsx");

export interface ColdStart {
  readonly command: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function timeOnce(argv: readonly string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd: ROOT, stdio: "ignore" });
  if (r.status !== 1)
    throw new Error(`${argv.join(" ")} exited ${r.status}; the sample has errors, so 1 was expected`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function measureColdStart(runs = 10): ColdStart[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS
  const { buildCli, isCurrent, BUNDLE } = require("../scripts/cli-bundle.js");
  if (!isCurrent()) buildCli();
  const commands: Record<string, string[]> = {
    "bundle: node dist-cli/indicator-check.js": [process.execPath, BUNDLE, SAMPLE, "--json"],
    "npm run check's runner: node scripts/check.js": [process.execPath, "scripts/check.js", SAMPLE, "--json"],
    "before: tsx src/cli/main.ts": [
      path.join(ROOT, "node_modules/.bin/tsx"),
      "src/cli/main.ts",
      SAMPLE,
      "--json",
    ],
  };
  const times = new Map<string, number[]>(Object.keys(commands).map((k) => [k, []]));
  for (const argv of Object.values(commands)) timeOnce(argv); // page the files in once; not counted
  for (let i = 0; i < runs; i++)
    for (const [name, argv] of Object.entries(commands)) times.get(name)!.push(timeOnce(argv));
  return [...times].map(([command, ms]) => ({
    command,
    runs,
    medianMs: Math.round(median(ms)),
    minMs: Math.round(Math.min(...ms)),
    maxMs: Math.round(Math.max(...ms)),
  }));
}
