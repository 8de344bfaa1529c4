/**
 * Which legal texts are in force on a given date, and what replaced the ones that are not: the plan cites
 * texts that were replaced from 2024, and the clerk must see that before re-issuing it.
 *
 * Each entry says where its status was checked: [V] with the source named in the domain research §3.1,
 * or [M] (from memory, to be checked against vbpl.vn / thuvienphapluat.vn). Dates are dd/mm/yyyy as in
 * the documents themselves.
 */
import { fold } from "../codes";
import { msg, type Bilingual, type MessageCode } from "../../i18n";
import type { CitedDocument, LegalDocument, LegalStatus } from "./model";
import { formatDate } from "../../shared/dates";

const SRC_LAW_2022 =
  "[V] vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2022/chuong-ii-761.html (số hiệu, ngày thông qua, ngày hiệu lực)";
const SRC_LAOCAI =
  "[V] thanhtra.laocai.gov.vn/thi-dua-khen-thuong/quy-dinh-mot-so-noi-dung-ve-cong-tac-thi-dua-khen-thuong-tren-dia-ban-tinh-lao-cai-1276438";
const SRC_ND86 = "[V] nguoihanoi.vn/…-79919.html; binhkieu.khoaichau.hungyen.gov.vn/ViewDetail/1392.aspx";
const SRC_OLD_LAW_DATES = "[V] ngày ban hành theo phần căn cứ của QĐ 31/2020/QĐ-UBND tỉnh Phú Yên (phapluatcongdong.vn)";

