/**
 * The papers of the year's awards, in the form of Nghị định 30/2020/NĐ-CP (sheets/document.ts): the
 * council's Biên bản họp; its Tờ trình to the ward's Chủ tịch with a draft Quyết định and Danh sách kèm
 * theo, for the titles the ward decides on the decision's date; and the ward's Tờ trình with Danh sách đề
 * nghị to the level above, for those it proposes. Every name and number comes from the rows of
 * `Bình xét năm` (readAwardsSheet) and, for the units, of `Danh hiệu tập thể` (readCollectiveSheet), never
 * from a second computation. Each title goes to the ward's papers or to the level above's by who decides it
 * on the decision's date (the title catalogue).
 */
import { PERSON_TITLE_NAMES, PERSON_TITLE_SHORT, PERSON_TITLES } from "../domain/awards/model";
import { textSetting, type Settings } from "../domain/settings";
import { deciderOn, defaultTitles, type Decider } from "../domain/titles";
import { COLLECTIVE_TITLE_NAMES, type CollectiveTitle } from "../domain/units/titles";
import type { Member } from "../domain/types";
import { msg, type MessageCode, type Params } from "../i18n";
import type { CellInput, SheetSpec } from "../workbook/port";
import type { AwardsRow } from "./awards";
import type { CollectiveRow } from "./collective";
import { DocBuilder, writeDocumentFoot, writeDocumentHead, type DocumentGrid, type GridColumn } from "./document";
import { awardsMarker } from "./markers";

const WIDTHS = [5, 27, 8, 8, 8, 8, 8, 10];
const GRID: DocumentGrid = { left: { col: 0, cols: 3 }, right: { col: 3, cols: 5 } };
const PERCENT = "0.0%";

export const PAPER_SHEETS = {
  minutes: "Biên bản họp Hội đồng",
  submission: "Tờ trình khen thưởng",
  decision: "Dự thảo Quyết định",
  proposal: "Tờ trình cấp trên",
  decisionList: "Danh sách kèm theo Quyết định",
  proposalList: "Danh sách đề nghị cấp trên",
} as const;
export type PaperKey = keyof typeof PAPER_SHEETS;

const vi = (code: MessageCode, params?: Params) => msg(code, params).vi;

export interface PapersInput {
  rows: readonly AwardsRow[];
  settings: Settings;
  members: readonly Member[];
  year: number;
  decisionDate: Date;
  /** The date on the papers. */
  today: Date;
  /** Where each paper went last time (after a name clash), by key. */
  names?: ReadonlyMap<string, string>;
  /** The rows of `Danh hiệu tập thể`; the units found eligible are listed in their own groups. */
  collective?: readonly CollectiveRow[];
}

/** What one paper is about: the people and the units of the titles one level decides. */
interface Batch {
  people: readonly AwardsRow[];
  units: readonly CollectiveRow[];
}

const COLLECTIVE_TITLES: readonly CollectiveTitle[] = ["TTLDTT", "TDPVH"];
/** How a paper counts the holders of a collective title. */
const UNIT_NOUN: Readonly<Record<CollectiveTitle, string>> = { TTLDTT: "tập thể", TDPVH: "tổ dân phố" };

/** "15 cá nhân", "3 tập thể", "15 cá nhân và 3 tập thể". */
function whom(b: Batch): string {
  const people = b.people.length ? vi("PAPER_WHOM_PEOPLE", { count: b.people.length }) : "";
  const units = b.units.length ? vi("PAPER_WHOM_UNITS", { count: b.units.length }) : "";
  return people && units ? vi("PAPER_WHOM_BOTH", { people, units }) : people || units;
}

/** The heading word of a list: "Cá nhân", "Tập thể" or "Tập thể, cá nhân". */
function who(b: Batch): string {
  return b.units.length ? (b.people.length ? "Tập thể, cá nhân" : "Tập thể") : "Cá nhân";
}

