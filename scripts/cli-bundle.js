/**
 * The `indicator-check` command as one bundled file (esbuild): dist-cli/indicator-check.js.
 * Built by `npm run build`, by `npm install` (prepare) and by `npm run check` when a source is newer.
 *   node scripts/cli-bundle.js           build it
 *   node scripts/cli-bundle.js --check   build it only when it is not current
 * Plain CommonJS so it starts without a TypeScript loader.
 */
/* global __dirname, process */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const BUNDLE = path.join(ROOT, "dist-cli", "indicator-check.js");
/** What the bundle is made from: the engine and its adapters, and the installed packages. */
const INPUTS = [
  "src/cli",
  "src/core",
  "src/xlsx",
  "src/export",
  "src/demo/reviewPart.ts",
  "package-lock.json",
];

function newestInput(entry = "") {
  let newest = 0;
  const visit = (file) => {
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const input of entry ? [entry] : INPUTS) visit(path.join(ROOT, input));
  return newest;
}

/** True when the bundle exists and no input is newer. */
function isCurrent() {
  const st = fs.statSync(BUNDLE, { throwIfNoEntry: false });
  return Boolean(st) && st.mtimeMs >= newestInput();
}

/** Builds the bundle; written beside it and renamed, so a reader never sees half a file. */
function buildCli() {
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  require("esbuild").buildSync({
    entryPoints: [path.join(ROOT, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "none",
    outfile: temporary,
    logLevel: "warning",
  });
  fs.chmodSync(temporary, 0o755);
  fs.renameSync(temporary, BUNDLE);
  return BUNDLE;
}

module.exports = { BUNDLE, isCurrent, buildCli };

if (require.main === module) {
  if (!(process.argv.includes("--check") && isCurrent())) buildCli();
}