export const LEGAL_CATALOGUE: readonly LegalDocument[] = [
  // ── Laws ──
  {
    number: "15/2003/QH11",
    kind: "Luật",
    date: "26/11/2003",
    issuer: "Quốc hội",
    title: "Luật Thi đua, khen thưởng",
    status: "replaced",
    statusFrom: "01/01/2024",
    replacedBy: ["06/2022/QH15"],
    source: `${SRC_OLD_LAW_DATES}; [M] số hiệu; [M] bị thay thế khi Luật 06/2022/QH15 có hiệu lực`,
  },
  {
    number: "47/2005/QH11",
    kind: "Luật",
    date: "14/06/2005",
    issuer: "Quốc hội",
    title: "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng",
    status: "replaced",
    statusFrom: "01/01/2024",
    replacedBy: ["06/2022/QH15"],
    source: `${SRC_OLD_LAW_DATES}; [M] số hiệu; [M] bị thay thế khi Luật 06/2022/QH15 có hiệu lực`,
  },
  {
    number: "39/2013/QH13",
    kind: "Luật",
    date: "16/11/2013",
    issuer: "Quốc hội",
    title: "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng",
    status: "replaced",
    statusFrom: "01/01/2024",
    replacedBy: ["06/2022/QH15"],
    source: `${SRC_OLD_LAW_DATES}; [M] số hiệu; [M] bị thay thế khi Luật 06/2022/QH15 có hiệu lực`,
  },
  {
    number: "06/2022/QH15",
    kind: "Luật",
    date: "15/06/2022",
    issuer: "Quốc hội",
    title: "Luật Thi đua, khen thưởng",
    status: "in-force",
    inForceFrom: "01/01/2024",
    replacedBy: [],
    source: SRC_LAW_2022,
  },
  // ── Decrees ──
  {
    number: "91/2017/NĐ-CP",
    kind: "Nghị định",
    date: "31/07/2017",
    issuer: "Chính phủ",
    title: "Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    status: "replaced",
    statusFrom: "01/01/2024",
    replacedBy: ["98/2023/NĐ-CP"],
    source: `${SRC_LAOCAI} (NĐ 98/2023 thay thế); [M] ngày hiệu lực 01/01/2024`,
  },
  {
    number: "98/2023/NĐ-CP",
    kind: "Nghị định",
    date: "31/12/2023",
    issuer: "Chính phủ",
    title: "Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    status: "in-force",
    inForceFrom: "01/01/2024",
    replacedBy: [],
    source: `${SRC_LAOCAI} (ngày ban hành); [M] ngày hiệu lực 01/01/2024`,
  },
  {
    number: "122/2018/NĐ-CP",
    kind: "Nghị định",
    date: "17/09/2018",
    issuer: "Chính phủ",
    title:
      "Quy định về xét tặng danh hiệu “Gia đình văn hóa”; “Thôn văn hóa”, “Làng văn hóa”, “Ấp văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa”",
    status: "replaced",
    statusFrom: "30/01/2024",
    replacedBy: ["86/2023/NĐ-CP"],
    source: `${SRC_ND86} (thay thế, ngày hiệu lực); [M] ngày ban hành`,
  },
  {
    number: "86/2023/NĐ-CP",
    kind: "Nghị định",
    date: "07/12/2023",
    issuer: "Chính phủ",
    title:
      "Quy định khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”; “Thôn, tổ dân phố văn hóa”; “Xã, phường, thị trấn tiêu biểu”",
    status: "in-force",
    inForceFrom: "30/01/2024",
    replacedBy: [],
    source: SRC_ND86,
  },
  // ── Circulars ──
  {
    number: "08/2017/TT-BNV",
    kind: "Thông tư",
    date: "27/10/2017",
    issuer: "Bộ Nội vụ",
    title: "Quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP",
    status: "replaced",
    replacedBy: ["12/2019/TT-BNV"],
    source: "[M] ngày ban hành; [M] bị thay thế bởi TT 12/2019/TT-BNV (ngày hiệu lực chưa kiểm chứng)",
  },
  {
    number: "12/2019/TT-BNV",
    kind: "Thông tư",
    date: "04/11/2019",
    issuer: "Bộ Nội vụ",
    title: "Quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP",
    // A detailing text lapses with the decree it details (NĐ 91/2017, from 01/01/2024).
    status: "expired",
    statusFrom: "01/01/2024",
    replacedBy: ["01/2024/TT-BNV"],
    note: "Hết hiệu lực cùng NĐ 91/2017/NĐ-CP mà nó quy định chi tiết.",
    source:
      "[V] ngày ban hành: phần căn cứ của QĐ 31/2020/QĐ-UBND tỉnh Phú Yên (phapluatcongdong.vn); [M] hết hiệu lực 01/01/2024; TT 01/2024/TT-BNV thay thế (nghiên cứu §3.1)",
  },
  {
    number: "01/2024/TT-BNV",
    kind: "Thông tư",
    date: "24/02/2024",
    issuer: "Bộ Nội vụ",
    title: "Quy định biện pháp thi hành Luật Thi đua, khen thưởng",
    status: "in-force",
    replacedBy: [],
    note: "Ngày có hiệu lực chưa kiểm chứng; tạm tính từ ngày ban hành.",
    source: `${SRC_LAOCAI} (ngày ban hành); [M] ngày hiệu lực, trích yếu`,
  },
  // ── Lào Cai province ──
  {
    number: "50/2017/QĐ-UBND",
    kind: "Quyết định",
    date: "29/12/2017",
    issuer: "UBND tỉnh Lào Cai",
    title: "Ban hành quy định một số nội dung về công tác thi đua, khen thưởng trên địa bàn tỉnh Lào Cai",
    status: "replaced",
    statusFrom: "15/07/2024",
    replacedBy: ["14/2024/QĐ-UBND"],
    note: "Đã được sửa đổi, bổ sung bởi QĐ 42/2019/QĐ-UBND.",
    source: SRC_LAOCAI,
  },
  {
    number: "42/2019/QĐ-UBND",
    kind: "Quyết định",
    date: "20/09/2019",
    issuer: "UBND tỉnh Lào Cai",
    title: "Sửa đổi, bổ sung một số điều của quy định ban hành kèm theo Quyết định số 50/2017/QĐ-UBND",
    status: "replaced",
    statusFrom: "15/07/2024",
    replacedBy: ["14/2024/QĐ-UBND"],
    source: "[M] trích yếu; [M] coi như hết hiệu lực cùng QĐ 50/2017/QĐ-UBND khi QĐ 14/2024/QĐ-UBND có hiệu lực",
  },
  {
    number: "14/2024/QĐ-UBND",
    kind: "Quyết định",
    date: "30/06/2024",
    issuer: "UBND tỉnh Lào Cai",
    title: "Ban hành quy định một số nội dung về công tác thi đua, khen thưởng trên địa bàn tỉnh Lào Cai",
    status: "in-force",
    inForceFrom: "15/07/2024",
    replacedBy: [],
    source: SRC_LAOCAI,
  },
  {
    number: "336/KH-UBND",
    kind: "Kế hoạch",
    date: "26/08/2021",
    issuer: "UBND tỉnh Lào Cai",
    title: "Xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2021-2025",
    // A plan for 2021-2025 runs out with its period; the province will issue the next one.
    status: "expired",
    statusFrom: "01/01/2026",
    replacedBy: [],
    source: "[P] hết giai đoạn 2021-2025 ghi trong tên kế hoạch",
  },
  // ── The year's directing documents: in force for the plan year only ──
  {
    number: "03/KH-UBND",
    kind: "Kế hoạch",
    date: "08/01/2024",
    issuer: "UBND thành phố Lào Cai",
    title: "Triển khai công tác thi đua - khen thưởng trên địa bàn thành phố Lào Cai năm 2024",
    status: "expired",
    statusFrom: "01/01/2025",
    replacedBy: [],
    note: "Kế hoạch của năm 2024: kế hoạch năm sau căn cứ văn bản của năm đó.",
    source: "[P] văn bản chỉ đạo theo năm",
  },
  {
    number: "47-NQ/ĐU",
    kind: "Nghị quyết",
    date: "08/01/2024",
    issuer: "Đảng ủy phường Nam Cường",
    title: "Lãnh đạo công tác TĐKT năm 2024",
    status: "expired",
    statusFrom: "01/01/2025",
    replacedBy: [],
    note: "Nghị quyết của năm 2024: kế hoạch năm sau căn cứ nghị quyết của năm đó.",
    source: "[P] văn bản chỉ đạo theo năm",
  },
];

