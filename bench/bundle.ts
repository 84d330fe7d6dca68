/** The task pane's JavaScript as the browser loads it: initial (script tags) and lazy chunks, minified and gzip. */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export interface BundleFigures {
  readonly file: string;
  readonly initial: boolean;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export function measureBundle(dist: string): BundleFigures[] {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // Minified html drops the quotes: <script defer src=vendor.1234.js>.
  const initial = new Set(
    [...html.matchAll(/<script[^>]+src=("?)([^" >]+\.js)\1/g)].map((m) => path.basename(m[2]!))
  );
  return fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .map((file) => {
      const bytes = fs.readFileSync(path.join(dist, file));
      return {
        file,
        initial: initial.has(file),
        bytes: bytes.length,
        gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.bytes - a.bytes);
}
