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

module.exports = { resolve, typescriptRule, lazyChunk, vendorChunk };
