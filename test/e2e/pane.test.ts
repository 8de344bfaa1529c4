/**
 * The pane outside Excel, end to end in Debian's Chromium at the task pane's width (350 px): the production
 * build served on 127.0.0.1, a clerk's own workbook opened from disk, the plan laid out into it, a round
 * prepared, a scored workbook validated (the one planted error listed, named by sheet!cell, and shown in
 * the preview when clicked), ranked, summarised and downloaded; each download read back with exceljs.
 * A screenshot of every step goes to test-artifacts/e2e/, and axe-core checks each state the test visits.
 * Office.js is the real one, from @microsoft/office-js, served in place of Microsoft's CDN (no network here),
 * so the pane's start-up outside Office goes through the real Office.onReady. The clock is 10/02/2024, in
 * the sample plan's year, while its first round is being scored.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize, sep } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { cleanWorkbook, inputAddress } from "../support/corpus";
import JSZip from "jszip";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { SheetData } from "../../src/workbook/port";
import { launchChromium } from "./support/browser";
import { ensureDist, ROOT } from "../support/dist";
import { serveStatic, type StaticServer } from "./support/server";

const WIDTH = 350;
const SHOTS = join(ROOT, "test-artifacts", "e2e");
const OFFICE_JS_DIST = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
/** In the sample plan's year, while round 1 is scored (launched in January, reviewed in April). */
const TODAY = new Date("2024-02-10T09:00:00+07:00");
const PERSON_SHEET = "Ghi chép";
const JUDGE = "Chấm điểm Đ1 - Hạnh";

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let inputs: string;
const consoleErrors: string[] = [];
const officeJsServed: string[] = [];
const timings: Record<string, number> = {};

/** A clerk's own workbook: one sheet of notes, nothing of the add-in's. */
function personRows(): (string | number | Date | null)[][] {
  return [
    ["Ngày", "Việc", "Số người", "Ghi chú"],
    [new Date(Date.UTC(2024, 2, 5)), "Họp tổ dân phố số 3 về phong trào “Ngày Chủ nhật xanh”", 42, null],
    [new Date(Date.UTC(2024, 2, 12)), "Tổng vệ sinh khu phố", 17.5, "Đã báo cáo Ủy ban"],
    [null, "=không phải công thức", null, "@ghi chú của chị Lan"],
  ];
}

async function personWorkbook(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  const ws = wb.book.addWorksheet(PERSON_SHEET);
  personRows().forEach((row) => ws.addRow(row));
  return wb;
}

async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = (Date.now() - t0) / 1000;
  }
}

/** Waits until nothing on the page animates (an accordion panel opening, a dialog fading), then two frames. */
async function settled(): Promise<void> {
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** axe-core on the page as it stands: every violation, named by rule and the elements it found. */
async function axeViolations(modal = false): Promise<string[]> {
  // injected through the DevTools protocol, which the page's CSP does not govern (a <script> tag would be refused)
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (modal) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    // Tabster's focus-trap sentinels (aria-hidden <i tabindex>) are Fluent's by design: they hand the focus on
    // Behind a modal dialog the page is hidden from assistive technology on purpose, so the page-level rules
    // (one main landmark, one h1) have nothing to look at; the dialog itself is still checked by every other rule.
    const rules = modal ? { "landmark-one-main": { enabled: false }, "page-has-heading-one": { enabled: false } } : {};
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document, {
      resultTypes: ["violations"],
      rules,
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  }, modal);
}

async function shot(name: string, modal = false): Promise<void> {
  await settled();
  expect({ step: name, axe: await axeViolations(modal) }).toEqual({ step: name, axe: [] });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: "disabled" });
  // a 350 px pane never scrolls sideways as a whole: wide content scrolls inside its own box
  // (a dialog's scroll lock hides the scrollbar, which makes the difference negative: that is no overflow)
  const overflow = await page.evaluate(() =>
    Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
  );
  expect({ step: name, overflow }).toEqual({ step: name, overflow: 0 });
}

