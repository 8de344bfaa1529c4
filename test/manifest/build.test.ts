/**
 * @jest-environment jsdom
 *
 * The production build as it would be deployed: the manifest rewritten to the public URL, the CSP in the
 * page, and the size of what Excel downloads when the pane opens. It is the build the end-to-end tests serve
 * (test/support/dist.ts: built once per change of the sources, about 25–100 s); set PANE_DIST to check an
 * existing `npm run build` output instead, made for the default URL.
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { PANE_GZIP_BUDGET, measurePaneBundle } from "../../bench/bundle";
import { ensureDist, TEST_PUBLIC_URL } from "../support/dist";
import { parseXml, readManifestFile, urls, xmllint } from "./manifestXml";

const PUBLIC_URL = process.env.PANE_DIST ? "https://tdkt.example.vn" : TEST_PUBLIC_URL;
let dist: string;

beforeAll(async () => {
  dist = (await ensureDist()).dist;
}, 900_000);

describe("production manifest (dist/manifest.xml)", () => {
  it("has no localhost: every URL is on the public https URL", () => {
    const text = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(text).not.toMatch(/localhost/i);
    const own = urls(parseXml(text)).filter((u) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u));
    expect(own.length).toBeGreaterThan(5);
    for (const u of own) expect(u.startsWith(`${PUBLIC_URL}/`) || u === PUBLIC_URL).toBe(true);
  });

  it("names only files the build ships (no 404 for an icon, the pane or the support page)", () => {
    const text = readFileSync(join(dist, "manifest.xml"), "utf8");
    const own = urls(parseXml(text)).filter((u) => u.startsWith(`${PUBLIC_URL}/`));
    for (const u of own) {
      const file = decodeURIComponent(new URL(u).pathname).replace(/^\//, "");
      expect({ url: u, shipped: existsSync(join(dist, file)) && file !== "" }).toEqual({ url: u, shipped: true });
    }
  });

  it("is still well-formed and read by office-addin-manifest, pointing at the deployed pane", () => {
    const file = join(dist, "manifest.xml");
    expect(xmllint(file).ok).toBe(true);
    expect(readManifestFile(file).defaultSettings?.sourceLocation).toBe(`${PUBLIC_URL}/taskpane.html`);
  });

  it("ships the icons it names", () => {
    expect(readdirSync(join(dist, "assets")).sort()).toEqual(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });
});

describe("taskpane.html", () => {
  const page = () => new DOMParser().parseFromString(readFileSync(join(dist, "taskpane.html"), "utf8"), "text/html");

  it("states in a CSP that the pane fetches nothing and runs only its own scripts and Office.js", () => {
    const meta = page().querySelector('meta[http-equiv="Content-Security-Policy"]');
    const csp = Object.fromEntries(
      (meta?.getAttribute("content") ?? "")
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["script-src"]).toContain("'self'");
    expect(csp["script-src"]).toContain("https://appsforoffice.microsoft.com");
    expect(csp["script-src"].every((s: string) => s === "'self'" || s.startsWith("https://"))).toBe(true);
    expect(JSON.stringify(csp)).not.toMatch(/unsafe-eval/);
  });

  it("loads Office.js from Microsoft's CDN and everything else from its own origin", () => {
    const srcs = Array.from(page().querySelectorAll("script[src]")).map((s) => s.getAttribute("src")!);
    expect(srcs[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(srcs.slice(1).every((s) => !/^(https?:)?\/\//.test(s))).toBe(true);
  });
});

describe("pane bundle", () => {
  it(`keeps the JS taskpane.html loads within ${PANE_GZIP_BUDGET / 1024} KiB gzip`, () => {
    const b = measurePaneBundle(dist);
    expect(b.files.length).toBeGreaterThan(0);
    expect(b.gzipBytes).toBeLessThanOrEqual(PANE_GZIP_BUDGET);
  });

  it("leaves exceljs out of it (in a lazy chunk) and contains no eval", () => {
    const b = measurePaneBundle(dist);
    const eager = b.files.map((f) => readFileSync(join(dist, f.file), "utf8")).join("\n");
    const lazy = b.lazy.map((f) => readFileSync(join(dist, f.file), "utf8")).join("\n");
    // exceljs writes SpreadsheetML parts under this namespace; the add-in's own code never names it (the
    // browser host's download names only the MIME type).
    const EXCELJS_MARK = "schemas.openxmlformats.org/spreadsheetml/2006/main";
    expect(lazy).toContain(EXCELJS_MARK);
    expect(eager).not.toContain(EXCELJS_MARK);
    const evals = [...eager.matchAll(/.{0,60}(\beval\(|new Function\().{0,30}/g)].map((m) => m[0]);
    expect(evals).toEqual([]);
  });

  it("has no eval in any JS file it emits, the lazy chunks (exceljs's) included", () => {
    const js = readdirSync(dist).filter((f) => f.endsWith(".js"));
    // the eager bundle, the command chunks and the browser host's chunks, exceljs among them
    expect(js.length).toBeGreaterThanOrEqual(3);
    expect(
      js.some((f) => readFileSync(join(dist, f), "utf8").includes("schemas.openxmlformats.org/spreadsheetml/2006/main")),
    ).toBe(true);
    const evals = js.flatMap((f) =>
      [
        ...readFileSync(join(dist, f), "utf8").matchAll(
          /.{0,60}(\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|setTimeout\s*\(\s*["'`]).{0,30}/g,
        ),
      ].map((m) => `${f}: ${m[0]}`),
    );
    expect(evals).toEqual([]);
  });
});
