/** @jest-environment jsdom */
/**
 * The production manifest rewrite (webpack/manifest-rewrite.js) and the manifest's domains: no AppDomain
 * for the add-in's own origin, and an origin, never a path, wherever the rewrite writes one.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { elements, parseXml } from "./manifestXml";

const { rewriteManifest } = require("../../webpack/manifest-rewrite.js") as { rewriteManifest: (xml: string, url: string) => string };
const MANIFEST = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("manifest domains", () => {
  it("lists no AppDomain for the add-in's own origin (it has no effect there)", () => {
    const domains = elements(parseXml(MANIFEST)).filter((e) => e.localName === "AppDomain");
    expect(domains.map((d) => d.textContent)).toEqual([]);
  });

  it("moves every URL under a public URL with a path, and leaves no development URL", () => {
    const out = rewriteManifest(MANIFEST, "https://tdkt.phuong.gov.vn/tdkt");
    expect(out).not.toContain("localhost");
    const doc = parseXml(out);
    const source = elements(doc).find((e) => e.localName === "SourceLocation" && e.hasAttribute("DefaultValue"))!;
    expect(source.getAttribute("DefaultValue")).toBe("https://tdkt.phuong.gov.vn/tdkt/taskpane.html");
    const icon = elements(doc).find((e) => e.localName === "IconUrl")!;
    expect(icon.getAttribute("DefaultValue")).toBe("https://tdkt.phuong.gov.vn/tdkt/assets/icon-32.png");
  });

  it("writes only the origin into an AppDomain that named the development server, even when the public URL has a path", () => {
    const xml = "<AppDomains><AppDomain>https://localhost:3000</AppDomain><AppDomain>https://login.example.vn</AppDomain></AppDomains>";
    expect(rewriteManifest(xml, "https://tdkt.phuong.gov.vn/tdkt")).toBe(
      "<AppDomains><AppDomain>https://tdkt.phuong.gov.vn</AppDomain><AppDomain>https://login.example.vn</AppDomain></AppDomains>",
    );
    expect(rewriteManifest(xml, "https://tdkt.phuong.gov.vn:8443")).toContain("<AppDomain>https://tdkt.phuong.gov.vn:8443</AppDomain>");
  });
});
