/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";
import { registerRibbonCommands } from "../../src/commands/commands";
import {
  AWARDS_FUNCTION,
  RANK_FUNCTION,
  RIBBON_FUNCTIONS,
  RUNTIME_RESID,
  SUMMARY_FUNCTION,
  VALIDATE_FUNCTION,
} from "../../src/commands/ids";
import { CommandRunner } from "../../src/taskpane/runner";
import { MANIFEST_SET } from "../../src/workbook/office/requirements";
import { elements, parseXml, readManifestFile, urls, xmllint } from "./manifestXml";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const text = readFileSync(MANIFEST, "utf8");
const doc = parseXml(text);
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

function byTag(name: string): Element[] {
  return elements(doc).filter((e) => e.localName === name);
}

function resources(): Map<string, Element> {
  const res = byTag("Resources")[0];
  const map = new Map<string, Element>();
  for (const el of Array.from(res.getElementsByTagName("*"))) {
    const id = el.getAttribute("id");
    if (id && el.namespaceURI === BT) map.set(id, el);
  }
  return map;
}

describe("manifest.xml, offline", () => {
  it("is well-formed XML (xmllint --nonet)", () => {
    const result = xmllint(MANIFEST);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("is read by office-addin-manifest as an Excel task-pane add-in with read/write access", () => {
    const info = readManifestFile(MANIFEST);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultLocale).toBe("vi-VN");
    expect(info.defaultSettings?.sourceLocation).toMatch(/^https:\/\/.+\/taskpane\.html$/);
  });

  it("resolves every resid to a resource, and keeps every resid and resource id within 32 characters", () => {
    const ids = resources();
    const used = elements(doc)
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) {
      expect({ resid, resolved: ids.has(resid) }).toEqual({ resid, resolved: true });
      expect(resid.length).toBeLessThanOrEqual(32);
    }
    for (const id of ids.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("uses https for every URL", () => {
    const all = urls(doc).filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(all.length).toBeGreaterThan(5);
    for (const u of all) expect(u).toMatch(/^https:\/\//);
  });

  it("shares one runtime between the ribbon and the pane (Runtime = FunctionFile = ShowTaskpane resid)", () => {
    const runtime = byTag("Runtime")[0];
    expect(runtime.getAttribute("resid")).toBe(RUNTIME_RESID);
    expect(runtime.getAttribute("lifetime")).toBe("long");
    expect(byTag("FunctionFile")[0].getAttribute("resid")).toBe(RUNTIME_RESID);
    const paneAction = byTag("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane")!;
    expect(paneAction.getElementsByTagName("SourceLocation")[0].getAttribute("resid")).toBe(RUNTIME_RESID);
    // The runtime page is the pane the add-in opens by default.
    const sourceLocation = byTag("SourceLocation").find((e) => e.hasAttribute("DefaultValue"))!;
    expect(resources().get(RUNTIME_RESID)!.getAttribute("DefaultValue")).toBe(sourceLocation.getAttribute("DefaultValue"));
  });

  it("requires the ExcelApi floor of the office adapter and SharedRuntime 1.1", () => {
    const sets = Object.fromEntries(byTag("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]));
    expect(sets).toEqual({ ExcelApi: MANIFEST_SET.version, SharedRuntime: "1.1" });
  });

  it("has a Home-tab group with a pane button and a “Tạo tổng hợp” button bound to the ribbon function", () => {
    const ids = resources();
    const label = (control: Element) => {
      const resid = control.getElementsByTagName("Label")[0].getAttribute("resid")!;
      return ids.get(resid)!.getAttribute("DefaultValue");
    };
    expect(byTag("OfficeTab")[0].getAttribute("id")).toBe("TabHome");
    const controls = byTag("Control");
    // The pane button, then the round's commands in the order a clerk runs them, the summary, the year's review.
    expect(controls).toHaveLength(5);
    const [pane, , , summary] = controls;
    expect(pane.getElementsByTagName("Action")[0].getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect(label(summary)).toBe("Tạo tổng hợp");
    expect(summary.getElementsByTagName("Action")[0].getAttribute("xsi:type")).toBe("ExecuteFunction");
    expect(summary.getElementsByTagName("FunctionName")[0].textContent).toBe(SUMMARY_FUNCTION);
  });

  it("has “Kiểm tra” and “Xếp hạng” buttons that run the validate and rank functions, with a Vietnamese supertip", () => {
    const ids = resources();
    const text = (control: Element, tag: string) => {
      const resid = control.getElementsByTagName(tag)[0].getAttribute("resid")!;
      return { vi: ids.get(resid)!.getAttribute("DefaultValue")!, resid };
    };
    const [, validate, rank] = byTag("Control");
    for (const [control, name, fn, tip] of [
      [validate, "Kiểm tra", VALIDATE_FUNCTION, /kiểm tra đợt thi đua hiện tại/],
      [rank, "Xếp hạng", RANK_FUNCTION, /xếp hạng đợt thi đua hiện tại.*lỗi/],
    ] as const) {
      expect(text(control, "Label").vi).toBe(name);
      expect(control.getElementsByTagName("Action")[0].getAttribute("xsi:type")).toBe("ExecuteFunction");
      expect(control.getElementsByTagName("FunctionName")[0].textContent).toBe(fn);
      const supertip = control.getElementsByTagName("Supertip")[0];
      expect(text(supertip, "Title").vi).toBe(name);
      expect(text(supertip, "Description").vi).toMatch(tip);
      // The same three icon sizes as the group.
      const sizes = Array.from(control.getElementsByTagNameNS(BT, "Image")).map((i) => i.getAttribute("size"));
      expect(sizes).toEqual(["16", "32", "80"]);
    }
  });

  it("has a “Bình xét năm” button, last in the group, that runs the year's awards function with its own label and supertip", () => {
    const ids = resources();
    const awards = byTag("Control")[4];
    expect(awards.getAttribute("id")).toBe("TDKT.AwardsButton");
    expect(awards.getElementsByTagName("Action")[0].getAttribute("xsi:type")).toBe("ExecuteFunction");
    expect(awards.getElementsByTagName("FunctionName")[0].textContent).toBe(AWARDS_FUNCTION);
    expect(AWARDS_FUNCTION).toBe("reviewYearAwards");
    const resid = (el: Element, tag: string) => el.getElementsByTagName(tag)[0].getAttribute("resid")!;
    const supertip = awards.getElementsByTagName("Supertip")[0];
    expect([resid(awards, "Label"), resid(supertip, "Title"), resid(supertip, "Description")]).toEqual([
      "AwardsButton.Label",
      "AwardsButton.Label",
      "AwardsButton.Tooltip",
    ]);
    const label = ids.get("AwardsButton.Label")!;
    expect(label.parentElement!.localName).toBe("ShortStrings");
    expect(label.getAttribute("DefaultValue")).toBe("Bình xét năm");
    expect(label.getElementsByTagNameNS(BT, "Override")[0].getAttribute("Value")).toBe("Year's review");
    const tip = ids.get("AwardsButton.Tooltip")!;
    expect(tip.parentElement!.localName).toBe("LongStrings");
    expect(tip.getAttribute("DefaultValue")).toBe(
      "Một lần bấm: bình xét danh hiệu cá nhân của năm (Cá nhân, Sáng kiến, Kiểm phiếu), lập trang Bình xét năm và các văn bản trình, hiện kết quả trong ngăn.",
    );
    // The group's icon, in the three sizes every button declares, each an image resource of the manifest.
    const icons = Array.from(awards.getElementsByTagNameNS(BT, "Image")).map((i) => [i.getAttribute("size"), i.getAttribute("resid")]);
    expect(icons).toEqual([
      ["16", "Icon.16x16"],
      ["32", "Icon.32x32"],
      ["80", "Icon.80x80"],
    ]);
    for (const [, id] of icons) expect(ids.get(id!)!.parentElement!.localName).toBe("Images");
  });

  it("associates in src/commands/commands.ts every FunctionName of the manifest, and nothing else", () => {
    const inManifest = byTag("FunctionName").map((f) => f.textContent);
    expect([...inManifest].sort()).toEqual([...RIBBON_FUNCTIONS].sort());
    const associate = jest.fn();
    const office = { actions: { associate }, addin: { showAsTaskpane: jest.fn() } };
    (globalThis as { Office?: unknown }).Office = office;
    try {
      registerRibbonCommands(undefined, new CommandRunner());
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
    const associated = associate.mock.calls.map((c) => c[0] as string);
    expect([...associated].sort()).toEqual([...inManifest].sort());
    for (const call of associate.mock.calls) expect(typeof call[1]).toBe("function");
  });

  it("gives every string an en-US override within Office's length limits", () => {
    for (const [kind, max] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      const strings = Array.from(byTag(kind)[0].getElementsByTagNameNS(BT, "String"));
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        const override = s.getElementsByTagNameNS(BT, "Override")[0];
        expect(override?.getAttribute("Locale")).toBe("en-US");
        expect(s.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(max);
        expect(override.getAttribute("Value")!.length).toBeLessThanOrEqual(max);
      }
    }
  });

  it("points every icon at a PNG in assets/ of the size it declares", () => {
    const images = [
      ...Array.from(byTag("Images")[0].getElementsByTagNameNS(BT, "Image")),
      ...byTag("IconUrl"),
      ...byTag("HighResolutionIconUrl"),
    ];
    expect(images.length).toBe(5);
    for (const img of images) {
      const url = img.getAttribute("DefaultValue")!;
      const file = join(ROOT, new URL(url).pathname);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      expect(width).toBe(height);
      expect(url).toContain(`icon-${width}.png`);
    }
  });
});