/** The decider of a catalogue title on the decision's date. */
function deciderOf(code: string, date: Date): Decider | undefined {
  const title = defaultTitles().find((x) => x.code === code);
  return title && deciderOn(title, date);
}

/** "PHƯỜNG NAM CƯỜNG" → "phường Nam Cường", as a name reads inside a sentence. */
export function wardInText(ward: string): string {
  const words = ward.trim().toLocaleLowerCase("vi").split(/\s+/);
  return words.map((w, i) => (i === 0 ? w : w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))).join(" ");
}

function spec(doc: DocBuilder, key: PaperKey, input: PapersInput): SheetSpec {
  return doc.sheet(input.names?.get(key) ?? PAPER_SHEETS[key], awardsMarker(key));
}

const memberOf = (members: readonly Member[], role: Member["role"]) => members.find((m) => m.role === role);

export function buildAwardPapers(input: PapersInput): SheetSpec[] {
  const qualified = input.rows.filter((r) => r.outcome === "QUALIFIED");
  const eligible = (input.collective ?? []).filter((u) => u.outcome === "eligible");
  const unitLevel = new Map(COLLECTIVE_TITLES.map((t) => [t, deciderOf(t, input.decisionDate)?.level]));
  const wardDecides: Batch = {
    people: qualified.filter((r) => r.decider === "xa"),
    units: eligible.filter((u) => unitLevel.get(u.title) === "xa"),
  };
  const proposed: Batch = {
    people: qualified.filter((r) => r.decider !== undefined && r.decider !== "xa"),
    units: eligible.filter((u) => unitLevel.get(u.title) !== undefined && unitLevel.get(u.title) !== "xa"),
  };
  const out = [minutes(input, qualified, eligible)];
  const c = common(input);
  const any = (b: Batch) => b.people.length + b.units.length > 0;
  if (any(wardDecides))
    out.push(
      submission(input, wardDecides),
      decision(input, wardDecides),
      list(
        input,
        "decisionList",
        wardDecides,
        vi("PAPER_LIST_SUBJECT_DECISION", { who: who(wardDecides), year: input.year, ward: c.wardText }),
      ),
    );
  if (any(proposed))
    out.push(
      proposal(input, proposed),
      list(
        input,
        "proposalList",
        proposed,
        vi("PAPER_LIST_SUBJECT_PROPOSAL", { who: who(proposed), year: input.year, ward: c.wardText }),
      ),
    );
  return out;
}

function common(input: PapersInput) {
  const s = input.settings;
  const ward = textSetting(s, "WARD_NAME");
  return {
    ward,
    wardText: wardInText(ward),
    place: textSetting(s, "PLACE"),
    parent: textSetting(s, "ISSUER_PARENT"),
    issuer: textSetting(s, "ISSUER_NAME"),
    chair: textSetting(s, "CHAIR_NAME"),
    councilChair: memberOf(input.members, "CHU_TICH"),
    secretary: memberOf(input.members, "UV_THUONG_TRUC"),
  };
}

function councilHead(input: PapersInput, doc: DocBuilder, symbol: string, kind: string, subject: string): void {
  const c = common(input);
  // The chủ quản line may abbreviate "Ủy ban nhân dân" (NĐ 30/2020 Phụ lục I): written in full beside the
  // quốc hiệu it ran into it.
  const parent = /^ủy ban nhân dân$/i.test(c.issuer.normalize("NFC").trim()) ? "UBND" : c.issuer;
  writeDocumentHead(doc, GRID, {
    parent: `${parent} ${c.ward}`,
    issuer: [vi("PAPER_COUNCIL")],
    number: "",
    symbol,
    place: c.place,
    date: input.today,
    kind,
    subject,
  });
  doc.blank();
}

