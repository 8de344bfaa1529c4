/**
 * Reads a ward's TĐKT plan from its text (lines of a .txt, or the paragraphs of a .docx): title with the
 * year, "Căn cứ …" / "Thực hiện …" lines citing documents, I. Mục đích, yêu cầu; II. Nội dung with
 * "Nhiệm vụ công tác quý I…IV" and "Tháng N/YYYY" headings; III. Tổ chức thực hiện; Nơi nhận; the signer.
 *
 * Pure: lines in, plan and the lines it could not place out. Nothing is dropped: a line the reader cannot
 * place is returned in `unplaced` for the clerk.
 *
 * Ward plans are often PDF extractions or hand-typed Word files, so the reader joins a sentence broken
 * over several lines, takes a paragraph without a dash as a task, and splits a bullet that packs two
 * duties (a second sentence opening with a duty verb).
 */
import { fold } from "../codes";
import { LEGAL_CATALOGUE } from "./legal";
import type { PeriodCode, RoundCode } from "../types";
import type {
  CitedDocument,
  MovementKind,
  OrganisationGroup,
  Plan,
  PlanMovement,
  PlanPeriod,
  PlanRound,
  PlanTask,
  TaskKind,
} from "./model";

export const DEFAULT_LEAD = "Thường trực Hội đồng TĐKT";

export interface UnplacedLine {
  /** 1-based line number in the input. */
  line: number;
  text: string;
  /** Why it was not placed, as a code: "outside-month", "other-year", "unknown-section". */
  reason: "outside-month" | "other-year" | "unknown-section";
}

export interface ParsedPlan {
  plan: Plan;
  unplaced: UnplacedLine[];
}

type Section = "head" | "purposes" | "content" | "organisation" | "recipients" | "signer";

interface Paragraph {
  text: string;
  line: number;
  /** Began with "- ". */
  bullet: boolean;
  heading?: Heading;
  /** Input lines joined into it. */
  lines: number;
}