/** "Hôm nay" at 320, 350 and 500 px, light and dark (the browser's colour scheme), kept as artifacts. */
async function todayShots(prefix: string): Promise<void> {
  const today = page.getByRole("region", { name: "Hôm nay" });
  try {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [320, 350, 500]) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await settled();
        expect(await page.locator(`[data-theme="${scheme}"]`).count()).toBe(1);
        const box = await today.boundingBox();
        // the content follows the pane's width (it stayed 350 px wide in a 500 px pane)
        expect({ width, scheme, fills: box !== null && box.width > width - 60 }).toEqual({ width, scheme, fills: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect({ width, scheme, overflow }).toEqual({ width, scheme, overflow: 0 });
        await page.screenshot({ path: join(SHOTS, `${prefix}-hom-nay-${width}-${scheme}.png`), animations: "disabled" });
      }
      expect({ scheme, axe: await axeViolations() }).toEqual({ scheme, axe: [] });
    }
  } finally {
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: WIDTH, height: 800 });
  }
}

/** The live region StatusArea keeps: "Đã xong: <task>. <messages>" or "Lỗi: …" once a command ends. */
async function waitStatus(pattern: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    (source) => {
      const text = document.querySelector('[role="status"]')?.textContent ?? "";
      return new RegExp(source).test(text) ? text : false;
    },
    pattern.source,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as string;
}

async function openFile(path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Mở một tệp Excel (.xlsx) từ máy" }).click(),
  ]);
  await chooser.setFiles(path);
}

async function download(): Promise<{ name: string; wb: ExcelJsWorkbook }> {
  const [d] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /^Tải sổ tính về máy/ }).click(),
  ]);
  const path = await d.path();
  return { name: d.suggestedFilename(), wb: await ExcelJsWorkbook.fromBuffer(readFileSync(path)) };
}

async function clickButton(name: string | RegExp): Promise<void> {
  await page.getByRole("button", { name, exact: typeof name === "string" }).click();
}

/** The preview's sheet choice and its grid's cells as text. */
async function previewSheet(): Promise<string> {
  return page.getByRole("combobox", { name: "Trang" }).inputValue();
}

async function sheetValues(wb: ExcelJsWorkbook, name: string): Promise<SheetData["values"]> {
  const [data] = await wb.readSheets([name]);
  if (!data) throw new Error(`no sheet ${name}`);
  return data.values;
}

let scoredPath: string;
let plantedCell: string;

beforeAll(async () => {
  const built = await ensureDist();
  timings.build = built.seconds;
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });

  inputs = mkdtempSync(join(tmpdir(), "tdkt-e2e-"));
  writeFileSync(join(inputs, "ghi-chep.xlsx"), await (await personWorkbook()).toBuffer());
  writeFileSync(join(inputs, "danh-sach.xlsx"), "Đây là một tệp văn bản, không phải sổ tính.\n");
  // The scores come back from the judges in Excel; the browser cannot type into them, so the file is made here:
  // every judge's valid scores, the clerk's own sheet, and ONE score above its maximum.
  const scored = await cleanWorkbook();
  const ws = scored.book.addWorksheet(PERSON_SHEET);
  personRows().forEach((row) => ws.addRow(row));
  plantedCell = await inputAddress(scored, JUDGE, "TDP06", "I.1");
  scored.book.getWorksheet(JUDGE)!.getCell(plantedCell).value = 7;
  scoredPath = join(inputs, "cham-diem-dot-1.xlsx");
  writeFileSync(scoredPath, await scored.toBuffer());

  server = await serveStatic(built.dist);
  browser = await launchChromium();
  // reducedMotion: Fluent's accordion and dialog then open at once, so a screenshot shows the finished state
  context = await browser.newContext({
    viewport: { width: WIDTH, height: 800 },
    acceptDownloads: true,
    locale: "vi-VN",
    reducedMotion: "reduce",
  });
  // Outside Office, and offline: Microsoft's CDN answers from the @microsoft/office-js package, so the real
  // office.js runs and finds no Office host; MicrosoftAjax from aspnetcdn stays unreachable, as offline.
  await context.route(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\//, (route) => {
    const file = normalize(join(OFFICE_JS_DIST, new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "")));
    officeJsServed.push(file.slice(OFFICE_JS_DIST.length + 1));
    if (!file.startsWith(OFFICE_JS_DIST + sep) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: readFileSync(file) });
  });
  await context.route(/^https:\/\/ajax\.aspnetcdn\.com\//, (route) => route.abort());
  // every main-thread task over 50 ms, for timings.json (a measurement: the 19 MB workbook is not opened here)
  await context.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: "longtask", buffered: true });
  });
  page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const url = m.location().url ?? "";
    // office.js's telemetry frame is refused by the pane's CSP, as it must be: nothing leaves the machine
    const telemetryBlocked = /telemetryservice\.firstpartyapps\.oaspapps\.com.*has been blocked/s.test(m.text());
    const expected = /ajax\.aspnetcdn\.com/.test(url) || /\/favicon\.ico$/.test(url) || telemetryBlocked;
    if (!expected) consoleErrors.push(`${m.text()} (${url})`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`uncaught: ${e.message}`));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (inputs) rmSync(inputs, { recursive: true, force: true });
  writeFileSync(join(SHOTS, "timings.json"), JSON.stringify(timings, null, 2));
});

