/**
 * A 19 MB workbook in the pane outside Excel (Chromium, 350 px, the production build): opening it and
 * downloading it again leave the page responsive. The bar is the main thread's own time: no task on it over
 * 200 ms, as a PerformanceObserver for long tasks reports them. A long task's duration is the time the page's
 * thread was busy with one task, so a machine loaded by other work stretches the wall time of the open, not
 * (much) the tasks; the figures are printed and kept in test-artifacts/e2e-large/large-workbook.json.
 * Both steps show their progress while they run (the bar and its caption), and the file bar names the file.
 *
 * The workbook is the bench's city-sized round (6,400 units × 30 criteria × 15 council members), written once
 * and cached under the system temp folder (bench/fixtures.ts).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";
import type { Browser, Page } from "playwright-core";
import { CITY, ensureFixture } from "../../bench/fixtures";
import { openZip, type OpenedZip } from "../../src/workbook/package/zip";
import { ensureDist, ROOT } from "../support/dist";
import { launchChromium } from "./support/browser";
import { serveStatic, type StaticServer } from "./support/server";

/** Its own folder: pane.test.ts empties test-artifacts/e2e when it starts. */
const OUT = join(ROOT, "test-artifacts", "e2e-large");
/** The issue's bar for a main-thread task while a large workbook opens or downloads. */
const LONGEST_TASK_MS = 200;
/** The open and the download of 19 MB take seconds of the worker's time, more on a loaded machine. */
const STEP_TIMEOUT_MS = 240_000;
const FILE = "so-lon.xlsx";
const OFFICE_JS_DIST = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

let server: StaticServer;
let browser: Browser;
let page: Page;
let bigFile: string;
const figures: Record<string, number | string> = {};
const pageErrors: string[] = [];

interface Watch {
  longTasks: { start: number; duration: number }[];
  progress: { at: number; text: string }[];
}

/** Forgets what was seen so far; what follows is one step's. Returns the page's clock at the start. */
async function startWatching(): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { tdktWatch: Watch };
    w.tdktWatch.longTasks = [];
    w.tdktWatch.progress = [];
    return performance.now();
  });
}

async function watched(): Promise<Watch> {
  return page.evaluate(() => (window as unknown as { tdktWatch: Watch }).tdktWatch);
}

/** The step's long tasks, printed and kept: count, longest, total, and the five longest with their start. */
function report(step: string, w: Watch): number {
  const longest = Math.max(0, ...w.longTasks.map((t) => t.duration));
  figures[`${step}: long tasks (> 50 ms)`] = w.longTasks.length;
  figures[`${step}: longest task ms`] = longest;
  figures[`${step}: long tasks total ms`] = w.longTasks.reduce((n, t) => n + t.duration, 0);
  figures[`${step}: progress captions seen`] = [...new Set(w.progress.map((p) => p.text))].join(" | ");
  const top = [...w.longTasks].sort((a, b) => b.duration - a.duration).slice(0, 5);
  process.stdout.write(
    `${step}: ${w.longTasks.length} long tasks, longest ${longest} ms (bar ${LONGEST_TASK_MS} ms); ` +
      `five longest ${top.map((t) => `${t.duration} ms at ${t.start}`).join(", ") || "none"}\n`,
  );
  return longest;
}

beforeAll(async () => {
  const [built, file] = await Promise.all([ensureDist(), Promise.resolve().then(() => ensureFixture(CITY))]);
  bigFile = join(OUT, FILE);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(bigFile, readFileSync(file));
  figures["workbook MB"] = Math.round(statSync(bigFile).size / 1e5) / 10;
  server = await serveStatic(built.dist);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, acceptDownloads: true, locale: "vi-VN" });
  // as in pane.test.ts: office.js from the package (it finds no Office host), MicrosoftAjax unreachable
  await context.route(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\//, (route) => {
    const file = normalize(join(OFFICE_JS_DIST, new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "")));
    if (!file.startsWith(OFFICE_JS_DIST + sep) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: readFileSync(file) });
  });
  await context.route(/^https:\/\/ajax\.aspnetcdn\.com\//, (route) => route.abort());
  // From the first script: every main-thread task over 50 ms (buffered: also those before the observer ran), and
  // every caption the progress bar shows.
  await context.addInitScript(() => {
    const w = window as unknown as { tdktWatch: Watch };
    w.tdktWatch = { longTasks: [], progress: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.tdktWatch.longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: "longtask", buffered: true });
    const seen = () => {
      for (const bar of Array.from(document.querySelectorAll('[role="progressbar"]'))) {
        const text = bar.getAttribute("aria-valuetext") ?? bar.getAttribute("aria-valuenow") ?? "";
        const last = w.tdktWatch.progress[w.tdktWatch.progress.length - 1];
        if (!last || last.text !== text) w.tdktWatch.progress.push({ at: Math.round(performance.now()), text });
      }
    };
    new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true });
  });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "large-workbook.json"), JSON.stringify(figures, null, 2));
});