type Heading =
  | { kind: "section"; section: Section }
  | { kind: "quarter"; quarter: number }
  | { kind: "month"; month: number; year?: number }
  | { kind: "numbered"; n: number; rest: string }
  | { kind: "title" };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function headingOf(line: string): Heading | undefined {
  const f = fold(line).replace(/[.:]$/, "").trim();
  if (/^ke hoach$/.test(f)) return { kind: "title" };
  const q = /^(?:\d+\.\s*)?nhiem vu(?: cong tac)? quy\s+(iv|iii|ii|i|[1-4])\b/.exec(f);
  if (q) return { kind: "quarter", quarter: ROMAN[q[1]!] ?? Number(q[1]) };
  if (/^(i|1)\.\s*muc dich/.test(f)) return { kind: "section", section: "purposes" };
  if (/^(ii|2)\.\s*(noi dung|nhiem vu)/.test(f)) return { kind: "section", section: "content" };
  if (/^(iii|3)\.\s*to chuc thuc hien/.test(f)) return { kind: "section", section: "organisation" };
  if (/^noi nhan\s*:?/.test(f)) return { kind: "section", section: "recipients" };
  const m = /^thang\s+(\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?$/.exec(f);
  if (m) return { kind: "month", month: Number(m[1]), year: m[2] ? Number(m[2]) : undefined };
  const n = /^(\d{1,2})\.\s+(.*)$/.exec(line.trim());
  if (n) return { kind: "numbered", n: Number(n[1]), rest: n[2]!.trim() };
  return undefined;
}

const UPPER_START = /^[\p{Lu}“"]/u;
const ENDS_SENTENCE = /[.;:!?]["”)]?$|\.\/\.$/;

/** Lines joined into paragraphs: headings stand alone, bullets and sentences broken over lines are joined. */
function paragraphs(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  // From "Nơi nhận" on, every line stands alone: recipients, then the signer's lines.
  let perLine = false;
  const flush = () => {
    if (current) out.push(current);
    current = undefined;
  };
  lines.forEach((raw, i) => {
    const line = raw
      .normalize("NFC")
      .replace(/\u00a0/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (!line) return;
    const heading = headingOf(line);
    if (heading && heading.kind !== "numbered") {
      flush();
      if (heading.kind === "section") perLine = heading.section === "recipients";
      out.push({ text: line, line: i + 1, bullet: false, heading, lines: 1 });
      return;
    }
    const dash = /^[-–•]\s*(.*)$/.exec(line);
    const afterDash = dash?.[1] ?? "";
    // A one-line numbered item ("1. Hội đồng TĐ-KT phường") is a title: the capitalised line under it begins its text.
    const underTitle = current?.heading?.kind === "numbered" && current.lines === 1;
    const startsNew =
      perLine ||
      /^(Căn cứ|Thực hiện)\s/u.test(line) ||
      heading?.kind === "numbered" ||
      (dash !== null && UPPER_START.test(afterDash)) ||
      (!dash && UPPER_START.test(line) && (!current || underTitle || ENDS_SENTENCE.test(current.text)));
    if (startsNew || !current) {
      flush();
      current = {
        text: dash && UPPER_START.test(afterDash) ? afterDash : line,
        line: i + 1,
        bullet: dash !== null && UPPER_START.test(afterDash),
        heading: heading?.kind === "numbered" ? heading : undefined,
        lines: 1,
      };
      return;
    }
    current.lines++;
    // A range broken after its hyphen ("2021-⏎2025") joins without a space.
    current.text = /\d-$/.test(current.text) && /^\d/.test(line) ? current.text + line : `${current.text} ${line}`;
  });
  flush();
  return out.map((p) => ({ ...p, text: p.text.replace(/\s+/g, " ").trim() }));
}

/** Words a duty starts with: a second sentence opening with one is a second task. */
const DUTY_VERBS = [
  "kien toan",
  "phan cong",
  "giao",
  "to chuc",
  "xay dung",
  "trien khai",
  "huong dan",
  "tong hop",
  "bao cao",
  "phat dong",
  "hoan thien",
  "hoan thanh",
  "thuc hien",
  "theo doi",
  "chuan bi",
  "lua chon",
  "tham dinh",
  "xet",
  "so ket",
  "tong ket",
  "tuyen truyen",
  "ky ket",
  "dang ky",
  "kiem tra",
  "gui",
];

function startsWithDuty(s: string): boolean {
  const f = fold(s);
  return DUTY_VERBS.some((v) => f.startsWith(`${v} `));
}

/** A bullet packing two duties ("Kiện toàn …. Phân công …") split at the sentence that opens with a duty verb. */
function duties(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const re = /\. (?=\p{Lu})/gu;
    let cut = -1;
    let m: RegExpExecArray | null;
    while ((m = re.exec(rest))) {
      if (startsWithDuty(rest.slice(m.index + 2))) {
        cut = m.index;
        break;
      }
    }
    if (cut < 0) break;
    parts.push(rest.slice(0, cut + 1));
    rest = rest.slice(cut + 2);
  }
  parts.push(rest);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function kindOf(text: string): TaskKind {
  const f = fold(text);
  const first = f.split(" ").slice(0, 4).join(" ");
  if (/^(hoan thien ho so|lua chon)/.test(f) || /gui ho so/.test(f)) return "dossier";
  if (/ky (ket )?giao uoc/.test(f)) return "covenant";
  if (/^tong hop dang ky/.test(f) || /^dang ky thi dua/.test(f)) return "registration";
  if (/^(kien toan|phan cong|hoan thanh quy che|ban hanh quy che)/.test(f)) return "organisation";
  if (/^(xay dung|giao ke hoach|chuan bi)/.test(f)) return "plan";
  if (/^(tuyen truyen|pho bien)/.test(f)) return "dissemination";
  if (/theo doi|don doc/.test(f)) return "monitoring";
  if (/^huong dan/.test(f)) return "guidance";
  if (/phat dong/.test(first)) return "launch";
  if (/hoi nghi tuyen duong|^trao thuong|^tuyen duong/.test(f)) return "ceremony";
  if (/^(bao cao|so ket|tong ket)|hoi nghi (so ket|tong ket)/.test(f) && !/binh xet/.test(f)) return "report";
  if (/binh xet|tham dinh|^xet /.test(f)) return "evaluation";
  return "implementation";
}

const ORDINALS: Record<string, RoundCode> = { nhat: "D1", "1": "D1", hai: "D2", "2": "D2", ba: "D3", "3": "D3" };

/** The round a task names: "đợt 2", "đợt thi đua lần thứ nhất", "đợt thi đua đặc biệt". */
function statedRound(text: string): RoundCode | undefined {
  const f = fold(text);
  if (/(dot|dip) thi dua dac biet|dot dac biet/.test(f)) return "DB";
  const m = /dot(?: thi dua)?(?: lan)?(?: thu)? (nhat|hai|ba|[123])\b/.exec(f);
  return m ? ORDINALS[m[1]!] : undefined;
}

function statedPeriod(text: string): PeriodCode | undefined {
  const f = fold(text);
  if (/quy i\b|quy 1\b/.test(f)) return "Q1";
  if (/\b6 thang/.test(f)) return "6T";
  if (/\b9 thang/.test(f)) return "9T";
  if (/tong ket/.test(f)) return "NAM";
  return undefined;
}

interface MovementMention {
  name: string;
  kind: MovementKind;
}

function clean(name: string): string {
  return name
    .replace(/["“”]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[.,;:]+$/, "")
    .trim();
}

/** Movements a task names: a quoted name after "phong trào", the comprehensive, sectoral and thematic ones, an honouring event. */
function movementsNamed(text: string, kind: TaskKind): MovementMention[] {
  const out: MovementMention[] = [];
  const f = fold(text);
  if (/phong trao thi dua toan dien/.test(f)) out.push({ name: "Phong trào thi đua toàn diện", kind: "comprehensive" });
  const quoted = /phong trào[^"“]{0,40}["“]([^"”]+)["”]/giu;
  let m: RegExpExecArray | null;
  while ((m = quoted.exec(text))) out.push({ name: clean(m[1]!), kind: "sectoral" });
  if (!out.some((x) => x.kind === "sectoral") && kind === "launch") {
    const bare = /phát động phong trào thi đua (?!["“])(.+?)(?: năm \d{4})?\.?$/iu.exec(text);
    if (bare) out.push({ name: clean(bare[1]!.charAt(0).toUpperCase() + bare[1]!.slice(1)), kind: "sectoral" });
  }
  const sectoral = /(\d+) phong trao thi dua linh vuc/.exec(f);
  if (sectoral) out.push({ name: `${sectoral[1]!.padStart(2, "0")} phong trào thi đua lĩnh vực`, kind: "sectoral" });
  const thematic = /cac phong trao thi dua chuyen de(?: giai doan (\d{4}-\d{4}))?|phong trao thi dua chuyen de/.exec(f);
  if (thematic)
    out.push({ name: `Các phong trào thi đua chuyên đề${thematic[1] ? ` giai đoạn ${thematic[1]}` : ""}`, kind: "thematic" });
  if (kind === "ceremony") {
    const honoured = /tuyên dương (.+)$/iu.exec(text);
    if (honoured) out.push({ name: clean(`Tuyên dương ${honoured[1]}`), kind: "event" });
  }
  return out;
}

/** "Cải cách hành chính trên địa bàn phường" → "CCHCTĐBP"; distinct codes, at most 8 letters. */
function movementCode(name: string, kind: MovementKind, taken: ReadonlySet<string>): string {
  if (kind === "comprehensive") return "TD";
  if (kind === "thematic") return "CD";
  const lv = /^(\d+) phong trào thi đua lĩnh vực$/.exec(name);
  if (lv) return `LV${lv[1]}`;
  const letters = fold(name)
    .replace(/[^a-z0-9 ]/g, " ")
    .split(" ")
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join("")
    .slice(0, 8);
  let code = letters || "PT";
  for (let i = 2; taken.has(code); i++) code = `${letters}${i}`;
  return code;
}

const DOC_KINDS = ["Luật", "Nghị quyết", "Nghị định", "Thông tư", "Quyết định", "Kế hoạch", "Chỉ thị", "Công văn", "Hướng dẫn"];

function dmy(s: string): string {
  const [d, m, y] = s.split("/");
  return `${d!.padStart(2, "0")}/${m!.padStart(2, "0")}/${y}`;
}

/** Documents cited in a passage: "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính Phủ quy định …". */
export function citedIn(text: string, role: CitedDocument["role"]): CitedDocument[] {
  const out: CitedDocument[] = [];
  const kinds = DOC_KINDS.join("|");
  const re = new RegExp(
    `(${kinds})\\s+số\\s*:?\\s*([0-9][\\p{L}0-9/.\\-]*[\\p{L}0-9])(?:\\s+ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4}))?(?:\\s+của\\s+((?:(?!\\s(?:về|quy định|ban hành|hướng dẫn)\\s)[^;.])+))?(?:\\s+((?:về|quy định|ban hành|hướng dẫn)\\s[^;]*?))?(?=;|\\.\\s|\\.$|$| và các)`,
    "giu",
  );
  let m: RegExpExecArray | null;
  // A law named by its title and year, without a number: the catalogue knows its number.
  const law = /(Luật sửa đổi, bổ sung[^;:]*?|Luật [^;:]*?) năm (\d{4})(?=;|\.|,|$)/u.exec(text);
  if (law && !/\bsố\b/u.test(law[1]!)) {
    const title = `${law[1]} năm ${law[2]}`;
    const entry = LEGAL_CATALOGUE.find(
      (d) => d.kind === "Luật" && d.date?.endsWith(law[2]!) && fold(title).includes(fold(d.title)),
    );
    out.push({ number: "", kind: "Luật", issuer: "Quốc hội", title, role, ...(entry ? { catalogRef: entry.number } : {}) });
  }
  while ((m = re.exec(text))) {
    const doc: CitedDocument = {
      number: m[2]!,
      kind: m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1),
      issuer: (m[4] ?? "").trim(),
      title: (m[5] ?? "").trim(),
      role,
    };
    if (m[3]) doc.date = dmy(m[3]);
    if (!out.some((d) => d.number === doc.number)) out.push(doc);
  }
  return out;
}

function quarterOf(month: number): 1 | 2 | 3 | 4 {
  return Math.ceil(month / 3) as 1 | 2 | 3 | 4;
}

const STANDARD_PERIODS: PlanPeriod[] = [
  { code: "Q1", name: "Quý I", endMonth: 3, reportMonth: 3 },
  { code: "6T", name: "6 tháng", endMonth: 6, reportMonth: 6 },
  { code: "9T", name: "9 tháng", endMonth: 9, reportMonth: 9 },
  { code: "NAM", name: "Năm", endMonth: 12, reportMonth: 12 },
];

const ROUND_NAMES: Record<RoundCode, string> = { D1: "Đợt 1", D2: "Đợt 2", D3: "Đợt 3", DB: "Đợt đặc biệt", NAM: "Năm" };

function periodOfMonth(month: number): PeriodCode {
  return month <= 3 ? "Q1" : month <= 6 ? "6T" : month <= 9 ? "9T" : "NAM";
}

/** Occasions a launch names: the words after "chào mừng", split at commas and semicolons. */
function occasionsOf(text: string): string[] {
  const m = /chào mừng (.+)$/iu.exec(text);
  if (!m) return [];
  return m[1]!
    .replace(/\.$/, "")
    .split(/;|, (?=ngày|mừng|kỷ niệm)/iu)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1));
}

interface Draft {
  month: number;
  text: string;
  kind: TaskKind;
  round?: RoundCode;
  period?: PeriodCode;
  mentions: MovementMention[];
  lead: string;
  note?: string;
}

export function parsePlanText(lines: readonly string[]): ParsedPlan {
  const paras = paragraphs(lines);
  const unplaced: UnplacedLine[] = [];
  let section: Section = "head";
  let titleParts: string[] = [];
  let afterTitle = false;
  let year: number | undefined;
  const cited: CitedDocument[] = [];
  const purposes: string[] = [];
  const councilDuties: string[] = [];
  const unitDuties: string[] = [];
  const organisation: OrganisationGroup[] = [];
  let orgGroup = 0;
  let closing: string | undefined;
  const recipients: string[] = [];
  const signerLines: string[] = [];
  const drafts: Draft[] = [];
  let month: number | undefined;
  let monthYear: number | undefined;
  let issuerShort = "";

  for (const p of paras) {
    const h = p.heading;
    if (h?.kind === "title") {
      afterTitle = true;
      continue;
    }
    if (h?.kind === "section") {
      section = h.section;
      const y = /năm (\d{4})/iu.exec(p.text);
      if (y && year === undefined) year = Number(y[1]);
      continue;
    }
    if (section === "head") {
      const f = fold(p.text);
      // The issuer's header above the title: "ỦY BAN NHÂN DÂN XÃ TÂN PHONG".
      const header = /^(?:uy ban nhan dan|ubnd) ((?:xa|phuong|thi tran) .+)$/.exec(f);
      if (!afterTitle && header && !issuerShort) {
        const words = p.text.split(" ").slice(f.startsWith("ubnd") ? 1 : 4);
        const place = words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase())).join(" ");
        issuerShort = `UBND ${place}`;
        continue;
      }
      if (afterTitle && titleParts.length === 0 && /nam \d{4}/.test(f) && !/^(can cu|thuc hien)/.test(f)) {
        titleParts = [p.text];
        year = Number(/(\d{4})\s*$/.exec(p.text)?.[1] ?? /năm (\d{4})/iu.exec(p.text)?.[1]);
        continue;
      }
      if (/^(can cu|thuc hien)/.test(f)) {
        cited.push(...citedIn(p.text, "basis").filter((d) => !cited.some((c) => c.number === d.number)));
        const own = /của (UBND (?:phường|xã|thị trấn) [^,.;]+)/u.exec(p.text);
        if (own) issuerShort = own[1]!.trim();
      }
      continue;
    }
    if (section === "purposes") {
      if (h?.kind === "numbered") purposes.push(p.text.replace(/^\d{1,2}\.\s*/, ""));
      else if (purposes.length) purposes[purposes.length - 1] += ` ${p.text}`;
      else purposes.push(p.text);
      continue;
    }
    if (section === "content") {
      if (h?.kind === "quarter") {
        month = undefined;
        continue;
      }
      if (h?.kind === "month") {
        month = h.month >= 1 && h.month <= 12 ? h.month : undefined;
        monthYear = h.year;
        if (month === undefined) unplaced.push({ line: p.line, text: p.text, reason: "outside-month" });
        continue;
      }
      if (month === undefined) {
        unplaced.push({ line: p.line, text: p.text, reason: "outside-month" });
        continue;
      }
      if (monthYear !== undefined && year !== undefined && monthYear !== year) {
        unplaced.push({ line: p.line, text: p.text, reason: "other-year" });
        continue;
      }
      for (const duty of duties(p.text)) {
        const kind = kindOf(duty);
        const lead = /^Các thành viên Hội đồng TĐKT\b/u.test(duty) ? "Các thành viên Hội đồng TĐKT" : DEFAULT_LEAD;
        const draft: Draft = { month, text: duty, kind, mentions: movementsNamed(duty, kind), lead };
        const round = statedRound(duty);
        if (round) draft.round = round;
        const period = statedPeriod(duty);
        if (period) draft.period = period;
        drafts.push(draft);
      }
      continue;
    }
    if (section === "organisation") {
      const f = fold(p.text);
      if (/^tren day la/.test(f)) {
        closing = p.text;
        continue;
      }
      if (h?.kind === "numbered") {
        orgGroup = h.n;
        organisation.push({ heading: p.text.replace(/^\d{1,2}\.\s*/, ""), duties: [] });
        continue;
      }
      if (orgGroup === 1) councilDuties.push(p.text);
      else if (orgGroup >= 2) unitDuties.push(p.text);
      else {
        unplaced.push({ line: p.line, text: p.text, reason: "unknown-section" });
        continue;
      }
      organisation.at(-1)!.duties.push(p.text);
      continue;
    }
    if (section === "recipients") {
      if (p.bullet && signerLines.length === 0)
        recipients.push(
          p.text
            .replace(/[;.]+$/, "")
            .replace(/\.\/\.$/, "")
            .trim(),
        );
      else if (/^[-–]\s*/.test(p.text) && signerLines.length === 0)
        recipients.push(
          p.text
            .replace(/^[-–]\s*/, "")
            .replace(/[;.]+$/, "")
            .trim(),
        );
      else signerLines.push(p.text);
      continue;
    }
    unplaced.push({ line: p.line, text: p.text, reason: "unknown-section" });
  }

  const planYear = year ?? new Date().getUTCFullYear();

  // Rounds: launched where a task launches them, evaluated where a task evaluates them.
  const roundCodes: RoundCode[] = ["D1", "D2", "D3", "DB"];
  const rounds: PlanRound[] = [];
  for (const code of roundCodes) {
    const linked = drafts.filter((d) => d.round === code);
    if (!linked.length) continue;
    const launch = linked.find((d) => d.kind === "launch");
    const evaluation = [...new Set(linked.filter((d) => d.kind === "evaluation").map((d) => d.month))].sort((a, b) => a - b);
    const round: PlanRound = {
      code,
      name: ROUND_NAMES[code],
      occasions: launch ? occasionsOf(launch.text) : [],
      evaluationMonths: evaluation,
      // A round's results fold into the period it is launched in (Đợt 1, launched in January, reports with Quý I).
      period: code === "DB" ? "NAM" : periodOfMonth(launch?.month ?? (evaluation.length ? Math.max(...evaluation) : 12)),
    };
    if (launch) round.launchMonth = launch.month;
    rounds.push(round);
  }
  // The year round: the bình xét of the year ("bình xét khen thưởng năm YYYY") and what surrounds it.
  const yearWords = new RegExp(`khen thuong nam ${planYear}|tong ket`);
  const yearGuidance = drafts.find((d) => d.kind === "guidance" && !d.round && yearWords.test(fold(d.text)));
  const yearEvalMonth =
    yearGuidance?.month ?? drafts.filter((d) => d.kind === "evaluation" && !d.round && !d.period).at(-1)?.month;
  const yearRound: PlanRound = {
    code: "NAM",
    name: "Năm",
    occasions: [],
    evaluationMonths: yearEvalMonth ? [yearEvalMonth] : [],
    period: "NAM",
  };
  rounds.push(yearRound);

  for (const d of drafts) {
    if (d.round) continue;
    const f = fold(d.text);
    const otherYear = /nam (\d{4})/.exec(f);
    if (otherYear && Number(otherYear[1]) !== planYear) {
      d.note = `Thuộc năm ${otherYear[1]}, không thuộc đợt nào của năm ${planYear}.`;
      continue;
    }
    if (d.kind === "report" && d.period === "NAM") d.round = "NAM";
    else if (yearEvalMonth !== undefined && d.month === yearEvalMonth && (d.kind === "evaluation" || d.kind === "guidance"))
      d.round = "NAM";
    else if ((d.kind === "registration" || d.kind === "guidance") && !d.period && !d.mentions.length) {
      // Not stated: the round evaluated next, for which units register and the office guides.
      const next = rounds
        .filter((r) => r.code !== "NAM" && r.evaluationMonths.some((m) => m >= d.month))
        .sort((a, b) => Math.max(...a.evaluationMonths) - Math.max(...b.evaluationMonths))[0];
      if (next) {
        d.round = next.code;
        d.note = `Kế hoạch không ghi đợt; gắn với ${next.name} vì đợt này được bình xét tiếp sau (tháng ${Math.max(...next.evaluationMonths)}).`;
      }
    }
  }

  const movements: PlanMovement[] = [];
  const codeOf = new Map<string, string>();
  const taken = new Set<string>();
  for (const d of drafts)
    for (const m of d.mentions) {
      // One comprehensive and one thematic family per plan, however the plan words them.
      const key = m.kind === "comprehensive" || m.kind === "thematic" ? m.kind : fold(m.name);
      let code = codeOf.get(key);
      if (!code) {
        code = movementCode(m.name, m.kind, taken);
        taken.add(code);
        codeOf.set(key, code);
        movements.push({ code, name: m.name, kind: m.kind, reviewMonths: [] });
      }
      const mv = movements.find((x) => x.code === code)!;
      if (d.kind === "launch" && mv.launchMonth === undefined) mv.launchMonth = d.month;
      if ((d.kind === "evaluation" || d.kind === "guidance" || d.kind === "ceremony") && !mv.reviewMonths.includes(d.month))
        mv.reviewMonths.push(d.month);
    }

  const counters = new Map<number, number>();
  const tasks: PlanTask[] = drafts.map((d) => {
    const n = (counters.get(d.month) ?? 0) + 1;
    counters.set(d.month, n);
    const t: PlanTask = {
      id: `T${String(d.month).padStart(2, "0")}-${String(n).padStart(2, "0")}`,
      quarter: quarterOf(d.month),
      month: d.month,
      text: d.text,
      kind: d.kind,
      lead: d.lead,
    };
    if (d.round) t.round = d.round;
    const codes = [
      ...new Set(d.mentions.map((m) => codeOf.get(m.kind === "comprehensive" || m.kind === "thematic" ? m.kind : fold(m.name))!)),
    ];
    if (codes.length) t.movements = codes;
    if (d.period) t.period = d.period;
    if (d.note) t.note = d.note;
    return t;
  });

  // Texts cited inside the tasks (what is disseminated) follow the plan's own basis.
  for (const t of tasks)
    for (const doc of citedIn(t.text, "dissemination"))
      if (!cited.some((c) => (c.number || c.title) === (doc.number || doc.title))) cited.push(doc);

  const onBehalf = signerLines.find((l) => /^(TM|KT|TL|Q)\./u.test(l)) ?? "";
  const afterBehalf = signerLines.slice(signerLines.indexOf(onBehalf) + 1);
  const signer = {
    on_behalf: onBehalf,
    title: afterBehalf.find((l) => l === l.toUpperCase() && /\p{L}/u.test(l)) ?? "",
    name: signerLines.length > 1 ? signerLines[signerLines.length - 1]! : "",
  };
  if (closing && !issuerShort) issuerShort = /của (UBND [^,.;]+)/u.exec(closing)?.[1]?.trim() ?? "";
  if (closing) {
    const own = /của (UBND (?:phường|xã|thị trấn) [^,.;]+)/u.exec(closing);
    if (own) issuerShort = own[1]!.trim();
  }
  const title = titleParts.length
    ? `Kế hoạch ${titleParts[0]!.charAt(0).toLowerCase()}${titleParts[0]!.slice(1)}`.replace(/\s+/g, " ").trim()
    : `Kế hoạch công tác thi đua - khen thưởng năm ${planYear}`;

  return {
    plan: {
      issuer: issuerShort.replace(/^UBND/u, "Ủy ban nhân dân"),
      issuerShort,
      year: planYear,
      title,
      cited,
      purposes,
      tasks,
      rounds,
      periods: STANDARD_PERIODS.map((p) => ({ ...p })),
      movements,
      councilDuties,
      unitDuties,
      ...(organisation.length ? { organisation } : {}),
      ...(closing ? { closing } : {}),
      recipients,
      signer,
    },
    unplaced,
  };
}
