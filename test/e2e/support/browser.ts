/**
 * Debian's Chromium driven by playwright-core (no browser download). The flags keep it off the network:
 * without them Chromium keeps trying Google's hosts, which this machine's closed network refuses.
 * Playwright gives every launch a new empty profile (--user-data-dir in a temporary folder).
 */
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
