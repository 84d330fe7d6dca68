/**
 * npm run demo [-- --port 3001] [--production] [--rebuild]
 *
 * The task pane without Excel: builds the browser demo into dist-demo/ (or reuses that build while
 * its sources are unchanged) and serves it on http://127.0.0.1:3001/. Needs no internet. Ctrl+C stops it.
 * --port 0 picks a free port; the first line printed is always "Indicator Check demo: <url>".
 */
import { parseArgs } from "node:util";
import { ensureDemoBuild } from "./demo-build";
import { serveStatic } from "./demo-server";

const USAGE = `Usage: npm run demo [-- --port <number>] [--production] [--rebuild]

  --port <n>     port on 127.0.0.1 (default 3001; 0 picks a free one)
  --production   minified build (slower to build, smaller to load)
  --rebuild      build even when dist-demo/ is up to date`;

/** What a signal stops: nothing but the process while building, the server once it serves. */
let stopServer: (() => Promise<void>) | null = null;

/**
 * SIGTERM and SIGINT end the demo at any stage: during the build (webpack runs in this process, so
 * exiting ends it) and while serving (the server closes first). Installed before anything starts.
 */
function stopOnSignals(): void {
  // A stop the user asked for is no failure: exit 0, so npm prints no error.
  const stop = () => {
    if (!stopServer) process.exit(0);
    void stopServer().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref(); // open keep-alive connections do not hold it up
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

async function main(): Promise<number> {
  stopOnSignals();
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: "string", default: "3001" },
        production: { type: "boolean", default: false },
        rebuild: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, not '${values.port}'.`);
    return 2;
  }

  const build = await ensureDemoBuild({
    mode: values.production ? "production" : "development",
    force: values.rebuild,
    log: (line) => console.error(line),
  });
  let server;
  try {
    server = await serveStatic(build.dir, port);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EADDRINUSE") {
      console.error(`Port ${port} is in use; choose another with --port, e.g. npm run demo -- --port 3002`);
      return 2;
    }
    throw e;
  }
  console.log(`Indicator Check demo: ${server.url}`);
  console.error(
    `${build.built ? "Built" : "Reused the build in"} dist-demo/ (${(build.ms / 1000).toFixed(1)} s). Ctrl+C stops the server.`
  );
  stopServer = () => server.close();
  return -1; // keep serving
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
);