describe("a 19 MB workbook in the pane outside Excel", () => {
  test("opens with no main-thread task over 200 ms, showing progress, and the preview shows it", async () => {
    await page.goto(`${server.url}/taskpane.html`, { waitUntil: "networkidle" });
    await page.getByText("Sổ tính mới (chưa lưu)").waitFor();
    // the pane has started and fetched what the browser host needs while idle, as a clerk's pane would have
    await page.waitForTimeout(3_000);
    const t0 = Date.now();
    await startWatching();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Mở một tệp Excel (.xlsx) từ máy" }).click(),
    ]);
    await chooser.setFiles(bigFile);
    await page.waitForFunction(
      (file) => new RegExp(`^(Đã xong: Mở tệp ${file}|Lỗi:)`).test(document.querySelector('[role="status"]')?.textContent ?? ""),
      FILE,
      { timeout: STEP_TIMEOUT_MS, polling: 250 },
    );
    expect(await page.locator('[role="status"]').textContent()).toMatch(/^Đã xong: Mở tệp so-lon\.xlsx/);
    // opened means the clerk sees it: the file bar names it and the preview shows its first sheet
    await page.getByText(FILE, { exact: true }).waitFor();
    await page.getByTestId("sheet-preview").waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.waitForTimeout(1_000);
    figures["open: wall time s"] = (Date.now() - t0) / 1000;
    const w = await watched();
    const longest = report("open", w);
    // the bar said what it was doing, not only that something runs
    expect(w.progress.filter((p) => p.text !== "").length).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(LONGEST_TASK_MS);
  });

  test("lays the plan out again in it: the command runs in the worker and the page stays free", async () => {
    await startWatching();
    const section = page.getByRole("button", { name: "Lập kế hoạch", exact: true });
    if ((await section.getAttribute("aria-expanded")) !== "true") await section.click();
    await page.getByRole("button", { name: "Tạo các trang kế hoạch", exact: true }).click();
    await page.waitForFunction(
      () => /^(Đã xong|Chưa xong|Lỗi)/.test(document.querySelector('[role="status"]')?.textContent ?? ""),
      undefined,
      { timeout: STEP_TIMEOUT_MS, polling: 250 },
    );
    expect(await page.locator('[role="status"]').textContent()).toMatch(/^Đã xong: Tạo các trang kế hoạch/);
    await page.waitForTimeout(1_000);
    // measured and printed; the bar of the issue is for opening and downloading
    report("lay out plan", await watched());
  });

  test("downloads with progress and no main-thread task over 200 ms; the file bar names the file", async () => {
    const t0 = Date.now();
    await startWatching();
    const [d] = await Promise.all([
      page.waitForEvent("download", { timeout: STEP_TIMEOUT_MS }),
      page.getByRole("button", { name: /^Tải sổ tính về máy/ }).click(),
    ]);
    await page.waitForFunction(
      (file) => new RegExp(`^Đã xong: Tải về ${file}`).test(document.querySelector('[role="status"]')?.textContent ?? ""),
      FILE,
      { timeout: STEP_TIMEOUT_MS, polling: 250 },
    );
    await page.waitForTimeout(1_000);
    figures["download: wall time s"] = (Date.now() - t0) / 1000;
    expect(d.suggestedFilename()).toBe(FILE);
    await page.getByText(FILE, { exact: true }).waitFor();
    const w = await watched();
    const longest = report("download", w);
    // the bar said what it was doing, not only that something runs
    expect(w.progress.filter((p) => p.text !== "").length).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(LONGEST_TASK_MS);

    // what was written is in the file, and a council member's sheet the add-in did not touch is as it was
    const saved = await openZip(readFileSync(await d.path()));
    const before = await openZip(readFileSync(bigFile));
    expect(await saved.text("xl/workbook.xml")).toContain('name="Mục đích, tổ chức"');
    const judgePart = async (zip: OpenedZip) => {
      const book = (await zip.text("xl/workbook.xml")) ?? "";
      const rels = (await zip.text("xl/_rels/workbook.xml.rels")) ?? "";
      const id = /<sheet [^>]*name="Chấm điểm[^"]*"[^>]*r:id="([^"]+)"/.exec(book)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return zip.bytes(`xl/${(target?.[1] ?? target?.[2] ?? "").replace(/^\/?xl\//, "")}`);
    };
    const [was, is] = await Promise.all([judgePart(before), judgePart(saved)]);
    expect(was?.length).toBeGreaterThan(100_000);
    expect(is?.length).toBe(was?.length);
    expect(Buffer.from(is ?? []).equals(Buffer.from(was ?? []))).toBe(true);
  });

  test("raised no error on the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
