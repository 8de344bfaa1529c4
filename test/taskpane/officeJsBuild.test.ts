/**
 * The build option for offices whose network blocks Microsoft's CDN: office.js from the package, served from
 * the add-in's own origin. Read from the webpack configuration, without building (the e2e builds the default).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

// webpack.config.js is CommonJS and untyped: only the parts this test reads are described
type Plugin = {
  constructor: { name: string };
  userOptions?: { templateParameters?: Record<string, unknown> };
  patterns?: Pattern[];
};
type Pattern = { from: string; context?: string; to?: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configOf = require("../../webpack.config.js") as (env: object, argv: object) => Promise<{ plugins: Plugin[] }>;

async function build(env: object) {
  const config = await configOf(env, { mode: "production" });
  const html = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin")!;
  const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin")!;
  const params = html.userOptions!.templateParameters!;
  return { params, patterns: copy.patterns ?? [] };
}

describe("where office.js comes from", () => {
  const saved = process.env.OFFICE_JS;
  afterEach(() => {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  });

  it("is Microsoft's CDN by default", async () => {
    delete process.env.OFFICE_JS;
    const { params, patterns } = await build({});
    expect(params.officeJsSrc).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(params.csp).toContain("script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com;");
    expect(patterns.some((p) => String(p.to).startsWith("office-js/"))).toBe(false);
  });

  it("is the package's own copy, beside the pane, with OFFICE_JS=bundle; the CSP then allows no other origin", async () => {
    process.env.OFFICE_JS = "bundle";
    const { params, patterns } = await build({});
    expect(params.officeJsSrc).toBe("office-js/office.js");
    expect(params.csp).toContain("script-src 'self';");
    const officeJs = patterns.find((p) => p.from.endsWith(join("dist", "office.js")))!;
    expect(officeJs.to).toBe("office-js/");
    expect(existsSync(officeJs.from)).toBe(true);
    expect(patterns.map((p) => (p.context ? p.from : "")).filter(Boolean)).toEqual(["excel*.js", "*/office_strings.js"]);
  });

  it("is the same with --env officeJs=bundle, and absent from the standalone build", async () => {
    delete process.env.OFFICE_JS;
    expect((await build({ officeJs: "bundle" })).params.officeJsSrc).toBe("office-js/office.js");
    expect((await build({ standalone: true, officeJs: "bundle" })).params.officeJs).toBe(false);
  });
});
