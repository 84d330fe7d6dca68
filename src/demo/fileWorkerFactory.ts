/**
 * The one place that names the file worker. Webpack sees `new Worker(new URL(…, import.meta.url))`
 * and builds file.worker.ts as its own chunk. Only loaded where Worker exists (never under jest).
 */
export function startFileWorker(): Worker {
  return new Worker(new URL("./file.worker.ts", import.meta.url), { name: "indicator-check-demo-file" });
}