function minutes(input: PapersInput, qualified: readonly AwardsRow[], units: readonly CollectiveRow[]): SheetSpec {
  const c = common(input);
  const doc = new DocBuilder(WIDTHS);
  const subject = units.length ? "PAPER_MINUTES_SUBJECT_ALL" : "PAPER_MINUTES_SUBJECT";
  councilHead(input, doc, "BB-HĐTĐKT", vi("PAPER_MINUTES_KIND"), vi(subject, { year: input.year }));
  const voted = input.rows.filter((r) => r.yes !== undefined);
  const members = input.members.length;
  const present = voted.length ? Math.max(...voted.map((r) => r.present ?? 0)) : undefined;
  doc.line(vi("PAPER_MINUTES_TIME", { year: input.year }));
  doc.line(
    vi("PAPER_MINUTES_MEMBERS", {
      ward: c.wardText,
      members,
      present: present ?? "......",
      absent: present === undefined ? "......" : Math.max(0, members - present),
    }),
  );
  doc.line(
    vi("PAPER_MINUTES_CHAIR", {
      name: c.councilChair?.name ?? "......",
      role: "Chủ tịch Hội đồng",
      secretary: c.secretary?.name ?? "......",
    }),
  );
  doc.blank();
  const titles = PERSON_TITLES.filter((t) => voted.some((r) => r.title === t));
  if (titles.length) {
    doc.line(vi("PAPER_MINUTES_BODY", { year: input.year, titles: titles.map((t) => `“${PERSON_TITLE_NAMES[t]}”`).join(", ") }));
    const cols: GridColumn[] = [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 1 },
      { col: 2, cols: 2, hAlign: "center" },
      { col: 4, cols: 1, hAlign: "center" },
      { col: 5, cols: 1, hAlign: "center", format: PERCENT },
      { col: 6, cols: 2 },
    ];
    doc.table(
      cols,
      [
        vi("PAPER_COL_NO"),
        vi("PAPER_COL_NAME"),
        vi("PAPER_COL_TITLE"),
        vi("PAPER_COL_YES"),
        vi("PAPER_COL_SHARE"),
        vi("PAPER_COL_RESULT"),
      ],
      voted.map((r, i): CellInput[] => [
        i + 1,
        r.name,
        PERSON_TITLE_SHORT[r.title],
        `${r.yes}/${r.denominator ?? ""}`,
        r.share ?? null,
        outcomeText(r),
      ]),
    );
  } else doc.line(vi("PAPER_MINUTES_NO_VOTE"));
  doc.blank();
  doc.line(
    vi("PAPER_MINUTES_RESULT", {
      ldtt: qualified.filter((r) => r.title === "LDTT").length,
      cstdcs: qualified.filter((r) => r.title === "CSTDCS").length,
    }),
  );
  const unitParts = COLLECTIVE_TITLES.flatMap((t) => {
    const n = units.filter((u) => u.title === t).length;
    return n ? [vi("PAPER_MINUTES_UNITS_PART", { count: n, noun: UNIT_NOUN[t], title: COLLECTIVE_TITLE_NAMES[t] })] : [];
  });
  if (unitParts.length) doc.line(vi("PAPER_MINUTES_UNITS", { parts: unitParts.join("; ") }));
  doc.line(vi("PAPER_MINUTES_CLOSE"));
  // Two signatures side by side: the secretary on the left, the council's chair on the right.
  doc.blank();
  const top = doc.next;
  const center = { hAlign: "center" as const, bold: true };
  doc.put(top, GRID.left, vi("PAPER_SECRETARY"), center);
  doc.put(top, GRID.right, vi("PAPER_COUNCIL_CHAIR"), center);
  doc.blank(4);
  const nameRow = doc.next;
  doc.put(nameRow, GRID.left, c.secretary?.name ?? "", center);
  doc.put(nameRow, GRID.right, c.councilChair?.name ?? "", center);
  return spec(doc, "minutes", input);
}

