/**
 * Builds the browser demo (webpack.demo.js) into dist-demo/, or keeps the build that is there when
 * nothing it is made from has changed: the sources, the sample, the build configuration and the
 * installed packages (package-lock.json). Concurrent callers (two test files, a test and
 * `npm run demo`) wait for one build instead of writing the folder at the same time.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type webpack from "webpack";

export const REPO_ROOT = path.resolve(__dirname, "..");
export const DEMO_DIR = path.join(REPO_ROOT, "dist-demo");
/** The lock and the half-built output live here (ignored by git, on the same disk as dist-demo/). */
const WORK_DIR = path.join(REPO_ROOT, "node_modules", ".cache", "indicator-check-demo");

/** Folders whose files go into the build, and single files that shape it. */
const INPUT_DIRS = ["src", "docs"];
const INPUT_FILES = [
  "webpack.demo.js",
  "webpack.common.js",
  "tsconfig.json",
  "package-lock.json",
  "examples/begroting-2026-dienstverlening.xlsx",
  "examples/begroting-2025-dienstverlening.xlsx",
  "assets/icon-32.png",
];
const STAMP = ".demo-build.json";
const LOCK_WAIT_MS = 5 * 60_000;

export type DemoMode = "development" | "production";

export interface DemoBuild {
  readonly dir: string;
  /** False when the previous build was reused. */
  readonly built: boolean;
  readonly ms: number;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** One hash over the mode and every input file's path and bytes. */
export function sourceHash(mode: DemoMode): string {
  const hash = createHash("sha256").update(mode);
  const files = [
    ...INPUT_DIRS.flatMap((d) => filesUnder(path.join(REPO_ROOT, d))),
    ...INPUT_FILES.map((f) => path.join(REPO_ROOT, f)),
  ].sort();
  for (const file of files) {
    hash.update(path.relative(REPO_ROOT, file)).update("\0");
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : "missing").update("\0");
  }
  return hash.digest("hex");
}

function builtHash(dir: string): string | null {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, STAMP), "utf8")) as { hash?: string }).hash ?? null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock folder; a lock older than the longest wait is taken as abandoned. */
async function withLock<T>(run: () => Promise<T>): Promise<T> {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const lock = path.join(WORK_DIR, "lock");
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_WAIT_MS) fs.rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`Timed out waiting for ${lock}`);
      else await sleep(250);
    }
  }
  try {
    return await run();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Webpack is loaded only to build, so reusing a build starts in a moment. */
async function runWebpack(outDir: string, mode: DemoMode): Promise<void> {
  const { default: build } = await import("webpack");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack configuration is CommonJS
  const configure = require(path.join(REPO_ROOT, "webpack.demo.js")) as (
    env: { out: string },
    argv: { mode: DemoMode }
  ) => webpack.Configuration;
  const compiler = build(configure({ out: outDir }, { mode }));
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** The demo's folder, built now unless an up-to-date build is already there. */
export async function ensureDemoBuild(
  options: { dir?: string; mode?: DemoMode; force?: boolean; log?: (line: string) => void } = {}
): Promise<DemoBuild> {
  const dir = options.dir ?? DEMO_DIR;
  const mode = options.mode ?? "development";
  const started = Date.now();
  const hash = sourceHash(mode);
  const fresh = () =>
    !options.force && builtHash(dir) === hash && fs.existsSync(path.join(dir, "index.html"));
  if (fresh()) return { dir, built: false, ms: Date.now() - started };

  return withLock(async () => {
    if (fresh()) return { dir, built: false, ms: Date.now() - started }; // built by whoever held the lock
    options.log?.(`Building the demo (${mode})…`);
    const temp = path.join(WORK_DIR, `build-${process.pid}`);
    fs.rmSync(temp, { recursive: true, force: true });
    await runWebpack(temp, mode);
    fs.writeFileSync(
      path.join(temp, STAMP),
      JSON.stringify({ hash, mode, builtAt: new Date().toISOString() })
    );
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(temp, dir);
    return { dir, built: true, ms: Date.now() - started };
  });
}
