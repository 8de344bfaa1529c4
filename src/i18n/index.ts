/** One message catalog: Vietnamese first, English beside it. Each area keeps its own file under catalog/. */
import { common } from "./catalog/common";
import { plan } from "./catalog/plan";
import { layout } from "./catalog/layout";
import { validation } from "./catalog/validation";
import { ranking } from "./catalog/ranking";
import { summary } from "./catalog/summary";
import { pane } from "./catalog/pane";
import { office } from "./catalog/office";
import { cli } from "./catalog/cli";
import { streamed } from "./catalog/streamed";
import { demo } from "./catalog/demo";
import { files } from "./catalog/files";
import { reading } from "./catalog/reading";
import { collect, collective, households, unitForms, units } from "./catalog/units";
import { awardBallots, awardChecks, awardCommand, awardPapers, awardReasons, awards } from "./catalog/awards";
import type { Bilingual, Catalog, Lang, Params } from "./types";

export type { Bilingual, Catalog, Lang, Params } from "./types";

const catalogs: Catalog[] = [
  common,
  plan,
  layout,
  validation,
  ranking,
  summary,
  pane,
  office,
  cli,
  streamed,
  demo,
  files,
  reading,
  units,
  households,
  unitForms,
  collect,
  collective,
  awards,
  awardReasons,
  awardBallots,
  awardChecks,
  awardCommand,
  awardPapers,
];
const merged = new Map<string, Bilingual>();

/** Adds an area's messages; a code defined twice is a programming error. */
export function registerCatalog(c: Catalog): void {
  for (const [code, m] of Object.entries(c)) {
    const prev = merged.get(code);
    if (prev && (prev.vi !== m.vi || prev.en !== m.en)) throw new Error(`Message code defined twice: ${code}`);
    merged.set(code, { vi: m.vi.normalize("NFC"), en: m.en });
  }
}
catalogs.forEach(registerCatalog);

function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** Both languages of a message, placeholders filled. Unknown codes fail loudly so no message is silently lost. */
export function msg(code: string, params?: Params): Bilingual {
  const m = merged.get(code);
  if (!m) throw new Error(`Unknown message code: ${code}`);
  return { vi: fill(m.vi, params).normalize("NFC"), en: fill(m.en, params) };
}

export function t(lang: Lang, code: string, params?: Params): string {
  return msg(code, params)[lang];
}

/** "Vietnamese (English)" for a terminal or a log line. */
export function both(code: string, params?: Params): string {
  const m = msg(code, params);
  return `${m.vi}\n  (${m.en})`;
}

export function hasMessage(code: string): boolean {
  return merged.has(code);
}
