/* global __filename */

// What the task pane's build (webpack.config.js) and the demo's build (webpack.demo.js) share:
// TypeScript through ts-loader, and chunks that keep the export libraries out of the start-up code.

const resolve = { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] };

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
  },
};

/** A library reached only through import(): its own chunk, loaded on first use. */
const lazyChunk = (name) => ({
  test: new RegExp(`[\\\\/]node_modules[\\\\/]${name}[\\\\/]`),
  name,
  chunks: "async",
  priority: 30,
  enforce: true,
});

/** React, Fluent UI and friends: one long-cached vendor chunk for the start-up code. */
const vendorChunk = { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: "initial", priority: 10 };

/** The guide's screenshots (docs/images/guide, referenced as images/guide/x.png) go to help/ in the build. */
const GUIDE_IMAGES = { source: "docs/images/guide", output: "help" };

/**
 * Copy patterns for support.html, the user guide with the finding catalogue, and the guide's screenshots. The
 * pane and the demo both ship it: the pane's "Wat betekent dit?" links point into it. The page is rendered by
 * src/help/supportPage.ts, loaded through tsx only when webpack copies it (not when a test reads this config).
 */
function supportPatterns(root) {
  const render = () => {
    const { require: tsxRequire } = require("tsx/cjs/api");
    return tsxRequire("./src/help/supportPage.ts", __filename).renderSupportPage(root, GUIDE_IMAGES.output);
  };
  return [
    { from: "src/taskpane/support.html", to: "support.html", transform: render },
    {
      from: `${GUIDE_IMAGES.source}/*.png`,
      to: `${GUIDE_IMAGES.output}/[name][ext]`,
      noErrorOnMissing: true,
    },
  ];
}

/**
 * The add-in's version from package.json, as the constant __INDICATOR_CHECK_VERSION__ in the code
 * (src/taskpane/diagnostics/version.ts): the diagnosis says which build a user runs.
 */
function versionDefine() {
  const { DefinePlugin } = require("webpack");
  const { version } = require("./package.json");
  return new DefinePlugin({ __INDICATOR_CHECK_VERSION__: JSON.stringify(version) });
}

module.exports = { resolve, typescriptRule, lazyChunk, vendorChunk, supportPatterns, versionDefine };
