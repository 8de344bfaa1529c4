/** Offline checks of an XML add-in manifest, shared by the source manifest test and the production build test. */
import { execFileSync, spawnSync } from "child_process";

export interface ManifestInfo {
  id?: string;
  hosts?: string[];
  permissions?: string;
  officeAppType?: string;
  defaultLocale?: string;
  appDomains?: string[];
  defaultSettings?: { sourceLocation?: string };
  [key: string]: unknown;
}

/** xmllint --noout --nonet: well-formed XML, no network. */
export function xmllint(path: string): { ok: boolean; output: string } {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error) {
    throw new Error("xmllint is not installed. Install it with: sudo apt-get install libxml2-utils (Debian/Ubuntu), brew install libxml2 (macOS).");
  }
  const run = spawnSync("xmllint", ["--noout", "--nonet", path], { encoding: "utf8" });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/**
 * office-addin-manifest's own OfficeAddinManifest.readManifestFile, run in a plain Node process: the package
 * pulls ESM-only modules that jest's module loader cannot require (see jest.config.js), while Node 20 can.
 */
export function readManifestFile(path: string): ManifestInfo {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    ".then((m) => process.stdout.write(JSON.stringify(m)), (e) => { process.stderr.write(String(e)); process.exit(1); });";
  const out = execFileSync(process.execPath, ["-e", script, path], { encoding: "utf8", env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_LEVEL: "off" } });
  return JSON.parse(out) as ManifestInfo;
}

/** Needs the jsdom test environment, whose DOMParser reads XML with namespaces. */
export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "text/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`Manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

export function elements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName("*"));
}

/** Every attribute value and text node that holds a URL. */
export function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const el of elements(doc)) {
    for (const attr of Array.from(el.attributes)) if (/^\w+:\/\//.test(attr.value)) found.push(attr.value);
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.nodeValue ?? "")
      .join("")
      .trim();
    if (/^\w+:\/\//.test(own)) found.push(own);
  }
  return found;
}
