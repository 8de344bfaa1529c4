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
import { browserFile } from "./catalog/browserFile";
import { reading } from "./catalog/reading";
import { todayMessages } from "./catalog/today";
import { collect, collective, households, unitForms, units } from "./catalog/units";
import { unitsPane } from "./catalog/unitsPane";
import { staleSheets } from "./catalog/staleSheets";
import { awardBallots, awardChecks, awardCommand, awardPapers, awardReasons, awards } from "./catalog/awards";
import type { Bilingual, Catalog, Lang, Params } from "./types";

export type { Bilingual, Catalog, Lang, Params } from "./types";

const catalogs = [
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
  browserFile,
  reading,
  units,
  households,
  unitForms,
  collect,
  collective,
  unitsPane,
  awards,
  awardReasons,
  awardBallots,
  awardChecks,
  awardCommand,
  awardPapers,
  staleSheets,
  todayMessages,
] as const satisfies readonly Catalog[];

/**
 * Every message code the catalog defines. Code that names a message takes this type, so a misspelt code
 * fails `npm run typecheck` instead of throwing when the message is first shown.
 */
export type MessageCode = KeysOf<(typeof catalogs)[number]>;
type KeysOf<C> = C extends unknown ? keyof C & string : never;
/** A catalog annotated `: Catalog` (not `satisfies Catalog`) would widen every code to string: refused here. */
const CODES_ARE_NARROW: string extends MessageCode ? never : true = true;
void CODES_ARE_NARROW;

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

/** A number as each language writes it: Vietnamese with a decimal comma (5,75), English with a point. */
function numberText(n: number, lang: Lang): string {
  const s = String(n);
  return lang === "vi" ? s.replace(".", ",") : s;
}

function fill(template: string, lang: Lang, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (!(k in params)) return `{${k}}`;
    const v = params[k];
    return typeof v === "number" ? numberText(v, lang) : String(v);
  });
}

/** Both languages of a message, placeholders filled. Unknown codes fail loudly so no message is silently lost. */
export function msg(code: MessageCode, params?: Params): Bilingual {
  const m = merged.get(code);
  if (!m) throw new Error(`Unknown message code: ${code}`);
  return { vi: fill(m.vi, "vi", params).normalize("NFC"), en: fill(m.en, "en", params) };
}

export function t(lang: Lang, code: MessageCode, params?: Params): string {
  return msg(code, params)[lang];
}

/** "Vietnamese (English)" for a terminal or a log line. */
export function both(code: MessageCode, params?: Params): string {
  const m = msg(code, params);
  return `${m.vi}\n  (${m.en})`;
}

/** For codes that arrive as data (a progress step, a code read back from a sheet). */
export function hasMessage(code: string): code is MessageCode {
  return merged.has(code);
}