describe("the pane in a browser, outside Excel (350 px)", () => {
  test("opens and says it runs outside Excel, fetching exceljs only once idle", async () => {
    await step("open pane", async () => {
      await page.goto(`${server.url}/taskpane.html`, { waitUntil: "networkidle" });
      await page.getByText("Đang chạy ngoài Excel, trong trình duyệt.", { exact: false }).waitFor();
    });
    await page.getByText("Sổ tính mới (chưa lưu)").waitFor();
    expect(await page.getByRole("button", { name: /^Tải sổ tính về máy/ }).isDisabled()).toBe(true);
    // the real office.js ran, from the package, and its onReady said there is no Office host
    expect(officeJsServed[0]).toBe("office.js");
    // exceljs is not on the way to the first paint: it is fetched once the pane is idle, before any click.
    // (Asked of the server: the page's performance object is Playwright's fake clock's, without resource entries.)
    // (that it is no part of the first load is test/manifest/build.test.ts's; whenIdle's delay is test/taskpane/warm.test.ts's)
    // (exceljs runs in the workbook worker: the worker's chunk is what the idle pane fetches)
    const standalone = () => server.requests.filter((p) => /\/workbook-worker\.[0-9a-f]+\.js$/.test(p)).length;
    const painted = Date.now();
    while (standalone() === 0 && Date.now() - painted < 15_000) await new Promise((r) => setTimeout(r, 100));
    timings["exceljs fetched after the pane showed, ms"] = Date.now() - painted;
    expect(standalone()).toBe(1);
    expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();
    // an empty workbook: the first step is the plan; checking and ranking wait for it, and say why
    await page.getByRole("button", { name: "Bước tiếp theo: Tạo các trang kế hoạch" }).waitFor();
    // The button reads the same while the workbook is still being read; the reason appears once it is known to be empty.
    await page.getByText("Cần tạo các trang kế hoạch trước (nút “Tạo các trang kế hoạch”).").first().waitFor({ state: "attached" });
    for (const name of ["Kiểm tra", "Xếp hạng"]) {
      const b = page.getByRole("button", { name, exact: true });
      expect(await b.getAttribute("aria-disabled")).toBe("true");
      expect(await b.evaluate((el) => document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent)).toBe(
        "Cần tạo các trang kế hoạch trước (nút “Tạo các trang kế hoạch”).",
      );
    }
    await shot("01-pane-opened");
  });

  test("a text file named .xlsx gives a message in Vietnamese and English, and nothing breaks", async () => {
    await step("open text file", () => openFile(join(inputs, "danh-sach.xlsx")));
    const status = await waitStatus(/^Lỗi:/);
    expect(status).toContain("Tệp danh-sach.xlsx không phải sổ tính Excel (.xlsx) hoặc đã hỏng.");
    await page.getByText("danh-sach.xlsx is not an Excel workbook (.xlsx) or is corrupt.", { exact: false }).waitFor();
    await shot("02-not-a-workbook");
    await page.getByRole("button", { name: "Đóng thông báo" }).first().click();
  });

  test("someone else's workbook: says it has no add-in sheets yet and suggests the plan", async () => {
    await step("open person's workbook", () => openFile(join(inputs, "ghi-chep.xlsx")));
    await waitStatus(/^Đã xong: Mở tệp ghi-chep\.xlsx/);
    expect(server.requests.some((p) => /workbook-worker\.[0-9a-f]+\.js$/.test(p))).toBe(true);
    // and never on the page: the page's own copy of the exceljs host is for a browser without workers
    expect(server.requests.some((p) => /\/standalone\.[0-9a-f]+\.js$/.test(p))).toBe(false);
    await page.getByText("Sổ tính này chưa có trang nào của tiện ích TĐKT.", { exact: false }).waitFor();
    await page.getByText("This workbook has none of the add-in's sheets yet.", { exact: false }).waitFor();
    expect(await previewSheet()).toBe(PERSON_SHEET);
    await page.getByTestId("sheet-preview").getByText("Tổng vệ sinh khu phố").waitFor();
    await shot("03-someone-elses-workbook");
  });

  test("a bad file afterwards keeps the workbook already open", async () => {
    await openFile(join(inputs, "danh-sach.xlsx"));
    await waitStatus(/^Lỗi:.*Sổ tính đang mở vẫn giữ nguyên/);
    await page.getByText("ghi-chep.xlsx", { exact: true }).waitFor();
    expect(await previewSheet()).toBe(PERSON_SHEET);
    await page.getByRole("button", { name: "Đóng thông báo" }).first().click();
  });

  test("lays out the plan with sample data into it; the person's sheet stays as it was", async () => {
    await page.getByRole("checkbox", { name: "Dữ liệu mẫu" }).check();
    const layout = page.getByRole("button", { name: "Tạo các trang kế hoạch", exact: true });
    await step("lay out plan", async () => {
      // from the keyboard: the focus stays on the button that ran
      await layout.focus();
      await page.keyboard.press("Enter");
      await waitStatus(/^Đã xong: Tạo các trang kế hoạch/);
    });
    // "Hôm nay" reads the plan just laid out; "Lập kế hoạch" folds, and the focus moves to the step it announces
    const next = page.getByRole("button", { name: "Bước tiếp theo: Chuẩn bị trang — Đợt 1" });
    await next.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Bước tiếp theo: Chuẩn bị trang — Đợt 1");
    await layout.waitFor({ state: "detached" });
    expect(await page.getByText("Sổ tính này chưa có trang nào của tiện ích TĐKT.", { exact: false }).count()).toBe(0);
    // the preview turns to what the command made
    expect(await previewSheet()).not.toBe(PERSON_SHEET);
    await shot("04-plan-laid-out");

    await todayShots("04");

    // a task of the month marked done from "Hôm nay": its Trạng thái cell alone changes (read back at download 1)
    const today = page.getByRole("region", { name: "Hôm nay" });
    await step("mark task done", async () => {
      await today.getByRole("button", { name: /^Đánh dấu xong: Triển khai phát động phong trào thi đua “Cải cách hành chính/ }).click();
      await waitStatus(/^Đã xong: Đánh dấu việc đã xong/);
    });
    // the focus goes on to the month's other open task, not to <body>
    await page.waitForFunction(() =>
      (document.activeElement?.getAttribute("aria-label") ?? "").startsWith("Đánh dấu xong: Các thành viên Hội đồng TĐKT theo dõi"),
    );
    expect(await today.getByRole("list", { name: "Việc tháng này (2)" }).getByText("Đã xong").count()).toBe(1);

    await step("prepare D1", async () => {
      await clickButton("Chuẩn bị trang");
      await waitStatus(/^Đã xong: Chuẩn bị trang — Đợt 1/);
    });
    // the browser's way forward: fill the score sheets outside it
    await page.getByRole("list", { name: "Để các thành viên Hội đồng chấm điểm" }).waitFor();
    await shot("05-round-prepared");

    // the sample ward unscored: 0 errors and 505 warnings, one line per sheet, the preview within reach
    const validate = page.getByRole("button", { name: "Kiểm tra", exact: true });
    await step("validate D1 unscored", async () => {
      await validate.focus();
      await page.keyboard.press("Enter");
      // the outcome, not "Đang thực hiện: Kiểm tra — Đợt 1": the page answers while the worker checks
      await waitStatus(/^(Đã xong|Chưa xong): Kiểm tra — Đợt 1/);
    });
    await page.getByRole("radio", { name: "Cảnh báo (505)" }).waitFor();
    await settled();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    timings["505 warnings: page height px"] = height;
    expect(height).toBeLessThan(2500);
    expect(await validate.evaluate((el) => el === document.activeElement)).toBe(true);
    let tabs = 0;
    while (tabs < 40) {
      await page.keyboard.press("Tab");
      tabs++;
      if (await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "sheet-preview")) break;
    }
    timings["505 warnings: Tab presses to the preview"] = tabs;
    expect(tabs).toBeLessThan(20);
    // nobody has scored: the next step is not Xếp hạng (it would refuse) but getting the sheets filled outside the browser
    expect(await today.getByRole("button", { name: /^Bước tiếp theo/ }).textContent()).toBe("Bước tiếp theo: Kiểm tra — Đợt 1");
    await today.getByText(/^Chưa thành viên Hội đồng nào chấm nên chưa xếp hạng được\. Bấm “Tải về”/).waitFor();
    await today.getByText("Phiếu chấm: 0/10 thành viên Hội đồng đã chấm.", { exact: true }).waitFor();
    await shot("05b-505-warnings");

    const { name, wb } = await step("download 1", download);
    expect(name).toBe("ghi-chep.xlsx");
    const sheets = await wb.listSheets();
    const made = (command: string) => sheets.filter((s) => s.marker?.command === command).map((s) => s.name);
    expect(made("layout")).toEqual(expect.arrayContaining(["Kế hoạch", "Đơn vị", "Hội đồng", "Cấu hình"]));
    expect(made("prepare")).toContain(JUDGE);
    expect(sheets.find((s) => s.name === PERSON_SHEET)?.marker).toBeUndefined();
    // the task marked done: "Hoàn thành" in its Trạng thái cell (I11, beside Mã T02-01), no other task closed
    const plan = await sheetValues(wb, "Kế hoạch");
    expect([plan[10]?.[8], plan[10]?.[10]]).toEqual(["Hoàn thành", "T02-01"]);
    expect(plan.filter((r) => r[8] === "Hoàn thành").length).toBe(1);
    const original = await ExcelJsWorkbook.fromBuffer(readFileSync(join(inputs, "ghi-chep.xlsx")));
    expect(await sheetValues(wb, PERSON_SHEET)).toEqual(await sheetValues(original, PERSON_SHEET));
  });

  test("validates a scored round: the planted error is listed by sheet!cell and shown in the preview when clicked", async () => {
    await openFile(scoredPath);
    await waitStatus(/^Đã xong: Mở tệp cham-diem-dot-1\.xlsx/);
    await step("validate D1", async () => {
      await clickButton("Kiểm tra");
      // the outcome, not "Đang thực hiện: Kiểm tra — Đợt 1": the page answers while the worker checks
      await waitStatus(/^(Đã xong|Chưa xong): Kiểm tra — Đợt 1/);
    });
    const place = `'${JUDGE}'!${plantedCell}`;
    const entry = page.getByRole("button", {
      name: new RegExp(`^Lỗi: .* — đến ô ${place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    });
    expect(await entry.count()).toBe(1);
    await page.getByText(place, { exact: true }).waitFor();
    await settled();
    // the findings panel has finished opening: the planted finding is on the page, whole and not covered
    await entry.scrollIntoViewIfNeeded();
    const seen = await entry.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      let clipped = false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const box = p.getBoundingClientRect();
        if (getComputedStyle(p).overflow !== "visible" && (r.top < box.top - 1 || r.bottom > box.bottom + 1)) clipped = true;
      }
      return {
        height: Math.round(r.height) > 20,
        onTop: hit !== null && el.contains(hit),
        clipped,
        opacity: getComputedStyle(el.closest(".fui-AccordionPanel") ?? el).opacity,
      };
    });
    expect(seen).toEqual({ height: true, onTop: true, clipped: false, opacity: "1" });
    expect(await entry.innerText()).toContain("TDP06");
    await shot("06-validated");

    await step("select finding", async () => {
      await entry.click();
      await page.locator(`[data-testid="sheet-preview"] td[data-selected="true"][data-cell="${plantedCell}"]`).waitFor();
    });
    expect(await previewSheet()).toBe(JUDGE);
    expect((await page.locator('td[data-selected="true"]').innerText()).trim()).toBe("7");
    // the highlighted cell is scrolled into view inside the preview box
    const inView = await page.locator('td[data-selected="true"]').evaluate((td) => {
      const box = td.closest('[data-testid="sheet-preview"]')!.getBoundingClientRect();
      const r = td.getBoundingClientRect();
      return r.left >= box.left && r.right <= box.right + 1 && r.top >= box.top && r.bottom <= box.bottom + 1;
    });
    expect(inView).toBe(true);
    // the unit's code and name (the score sheet's frozen columns) stay in view beside it
    const row = plantedCell.replace(/^[A-Z]+/, "");
    for (const col of ["A", "B"]) {
      const visible = await page.locator(`[data-testid="sheet-preview"] td[data-cell="${col}${row}"]`).evaluate((td) => {
        const box = td.closest('[data-testid="sheet-preview"]')!.getBoundingClientRect();
        const r = td.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1 && r.width > 0;
      });
      expect({ col, visible }).toEqual({ col, visible: true });
    }
    await shot("07-finding-selected");
  });

  test("ranking is refused while the error stands, then ranks provisionally", async () => {
    await clickButton("Xếp hạng");
    await waitStatus(/^Chưa xong: Xếp hạng — Đợt 1/);
    await page.getByRole("checkbox", { name: "Tạm tính (chưa đủ phiếu chấm)" }).check();
    await step("rank D1 provisional", async () => {
      await clickButton("Xếp hạng");
      await waitStatus(/^Đã xong: Xếp hạng — Đợt 1/);
    });
    await shot("08-ranked");
  });

  test("makes the summary of round 1 and downloads a workbook that reads back with every sheet in place", async () => {
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await step("summary D1", async () => {
      await clickButton("Tổng hợp Đợt 1");
      await waitStatus(/^(Đã xong|Chưa xong|Không thực hiện được): Tổng hợp — Đợt 1/);
    });
    await shot("09-summary");

    const { name, wb } = await step("download 2", download);
    expect(name).toBe("cham-diem-dot-1.xlsx");
    const sheets = await wb.listSheets();
    const made = (command: string) => sheets.filter((s) => s.marker?.command === command).map((s) => s.name);
    expect(made("layout")).toContain("Kế hoạch");
    expect(made("prepare")).toContain(JUDGE);
    expect(made("rank")).toContain("Xếp hạng Đ1");
    expect(made("summary").length).toBeGreaterThan(0);
    const before = await ExcelJsWorkbook.fromBuffer(readFileSync(scoredPath));
    expect(await sheetValues(wb, PERSON_SHEET)).toEqual(await sheetValues(before, PERSON_SHEET));
    // the judge's sheet is the judge's: the add-in reads it and writes nothing into it
    expect(await sheetValues(wb, JUDGE)).toEqual(await sheetValues(before, JUDGE));
  });

  test("makes the units' forms as one zip download and collects one back with Thu phiếu…", async () => {
    await page.getByRole("button", { name: "Từ đơn vị", exact: true }).click();
    const [zipped] = await step("forms zip", () =>
      Promise.all([page.waitForEvent("download"), clickButton("Tạo phiếu cho từng đơn vị, tải về một tệp nén .zip")]),
    );
    await waitStatus(/^Đã xong: Tạo phiếu cho đơn vị/);
    expect(zipped.suggestedFilename()).toBe("phieu-don-vi-2024-NAM.zip");
    const zip = await JSZip.loadAsync(readFileSync(await zipped.path()));
    const names = Object.keys(zip.files);
    expect(names).toContain("phieu-TDP01-2024.xlsx");
    const form = join(inputs, "phieu-TDP01-2024.xlsx");
    writeFileSync(form, await zip.file("phieu-TDP01-2024.xlsx")!.async("uint8array"));
    await step("collect", async () => {
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        clickButton("Chọn các phiếu đơn vị đã điền (.xlsx) để kiểm tra và gộp vào sổ"),
      ]);
      await chooser.setFiles(form);
      await waitStatus(/^Đã xong: Thu phiếu đơn vị/);
    });
    await shot("09b-units");
  });

  test("starts a new workbook after confirming, and lays out the plan in it", async () => {
    await clickButton("Bỏ sổ tính đang mở và bắt đầu sổ tính mới");
    const dialog = page.getByRole("dialog", { name: "Bắt đầu sổ tính mới?" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("cham-diem-dot-1.xlsx");
    // the focus is on a choice that loses nothing
    await settled();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Tải về trước");
    await shot("09b-new-workbook-dialog", true);
    await step("start new workbook", async () => {
      await dialog.getByRole("button", { name: "Bắt đầu sổ tính mới", exact: true }).click();
      await waitStatus(/^Đã xong: Tạo sổ tính mới/);
    });
    await page.getByText("Sổ tính mới (chưa lưu)").waitFor();
    await page.getByText("· 0 trang").waitFor();
    expect(await page.getByRole("button", { name: /^Tải sổ tính về máy/ }).isDisabled()).toBe(true);
    // the closed workbook's findings went with it
    await page.getByRole("button", { name: "Kết quả kiểm tra (0)" }).waitFor();
    await step("lay out plan in new workbook", async () => {
      await clickButton("Tạo các trang kế hoạch");
      await waitStatus(/^Đã xong: Tạo các trang kế hoạch/);
    });
    expect(await previewSheet()).toBe("Kế hoạch");
    await page.getByTestId("sheet-preview").getByText("Nội dung", { exact: true }).waitFor();
    // once downloaded, the file bar names the file instead of "chưa lưu"
    const { name } = await download();
    expect(name).toBe("tdkt.xlsx");
    await page.getByText("tdkt.xlsx", { exact: true }).waitFor();
    expect(await page.getByText("Sổ tính mới (chưa lưu)").count()).toBe(0);
    await shot("10-new-workbook-plan");
  });

  test("fits a 320 px pane too: nothing scrolls sideways, the file bar and the buttons wrap", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      const summaries = page.getByRole("button", { name: "Tổng hợp", exact: true });
      if ((await summaries.getAttribute("aria-expanded")) !== "true") await summaries.click();
      await settled();
      // every button whole inside the pane, none cut at its right edge
      const cut = await page.evaluate(() =>
        Array.from(document.querySelectorAll("main button"))
          .filter((b) => b.getBoundingClientRect().width > 0)
          .filter(
            (b) => b.getBoundingClientRect().right > document.documentElement.clientWidth || b.scrollWidth > b.clientWidth + 1,
          )
          .map((b) => b.textContent),
      );
      expect(cut).toEqual([]);
      await shot("11-width-320");
    } finally {
      await page.setViewportSize({ width: WIDTH, height: 800 });
    }
  });

  test("measures the main thread's long tasks over the whole run", async () => {
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: { duration: number }[] }).longTasks);
    timings["long tasks (> 50 ms): count"] = tasks.length;
    timings["long tasks: longest ms"] = Math.max(0, ...tasks.map((t) => t.duration));
    timings["long tasks: total ms"] = tasks.reduce((n, t) => n + t.duration, 0);
    expect(Array.isArray(tasks)).toBe(true);
  });

  test("logged no console error but the unreachable MicrosoftAjax", () => {
    expect(consoleErrors).toEqual([]);
  });
});
