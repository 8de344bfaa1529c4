/**
 * Builds the task pane (which is also the shared runtime of the ribbon buttons) into dist/.
 *
 *   npm run build        production: dist/ with the manifest's https://localhost:3000 replaced by ADDIN_PUBLIC_URL
 *                        (default https://tdkt.example.vn; must be https, no trailing path needed)
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs, for sideloading into Excel
 *   npm start            --env standalone: http://localhost:3000 without certificates and without office.js,
 *                        the pane on the browser (exceljs) host
 *   OFFICE_JS=bundle npm run build  (or --env officeJs=bundle): office.js and the Excel scripts it loads are copied
 *                        from @microsoft/office-js into dist/office-js/ and served from the add-in's own origin,
 *                        for offices whose network blocks Microsoft's CDN. The CDN stays the default: Microsoft
 *                        requires it for add-ins in the store, and it carries fixes without a rebuild.
 *
 * exceljs is reachable only from the browser host, through its workbook worker (new Worker(new URL(...)), a chunk
 * of its own that loads exceljs's chunk with importScripts) and the page-side import() kept for a browser without
 * workers, so it lands in its own lazy chunk; the bundle taskpane.html loads never contains it (test/manifest/build.test.ts checks that, the 200 KiB gzip
 * budget and that no emitted chunk has an eval; `npm run bench` prints the sizes).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const { DEV_URL, rewriteManifest } = require("./webpack/manifest-rewrite.js");

const DEFAULT_PUBLIC_URL = "https://tdkt.example.vn";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Where the production build will be hosted; the manifest's URLs are rewritten to it. */
function publicUrl() {
  const url = (process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL).trim().replace(/\/+$/, "");
  if (!/^https:\/\/[^\s/]+/.test(url)) {
    throw new Error(`ADDIN_PUBLIC_URL must be an https URL (Office loads add-ins over https only), got "${url}".`);
  }
  return url;
}

/**
 * The pane makes no network request of its own: scripts come from the pane's own origin and from Microsoft's
 * Office.js CDN, and nothing may be fetched except from the pane's origin.
 * - https://appsforoffice.microsoft.com: office.js and the host-specific scripts it loads from the same place
 *   (excel-web-16.00.js, excel-win32-16.01.js, the locale strings).
 * - https://ajax.aspnetcdn.com: office.js still loads MicrosoftAjax.js from there when the page has not
 *   (OfficeDev/office-js#4131, #6430; Microsoft says it is removing the dependency). Without it office.js may not start.
 * - Office.js telemetry (browser.pipe.aria.microsoft.com) is deliberately NOT allowed in connect-src: it is
 *   blocked, which office.js tolerates, and nothing leaves the workbook.
 * - style-src 'unsafe-inline': Fluent UI's Griffel inserts its CSS at run time, and excel-web-16.00.js applies
 *   inline styles (OfficeDev/office-js#1687). Styles cannot run code.
 * - No 'unsafe-eval' anywhere: the bundle has no eval (devtool is never an eval-* kind, in dev either).
 * - In development the dev server's live reload needs its websocket on localhost.
 */
function contentSecurityPolicy({ dev, officeJs }) {
  const cdn = officeJs === "cdn" ? ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"] : [];
  const scripts = ["'self'", ...cdn];
  const connect = ["'self'", ...(dev ? ["ws://localhost:*", "wss://localhost:*"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    `connect-src ${connect.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Where office.js comes from: Microsoft's CDN (default), the add-in's own origin (bundle), or nowhere (standalone). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = "office-js";

/**
 * What a bundled office.js needs beside it in Excel: the Excel host scripts, the file-mapping table, the promise
 * polyfill and each language's strings. Debug builds and the other hosts' scripts stay out (the package is 86 MB).
 */
function officeJsFiles() {
  const from = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  const to = `${OFFICE_JS_DIR}/`;
  const ignore = ["**/*.debug.js"];
  return [
    { from: path.join(from, "office.js"), to },
    { from: path.join(from, "o15apptofilemappingtable.js"), to },
    { from: path.join(from, "es6-promise.js"), to },
    { from: "excel*.js", context: from, to, globOptions: { ignore } },
    { from: "*/office_strings.js", context: from, to, globOptions: { ignore } },
  ];
}

async function devHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const standalone = Boolean(env.standalone);
  const serving = Boolean(env.WEBPACK_SERVE);
  const bundleOfficeJs = !standalone && (env.officeJs === "bundle" || process.env.OFFICE_JS === "bundle");
  const officeJs = standalone ? "none" : bundleOfficeJs ? "bundle" : "cdn";
  const prodUrl = dev ? DEV_URL : publicUrl();

  const config = {
    mode,
    devtool: dev ? "cheap-module-source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Chunks sit beside taskpane.html. A fixed public path also spares webpack's "auto" public-path runtime,
      // which needs its global shim (new Function("return this")).
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    // No `global` shim: webpack's shim falls back to new Function("return this"), an eval the CSP forbids.
    node: { global: false },
    module: {
      // The exceljs browser build is already minified UMD: parsing and re-minifying it triples the build time.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          // exceljs's browser build (the package's "browser" entry) holds the only evals; see webpack/no-eval-loader.js
          test: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
          use: path.resolve(__dirname, "webpack", "no-eval-loader.js"),
        },
        {
          // JSZip's browser build carries the same setImmediate polyfill, with its string-eval
          test: /jszip[\\/]dist[\\/]jszip\.min\.js$/,
          use: { loader: path.resolve(__dirname, "webpack", "no-eval-loader.js"), options: { counts: { setImmediate: 1 } } },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // module esnext keeps import() a real split point; type checking is `npm run typecheck`'s job.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } },
          },
        },
      ],
    },
    optimization: {
      // exceljs gets a chunk of its own, named so that Terser can skip it: its browser build is minified already
      // and minifying it again takes most of the build's time
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", enforce: true },
        },
      },
      minimizer: [new TerserPlugin({ exclude: /^exceljs\./, extractComments: false })],
    },
    // The budget that matters is gzip size of what taskpane.html loads; bench/bundle.ts and a test measure it.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: {
          csp: contentSecurityPolicy({ dev, officeJs }),
          officeJs: officeJs !== "none",
          officeJsSrc: officeJs === "bundle" ? `${OFFICE_JS_DIR}/office.js` : OFFICE_JS_CDN,
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(officeJs === "bundle" ? officeJsFiles() : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : rewriteManifest(content.toString(), prodUrl);
            },
          },
        ],
      }),
    ],
  };

  if (serving) {
    config.devServer = {
      host: "localhost",
      port: PORT,
      hot: false,
      liveReload: true,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Certificates only for Excel; the standalone pane runs over plain http on localhost (issue 6).
      server: standalone ? { type: "http" } : { type: "https", options: await devHttpsOptions() },
      client: { overlay: { errors: true, warnings: false } },
      // The root is the pane itself, so the address webpack-dev-server prints opens it; the full address is printed too.
      devMiddleware: { index: "taskpane.html" },
      onListening(server) {
        const scheme = standalone ? "http" : "https";
        const what = standalone ? "the pane in a browser (no Excel)" : "the pane for Excel (sideload manifest.xml)";
        server.logger.info(`TĐKT add-in: ${what} at ${scheme}://localhost:${PORT}/taskpane.html`);
      },
    };
  }

  return config;
};
