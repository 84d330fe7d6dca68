/** The `indicator-check` command as a user runs it: the bundled bin as a child process, never in-process. */
import { execFile } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS
const bundle = require("../../scripts/cli-bundle.js") as {
  BUNDLE: string;
  isCurrent: () => boolean;
  buildCli: () => string;
};

/** The bundle, built first when a source is newer (as `npm run check` does). */
export function cliBundle(): string {
  if (!bundle.isCurrent()) bundle.buildCli();
  return bundle.BUNDLE;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export function runCli(...args: string[]): Promise<CliResult> {
  const started = Date.now();
  const bin = cliBundle();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      }
    );
  });
}
