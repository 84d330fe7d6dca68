/**
 * The one place that names the worker file. Webpack sees `new Worker(new URL(…, import.meta.url))`
 * and builds engine.worker.ts as its own chunk. Only loaded where Worker exists (never under jest).
 */
export function startEngineWorker(): Worker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "indicator-check-engine" });
}
