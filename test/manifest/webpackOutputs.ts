/**
 * The files a webpack build emits, derived from webpack.config.js without running a build: the pages of its
 * HtmlWebpackPlugin instances and the files its CopyWebpackPlugin patterns copy (globs expanded against the
 * repository). Good enough for the patterns this repository uses; anything it cannot read makes it throw
 * rather than guess.
 */
import * as fs from "fs";
import * as path from "path";

export interface EmittedFile {
  /** Path relative to the output folder, with forward slashes. */
  output: string;
  /** Absolute source path for copied files. */
  source?: string;
}

interface CopyPattern {
  from: string;
  to?: string;
}

/** Expands a relative `dir/*.ext` style pattern (one `*`, last path segment only) or returns the plain file. */
function expand(from: string, repoRoot: string): string[] {
  if (!from.includes("*")) return [from];
  const dir = path.posix.dirname(from);
  const base = path.posix.basename(from);
  if (dir.includes("*") || /[?[\]{}]/.test(from)) throw new Error(`unsupported copy pattern: ${from}`);
  const re = new RegExp(
    "^" +
      base
        .split("*")
        .map((s) => s.replace(/[.+^$()|\\]/g, "\\$&"))
        .join("[^/]*") +
      "$"
  );
  const abs = path.join(repoRoot, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs)
    .filter((f) => re.test(f) && fs.statSync(path.join(abs, f)).isFile())
    .map((f) => path.posix.join(dir, f));
}

function target(file: string, to: string | undefined): string {
  const name = path.posix.basename(file, path.posix.extname(file));
  const ext = path.posix.extname(file);
  if (!to) return path.posix.basename(file);
  if (/\[(?!name\]|ext\]|query\])[^\]]*\]/.test(to)) throw new Error(`unsupported copy target: ${to}`);
  return to
    .replace(/\[name\]/g, name)
    .replace(/\[ext\]/g, ext)
    .replace(/\[query\]/g, "");
}

type ConfigFn = (env: Record<string, unknown>, argv: { mode: string }) => Promise<{ plugins: unknown[] }>;

export async function emittedFiles(
  repoRoot: string,
  mode: "production" | "development" = "production",
  env: Record<string, unknown> = {}
): Promise<EmittedFile[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFn = require(path.join(repoRoot, "webpack.config.js")) as ConfigFn;
  const config = await configFn(env, { mode });
  const out: EmittedFile[] = [];
  for (const plugin of config.plugins) {
    const name = (plugin as object).constructor.name;
    if (name === "HtmlWebpackPlugin") {
      const filename =
        (plugin as { userOptions: { filename?: string } }).userOptions.filename ?? "index.html";
      out.push({ output: filename });
    } else if (name === "CopyPlugin") {
      for (const raw of (plugin as { patterns: Array<CopyPattern | string> }).patterns) {
        const pattern: CopyPattern = typeof raw === "string" ? { from: raw } : raw;
        const from = pattern.from.split(path.sep).join("/");
        for (const file of expand(from, repoRoot)) {
          const to = pattern.to?.split(path.sep).join("/");
          out.push({ output: target(file, to), source: path.join(repoRoot, file) });
        }
      }
    }
  }
  return out;
}