function outcomeText(r: AwardsRow): string {
  return r.outcome === "QUALIFIED"
    ? "Đạt"
    : r.outcome === "VOTE_SHORT"
      ? "Không đạt tỷ lệ phiếu"
      : r.outcome === "OVER_QUOTA"
        ? "Vượt tỷ lệ"
        : "";
}

function titleCounts(doc: DocBuilder, b: Batch): void {
  for (const t of PERSON_TITLES) {
    const n = b.people.filter((r) => r.title === t).length;
    if (n) doc.line(vi("PAPER_TITLE_COUNT", { title: PERSON_TITLE_NAMES[t], count: n }));
  }
  for (const t of COLLECTIVE_TITLES) {
    const n = b.units.filter((u) => u.title === t).length;
    if (n) doc.line(vi("PAPER_UNIT_TITLE_COUNT", { title: COLLECTIVE_TITLE_NAMES[t], count: n, noun: UNIT_NOUN[t] }));
  }
}

/** A 6 | B 30 | C 46 grid: the list's columns need no merge, so a list of a province's people writes fast. */
const LIST_WIDTHS = [6, 30, 46];

/**
 * Danh sách kèm theo: a sheet of its own, one group per title. Cells carry no style of their own: a few
 * range styles cover the table, since per-cell styles and merges cost the hosts time at 100,000 rows.
 */
function list(input: PapersInput, key: PaperKey, batch: Batch, subject: string): SheetSpec {
  const rows = batch.people;
  const doc = new DocBuilder(LIST_WIDTHS);
  const head = doc.line(vi("PAPER_LIST_KIND"), { bold: true, fontSize: 14, hAlign: "center" });
  doc.heights[head] = 22;
  doc.line(subject, { italic: true, hAlign: "center" });
  let n = 0;
  for (const t of PERSON_TITLES) {
    const group = rows.filter((r) => r.title === t);
    if (!group.length) continue;
    n++;
    doc.blank();
    doc.line(vi("PAPER_LIST_GROUP", { n, title: PERSON_TITLE_NAMES[t], count: group.length }), { bold: true });
    const top = doc.next;
    const header = [vi("PAPER_COL_NO"), vi("PAPER_COL_NAME"), vi("PAPER_COL_POSITION")];
    header.forEach((h, col) => doc.put(top, { col, cols: 1 }, h));
    group.forEach((r, i) => {
      const where = positionAndUnit(r.position, r.unit);
      doc.put(top + 1 + i, { col: 0, cols: 1 }, i + 1);
      doc.put(top + 1 + i, { col: 1, cols: 1 }, r.name);
      doc.put(top + 1 + i, { col: 2, cols: 1 }, where);
      doc.fitHeight(top + 1 + i, r.name, { col: 1, cols: 1 });
      if (where.length > 40) doc.fitHeight(top + 1 + i, where, { col: 2, cols: 1 });
    });
    tableStyles(doc, top, group.length);
  }
  for (const t of COLLECTIVE_TITLES) {
    const group = batch.units.filter((u) => u.title === t);
    if (!group.length) continue;
    n++;
    doc.blank();
    doc.line(vi("PAPER_LIST_GROUP_UNITS", { n, title: COLLECTIVE_TITLE_NAMES[t], count: group.length, noun: UNIT_NOUN[t] }), {
      bold: true,
    });
    const top = doc.next;
    const header = [vi("PAPER_COL_NO"), vi("PAPER_COL_UNIT"), vi("PAPER_COL_NOTE")];
    header.forEach((h, col) => doc.put(top, { col, cols: 1 }, h));
    group.forEach((u, i) => {
      const note =
        u.members !== undefined && u.ldtt !== undefined ? vi("PAPER_UNIT_LDTT", { ldtt: u.ldtt, members: u.members }) : "";
      doc.put(top + 1 + i, { col: 0, cols: 1 }, i + 1);
      doc.put(top + 1 + i, { col: 1, cols: 1 }, u.name);
      doc.put(top + 1 + i, { col: 2, cols: 1 }, note);
      // A unit's full name ("Trường Trung học cơ sở Nam Cường") is longer than the column: it wraps.
      doc.fitHeight(top + 1 + i, u.name, { col: 1, cols: 1 });
    });
    tableStyles(doc, top, group.length);
  }
  if (!n) doc.line(vi("PAPER_NONE"), { italic: true });
  return spec(doc, key, input);
}

