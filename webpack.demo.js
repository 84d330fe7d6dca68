/* global __dirname */

// Webpack configuration of the browser demo (src/demo): the task pane beside a preview of an .xlsx workbook,
// without Excel and without office.js. `npm run demo` builds it into dist-demo/ (reusing that build while the
// sources are unchanged) and serves it; `npx webpack -c webpack.demo.js` builds it on its own.
//
// Output: index.html, the bundles, the sample workbook and its previous-year variant (examples/), the favicon and support.html (the guide). Nothing is loaded from
// elsewhere: the page's Content-Security-Policy (src/demo/demo.html) allows only its own origin.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const {
  resolve,
  typescriptRule,
  lazyChunk,
  vendorChunk,
  supportPatterns,
  versionDefine,
} = require("./webpack.common");

const SAMPLE = "examples/begroting-2026-dienstverlening.xlsx";
/** The sample's previous-year variant, which the pane offers to compare with (`npm run sample` writes both). */
const SAMPLE_REFERENCE = "examples/begroting-2025-dienstverlening.xlsx";

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  return {
    mode,
    context: __dirname,
    devtool: "source-map", // never eval: the page's Content-Security-Policy has no 'unsafe-eval'
    entry: { demo: "./src/demo/index.tsx" },
    output: {
      path: path.resolve(__dirname, env.out || "dist-demo"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve,
    module: { rules: [typescriptRule] },
    optimization: {
      splitChunks: {
        chunks: "all",
        // The pane's Word export is only reached through import(): its own chunk, loaded on demand.
        cacheGroups: { docx: lazyChunk("docx"), vendor: vendorChunk },
      },
    },
    performance: { hints: false },
    plugins: [
      versionDefine(),
      new CopyWebpackPlugin({
        patterns: [
          { from: SAMPLE, to: "examples/[name][ext]" },
          // Not yet there in a checkout that has not run `npm run sample` since it was added: the offer then says it cannot be fetched.
          { from: SAMPLE_REFERENCE, to: "examples/[name][ext]", noErrorOnMissing: true },
          { from: "assets/icon-32.png", to: "assets/[name][ext]" },
          ...supportPatterns(__dirname),
        ],
      }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/demo.html", chunks: ["demo"] }),
    ],
  };
};

module.exports.SAMPLE = SAMPLE;
module.exports.SAMPLE_REFERENCE = SAMPLE_REFERENCE;
