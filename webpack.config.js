/* global process, __dirname, console, URL */

// Webpack configuration for the Indicator Check task pane (after Microsoft's yo office React task-pane template).
//
//   npx webpack --mode production     dist/ for deployment: Office.js from Microsoft's CDN, manifest URLs rewritten
//   npx webpack --mode development    dist/ for local use: Office.js from a local copy (works offline)
//   npx webpack serve --mode development   dev server on https://localhost:3000 (http if no dev certificate)
//
// Where the add-in is hosted in production: the environment variable ADDIN_URL_PROD
// (e.g. ADDIN_URL_PROD=https://addins.mijngemeente.nl/indicatorcheck/ npm run build), else the example address
// below. Every "https://localhost:3000/" in manifest.xml is replaced by it in production builds; the build prints
// the address and warns while it is still the example (docs/deployment.md).
//
// Office.js: production builds reference https://appsforoffice.microsoft.com/lib/1/hosted/office.js (Microsoft
// requires the CDN for published add-ins). Development builds, and any build made with `--env officejs=local`
// (demo and browser-test builds), load a local copy from dist/office-js/ instead.

const fs = require("fs");
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

const urlDev = "https://localhost:3000/";
/** The placeholder production address; src/help/address.ts has the same (a test checks). */
const EXAMPLE_URL_PROD = "https://indicatorcheck.example.nl/";
const urlProd = withTrailingSlash(process.env.ADDIN_URL_PROD || EXAMPLE_URL_PROD);

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL_DIR = "office-js";

/**
 * Files of @microsoft/office-js that a development build copies to dist/office-js/ (86 MB would be all of them).
 * Measured by loading dist/taskpane.html in headless Chromium (locales en-US, nl-NL, de-DE) with network logging:
 * outside Office, office.js fetches exactly one more file, o15apptofilemappingtable.js, and without it
 * Office.onReady never resolves. The en-us and nl-nl string tables are not fetched outside Office; they are
 * copied anyway (small) so that the pane's two languages have them wherever office.js asks for strings.
 * Inside Office the add-in runs a production build, which loads everything from the CDN.
 */
const OFFICE_JS_BOOT_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "en-us/office_strings.js",
  "nl-nl/office_strings.js",
];

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : url + "/";
}

/**
 * What a production build says about the address the manifest points at: a line to print, and a warning while it
 * is still the example address.
 */
function productionAddressNotice(url) {
  return {
    info: `[indicator-check] manifest.xml points at ${url} (set ADDIN_URL_PROD to change it)`,
    warning:
      url === EXAMPLE_URL_PROD
        ? `manifest.xml points at the example address ${url}: Office cannot load the add-in from there. ` +
          "Build with ADDIN_URL_PROD=https://<your server>/<folder>/ npm run build (see docs/deployment.md)."
        : null,
  };
}

/** Prints the production address once the build is done, and adds the warning to the build's warnings. */
class ProductionAddressPlugin {
  apply(compiler) {
    const notice = productionAddressNotice(urlProd);
    compiler.hooks.thisCompilation.tap("ProductionAddressPlugin", (compilation) => {
      if (notice.warning) compilation.warnings.push(new compiler.webpack.WebpackError(notice.warning));
    });
    compiler.hooks.done.tap("ProductionAddressPlugin", () => console.log(notice.info));
  }
}

/** Rewrites dev-server URLs in the manifest to the production location. */
function toProductionManifest(content) {
  const prodOrigin = new URL(urlProd).origin;
  return content.toString().split(urlDev).join(urlProd).split(urlDev.replace(/\/$/, "")).join(prodOrigin);
}

/**
 * HTTPS options from office-addin-dev-certs. Where its CA cannot be installed as trusted (no sudo, Linux CI),
 * the certificate files it generated are used as they are; with no certificate at all, plain http with a warning.
 */
async function getHttpsServer() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const reason = String((error && error.message) || error).trim();
    const {
      caCertificatePath,
      localhostCertificatePath,
      localhostKeyPath,
    } = require("office-addin-dev-certs/lib/defaults");
    if ([caCertificatePath, localhostCertificatePath, localhostKeyPath].every((f) => fs.existsSync(f))) {
      console.warn(
        `\n[indicator-check] The development CA is not trusted on this machine (${reason}).` +
          "\n[indicator-check] Serving https with the generated certificate anyway; browsers will warn.\n"
      );
      return {
        type: "https",
        options: {
          ca: fs.readFileSync(caCertificatePath),
          cert: fs.readFileSync(localhostCertificatePath),
          key: fs.readFileSync(localhostKeyPath),
        },
      };
    }
    console.warn(
      `\n[indicator-check] No usable development certificate (${reason}).` +
        "\n[indicator-check] Serving over plain http; Office will not load the add-in from http.\n"
    );
    return { type: "http" };
  }
}

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode === "production" ? "production" : "development";
  const dev = mode === "development";
  const localOfficeJs = env.officejs ? env.officejs === "local" : dev;
  const serving = Boolean(env.WEBPACK_SERVE);

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    ...supportPatterns(__dirname),
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform(content) {
        return dev ? content : toProductionManifest(content);
      },
    },
  ];
  if (localOfficeJs) {
    for (const file of OFFICE_JS_BOOT_FILES) {
      copyPatterns.push({
        from: path.join("node_modules/@microsoft/office-js/dist", file),
        to: path.join(OFFICE_JS_LOCAL_DIR, file),
        info: { minimized: true }, // already minified by Microsoft: keep terser away from it
      });
    }
  }

  const config = {
    mode,
    devtool: "source-map", // never eval: the page's Content-Security-Policy has no 'unsafe-eval'
    entry: {
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve,
    module: { rules: [typescriptRule] },
    optimization: {
      splitChunks: {
        chunks: "all",
        // Export libraries are only reached through import(): each gets its own chunk, loaded on demand.
        cacheGroups: { docx: lazyChunk("docx"), exceljs: lazyChunk("exceljs"), vendor: vendorChunk },
      },
    },
    performance: {
      hints: false,
    },
    plugins: [
      versionDefine(),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl: localOfficeJs ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN,
      }),
      ...(dev ? [] : [new ProductionAddressPlugin()]),
    ],
    devServer: {
      hot: true,
      headers: {
        "Access-Control-Allow-Origin": "*",
      },
      // The dev certificate is only looked up (and created on first use) when serving, never for a build.
      server: serving ? await getHttpsServer() : undefined,
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: false,
    },
  };

  return config;
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
module.exports.EXAMPLE_URL_PROD = EXAMPLE_URL_PROD;
module.exports.productionAddressNotice = productionAddressNotice;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_BOOT_FILES = OFFICE_JS_BOOT_FILES;
module.exports.toProductionManifest = toProductionManifest;