/**
 * "Chức vụ, đơn vị công tác" as a ward office writes it: the unit is left out when the position already
 * names it ("Công chức Văn phòng - Thống kê", not "…, Văn phòng - Thống kê").
 */
export function positionAndUnit(position: string, unit: string): string {
  const has = (a: string, b: string) => a.toLocaleLowerCase("vi").includes(b.toLocaleLowerCase("vi"));
  if (position && unit && has(position, unit)) return position;
  return [position, unit].filter((x) => x).join(", ");
}

/** A list table of `count` rows under its header at `top`: a few range styles, no per-cell style. */
function tableStyles(doc: DocBuilder, top: number, count: number): void {
  doc.styles.push(
    { range: { row: top, col: 0, rows: count + 1, cols: 3 }, border: "thin", wrap: true, vAlign: "top" },
    { range: { row: top, col: 0, rows: 1, cols: 3 }, bold: true, hAlign: "center", vAlign: "middle" },
    { range: { row: top + 1, col: 0, rows: count, cols: 1 }, hAlign: "center" },
  );
}

function submission(input: PapersInput, rows: Batch): SheetSpec {
  const c = common(input);
  const doc = new DocBuilder(WIDTHS);
  councilHead(input, doc, "TTr-HĐTĐKT", vi("PAPER_SUBMISSION_KIND"), vi("PAPER_SUBMISSION_SUBJECT", { year: input.year }));
  const to = `Chủ tịch Ủy ban nhân dân ${c.wardText}`;
  doc.line(vi("PAPER_TO", { to }), { hAlign: "center" });
  doc.blank();
  doc.line(vi("PAPER_BASIS_LAW"));
  doc.line(vi("PAPER_BASIS_MINUTES", { ward: c.wardText, year: input.year }));
  doc.line(
    vi("PAPER_SUBMISSION_ASK", {
      from: `Hội đồng Thi đua - Khen thưởng ${c.wardText}`,
      to,
      year: input.year,
      whom: whom(rows),
    }),
  );
  titleCounts(doc, rows);
  doc.line(vi("PAPER_SEE_LIST", { to }));
  writeDocumentFoot(doc, GRID, {
    recipients: ["Như trên", vi("SUM_RECIPIENT_FILE")],
    authority: `TM. ${vi("PAPER_COUNCIL")}`,
    position: "CHỦ TỊCH",
    signer: c.councilChair?.name ?? "",
  });
  return spec(doc, "submission", input);
}