/** Status of a text at a date: the catalogue's statuses, plus the two that only make sense at a date. */
export type StatusAt = LegalStatus | "not-yet-in-force" | "not-listed";

export interface BasisStatus {
  cited: CitedDocument;
  /** The catalogue entry, when the cited text is known. */
  entry?: LegalDocument;
  status: StatusAt;
  /** dd/mm/yyyy from which `status` holds, when known. */
  since?: string;
  /** The texts that take its place, followed down the chain to the newest (empty when none is known yet). */
  replacedBy: LegalDocument[];
  /** True when the clerk must act: the text is no longer in force, or its replacement is already issued. */
  warning: boolean;
  note: Bilingual;
  /** [V] source or [M] of the status. */
  source: string;
}

/** dd/mm/yyyy to a UTC-midnight Date; the catalogue's own dates, so a malformed one is a programming error. */
export function parseDmy(text: string): Date {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) throw new Error(`Not a dd/mm/yyyy date: ${text}`);
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
}

/** Compares the calendar day only, so a time of day in `asOf` does not move a status across midnight. */
function dayOf(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

function numberKey(number: string): string {
  return fold(number).replace(/[\s.]/g, "");
}

/**
 * The catalogue entry for a number, or for a cited text (by its number or catalogRef). Numbers such as
 * "03/KH-UBND" recur every year, so when both sides carry a date the dates must agree too.
 */
export function findLegal(
  ref: string | CitedDocument,
  catalogue: readonly LegalDocument[] = LEGAL_CATALOGUE,
): LegalDocument | undefined {
  const number = typeof ref === "string" ? ref : ref.catalogRef || ref.number;
  const date = typeof ref === "string" ? undefined : ref.date;
  if (!number.trim()) return undefined;
  const key = numberKey(number);
  return catalogue.find(
    (d) => numberKey(d.number) === key && (!date || !d.date || parseDmy(date).getTime() === parseDmy(d.date).getTime()),
  );
}

/** In force from: its own in-force date, else the date it was issued. */
function startOf(doc: LegalDocument): Date | undefined {
  const s = doc.inForceFrom ?? doc.date;
  return s ? parseDmy(s) : undefined;
}

/**
 * When a change of status takes effect: its own date, else the day the first replacing text takes effect.
 * `exact` is false when only the replacement's issue date is known: good enough to decide the status, but
 * not a date to show the clerk.
 */
function changeFrom(doc: LegalDocument, catalogue: readonly LegalDocument[]): { date: Date; exact: boolean } | undefined {
  if (doc.statusFrom) return { date: parseDmy(doc.statusFrom), exact: true };
  const next = doc.replacedBy.map((n) => findLegal(n, catalogue)).filter((d): d is LegalDocument => d !== undefined);
  const starts = next
    .map((d) => ({ date: startOf(d), exact: d.inForceFrom !== undefined }))
    .filter((x): x is { date: Date; exact: boolean } => x.date !== undefined);
  if (!starts.length) return undefined;
  starts.sort((a, b) => a.date.getTime() - b.date.getTime());
  return starts[0];
}

/** A catalogue entry's status on a day. */
export function statusAt(
  doc: LegalDocument,
  asOf: Date,
  catalogue: readonly LegalDocument[] = LEGAL_CATALOGUE,
): { status: StatusAt; since?: string } {
  const day = dayOf(asOf);
  const start = startOf(doc);
  if (start && day < start.getTime()) return { status: "not-yet-in-force", since: undefined };
  if (doc.status !== "in-force") {
    const from = changeFrom(doc, catalogue);
    if (!from || day >= from.date.getTime())
      return {
        status: doc.status,
        since: from?.exact ? formatDate(from.date) : undefined,
      };
  }
  return { status: "in-force", since: start ? formatDate(start) : undefined };
}

/** Replacements that exist (are issued) on the day, followed through replaced or lapsed texts to the newest. */
function replacementsAt(
  doc: LegalDocument,
  asOf: Date,
  catalogue: readonly LegalDocument[],
  seen = new Set<string>(),
): LegalDocument[] {
  seen.add(doc.number);
  const out: LegalDocument[] = [];
  for (const n of doc.replacedBy) {
    const next = findLegal(n, catalogue);
    if (!next || seen.has(next.number)) continue;
    if (next.date && dayOf(asOf) < parseDmy(next.date).getTime()) continue; // not issued yet: nobody could know
    const s = statusAt(next, asOf, catalogue).status;
    const deeper = s === "replaced" || s === "expired" ? replacementsAt(next, asOf, catalogue, seen) : [];
    out.push(...(deeper.length ? deeper : [next]));
  }
  return out;
}

function refList(docs: readonly LegalDocument[]): string {
  return docs.map((d) => `${d.kind} ${d.number}`).join(", ");
}

const STATUS_LABEL: Readonly<Record<StatusAt, MessageCode>> = {
  "in-force": "LEGAL_STATUS_IN_FORCE",
  replaced: "LEGAL_STATUS_REPLACED",
  amended: "LEGAL_STATUS_AMENDED",
  expired: "LEGAL_STATUS_EXPIRED",
  "not-yet-in-force": "LEGAL_STATUS_NOT_YET_IN_FORCE",
  "not-listed": "LEGAL_STATUS_NOT_LISTED",
};

/** The status label shown in the `Căn cứ` sheet's status column. */
export function statusLabel(status: StatusAt): Bilingual {
  return msg(STATUS_LABEL[status]);
}

/**
 * For each cited text, its status on `asOf`, what replaced it, and a note for the clerk.
 * Pure: the catalogue is data and the date is a parameter, so the `Căn cứ` sheet can be checked for any day.
 */
export function basisStatus(
  cited: readonly CitedDocument[],
  asOf: Date,
  catalogue: readonly LegalDocument[] = LEGAL_CATALOGUE,
): BasisStatus[] {
  const date = formatDate(new Date(dayOf(asOf)));
  return cited.map((c): BasisStatus => {
    const entry = findLegal(c, catalogue);
    if (!entry) {
      return {
        cited: c,
        status: "not-listed",
        replacedBy: [],
        warning: false,
        note: msg("BASIS_NOT_LISTED"),
        source: "",
      };
    }
    const { status, since } = statusAt(entry, asOf, catalogue);
    const replacedBy = replacementsAt(entry, asOf, catalogue);
    const by = refList(replacedBy);
    const base = {
      cited: c,
      entry,
      status,
      since,
      replacedBy,
      source: entry.source,
    };
    switch (status) {
      case "in-force": {
        if (replacedBy.length && entry.status !== "in-force") {
          const from = changeFrom(entry, catalogue);
          return {
            ...base,
            warning: true,
            note: msg("BASIS_TO_BE_REPLACED", {
              date,
              by,
              from: from ? formatDate(from.date) : "?",
            }),
          };
        }
        return {
          ...base,
          warning: false,
          note: msg("BASIS_IN_FORCE", { date }),
        };
      }
      case "not-yet-in-force":
        return {
          ...base,
          warning: true,
          note: msg("BASIS_NOT_YET_IN_FORCE", {
            date,
            from: entry.inForceFrom ?? entry.date ?? "?",
          }),
        };
      case "replaced":
      case "amended":
      case "expired": {
        // Message codes: BASIS_<STATUS>[_NODATE][_BY]; "_NODATE" when only an approximate date is known.
        const code = `BASIS_${upper(status)}${since ? "" : "_NODATE"}${by ? "_BY" : ""}` as const;
        return {
          ...base,
          warning: true,
          note: msg(code, { from: since ?? "", by }),
        };
      }
      default:
        return { ...base, warning: true, note: msg("BASIS_NOT_LISTED") };
    }
  });
}

function upper<S extends string>(s: S): Uppercase<S> {
  return s.toUpperCase() as Uppercase<S>;
}
