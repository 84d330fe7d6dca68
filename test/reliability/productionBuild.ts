/**
 * One production build (`webpack --mode production`, as test/build/build.test.ts runs it) shared by
 * the security checks, and reused while its inputs are unchanged: the output is kept in the temp
 * folder under a hash of everything the build reads, and webpack's own filesystem cache makes a
 * rebuild after a source change take seconds instead of half a minute.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const REPO = path.resolve(__dirname, "../..");
const WEBPACK_CLI = path.join(REPO, "node_modules/webpack-cli/bin/cli.js");
/** What the build reads besides node_modules (which package-lock.json stands for). */
const INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "webpack.common.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

function files(entry: string): string[] {
  const full = path.join(REPO, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

function hashOf(entries: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of entries.flatMap(files))
    hash
      .update(file)
      .update("\0")
      .update(fs.readFileSync(path.join(REPO, file)))
      .update("\0");
  hash.update(process.env.ADDIN_URL_PROD ?? "");
  return hash.digest("hex").slice(0, 16);
}

/** The folder holding the production build of the current sources; builds it if needed. */
export function productionBuild(): { dir: string; built: boolean; ms: number } {
  const started = Date.now();
  const dir = path.join(os.tmpdir(), `indicator-check-production-${hashOf(INPUTS)}`);
  if (fs.existsSync(path.join(dir, "taskpane.html"))) return { dir, built: false, ms: Date.now() - started };
  const cache = path.join(
    os.tmpdir(),
    `indicator-check-webpack-cache-${hashOf(["webpack.config.js", "webpack.common.js", "package-lock.json"])}`
  );
  const partial = `${dir}.${process.pid}`;
  try {
    execFileSync(
      process.execPath,
      [
        WEBPACK_CLI,
        "--mode",
        "production",
        "--output-path",
        partial,
        "--cache-type",
        "filesystem",
        "--cache-cache-directory",
        cache,
      ],
      { cwd: REPO, stdio: "pipe", timeout: 180_000 }
    );
  } catch (e) {
    fs.rmSync(partial, { recursive: true, force: true });
    const out = e as { stdout?: Buffer; stderr?: Buffer };
    const log = `${out.stdout?.toString() ?? ""}${out.stderr?.toString() ?? ""}`;
    const errors = log.split("\n").filter((l) => /error/i.test(l));
    throw new Error(
      `webpack --mode production failed:\n${(errors.length ? errors : log.split("\n").slice(-20)).join("\n")}`
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(partial, dir);
  // Builds of earlier sources, and webpack caches of an earlier configuration, are not needed again.
  for (const name of fs.readdirSync(os.tmpdir())) {
    const stale =
      (/^indicator-check-production-[0-9a-f]{16}$/.test(name) && path.join(os.tmpdir(), name) !== dir) ||
      (/^indicator-check-webpack-cache-[0-9a-f]{16}$/.test(name) && path.join(os.tmpdir(), name) !== cache);
    if (stale) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
  return { dir, built: true, ms: Date.now() - started };
}

export function listFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]
    );
}