function decision(input: PapersInput, batch: Batch): SheetSpec {
  const rows = batch.people;
  const c = common(input);
  const doc = new DocBuilder(WIDTHS);
  doc.line(vi("PAPER_DRAFT"), { bold: true, italic: true, hAlign: "right" });
  writeDocumentHead(doc, GRID, {
    parent: c.parent,
    issuer: [c.issuer, c.ward],
    number: "",
    symbol: "QĐ-UBND",
    place: c.place,
    // The draft is dated the day the decision is to be signed (AWARD_DECISION_DATE), the day its powers
    // and conditions are read on; the council's papers before it keep the day they are printed.
    date: input.decisionDate,
    kind: vi("PAPER_DECISION_KIND"),
    subject: vi("PAPER_DECISION_SUBJECT", { year: input.year }),
  });
  doc.blank();
  doc.line(vi("PAPER_DECISION_AUTHORITY", { ward: c.ward.toLocaleUpperCase("vi") }), { bold: true, hAlign: "center" });
  doc.blank();
  doc.line(vi("PAPER_BASIS_LAW"));
  const powers = new Set<string>();
  const held = [
    ...PERSON_TITLES.filter((t) => rows.some((r) => r.title === t)),
    ...COLLECTIVE_TITLES.filter((t) => batch.units.some((u) => u.title === t)),
  ];
  for (const t of held) {
    const d = deciderOf(t, input.decisionDate);
    // A basis may cite several texts ("…; …"): each is cited once, however many titles rest on it.
    if (d) for (const cited of d.basis.split(";")) powers.add(cited.trim());
  }
  for (const p of powers) doc.line(vi("PAPER_DECISION_BASIS_POWER", { power: p }));
  doc.line(vi("PAPER_DECISION_BASIS_SUBMISSION", { ward: c.wardText }));
  doc.blank();
  doc.line(vi("PAPER_DECIDES"), { bold: true, hAlign: "center" });
  const parts = [
    ...PERSON_TITLES.filter((t) => rows.some((r) => r.title === t)).map((t) =>
      vi("PAPER_ARTICLE_1_PART", { title: PERSON_TITLE_NAMES[t], count: rows.filter((r) => r.title === t).length }),
    ),
    ...COLLECTIVE_TITLES.filter((t) => batch.units.some((u) => u.title === t)).map((t) =>
      vi("PAPER_ARTICLE_1_PART_UNITS", {
        title: COLLECTIVE_TITLE_NAMES[t],
        count: batch.units.filter((u) => u.title === t).length,
        noun: UNIT_NOUN[t],
      }),
    ),
  ].join("; ");
  doc.line(vi("PAPER_ARTICLE_1", { year: input.year, whom: whom(batch), parts }));
  doc.line(vi("PAPER_ARTICLE_2"));
  doc.line(vi(batch.units.length ? "PAPER_ARTICLE_3_UNITS" : "PAPER_ARTICLE_3"));
  writeDocumentFoot(doc, GRID, {
    recipients: [vi("PAPER_RECIPIENT_AWARDED"), vi("SUM_RECIPIENT_FILE")],
    authority: "",
    position: "CHỦ TỊCH",
    signer: c.chair,
  });
  return spec(doc, "decision", input);
}

function proposal(input: PapersInput, rows: Batch): SheetSpec {
  const c = common(input);
  const s = input.settings;
  const doc = new DocBuilder(WIDTHS);
  writeDocumentHead(doc, GRID, {
    parent: c.parent,
    issuer: [c.issuer, c.ward],
    number: "",
    symbol: "TTr-UBND",
    place: c.place,
    date: input.today,
    kind: vi("PAPER_SUBMISSION_KIND"),
    subject: vi("PAPER_SUBMISSION_SUBJECT", { year: input.year }),
  });
  doc.blank();
  const to = textSetting(s, "HIGHER_LEVEL");
  doc.line(vi("PAPER_TO", { to }), { hAlign: "center" });
  doc.blank();
  doc.line(vi("PAPER_BASIS_LAW"));
  doc.line(vi("PAPER_BASIS_MINUTES", { ward: c.wardText, year: input.year }));
  doc.line(
    vi("PAPER_SUBMISSION_ASK", {
      from: vi("PAPER_PROPOSAL_FROM", { ward: c.wardText }),
      to,
      year: input.year,
      whom: whom(rows),
    }),
  );
  titleCounts(doc, rows);
  doc.line(vi("PAPER_SEE_LIST", { to }));
  writeDocumentFoot(doc, GRID, {
    recipients: ["Như trên", vi("SUM_RECIPIENT_FILE")],
    authority: textSetting(s, "SIGN_AUTHORITY"),
    position: textSetting(s, "SIGN_POSITION"),
    signer: c.chair,
  });
  return spec(doc, "proposal", input);
}
