/** The title catalogue (`Danh hiệu`): which titles a unit or a person may register for, and who decides (research §3.2). */
import { fold } from "./codes";
import type { SubjectKind } from "./types";

export interface Title {
  code: string;
  name: string;
  /** Collective titles go to units, individual titles to people. */
  kind: SubjectKind;
  /** Who awards it; the ward only proposes what a higher level decides. */
  decidedBy: string;
  basis?: string;
  note?: string;
  row?: number;
}

export function defaultTitles(): Title[] {
  return [
    {
      code: "TTLDTT",
      name: "Tập thể lao động tiên tiến",
      kind: "unit",
      decidedBy: "Chủ tịch UBND phường",
      basis: "Luật TĐKT 2022 Điều 28 [M]",
    },
    {
      code: "TTLDXS",
      name: "Tập thể lao động xuất sắc",
      kind: "unit",
      decidedBy: "Chủ tịch UBND tỉnh (phường đề nghị)",
      basis: "Luật TĐKT 2022 Điều 27 [M]",
    },
    { code: "TDPVH", name: "Tổ dân phố văn hóa", kind: "unit", decidedBy: "Chủ tịch UBND phường", basis: "NĐ 86/2023 [M]" },
    {
      code: "GK_TT",
      name: "Giấy khen tập thể",
      kind: "unit",
      decidedBy: "Chủ tịch UBND phường",
      basis: "Luật TĐKT 2022 Điều 74 [M]",
    },
    {
      code: "BK_TT",
      name: "Bằng khen tập thể (đề nghị)",
      kind: "unit",
      decidedBy: "Chủ tịch UBND tỉnh (phường đề nghị)",
      basis: "đợt đặc biệt, tổng kết năm",
    },
    {
      code: "LDTT",
      name: "Lao động tiên tiến",
      kind: "person",
      decidedBy: "Chủ tịch UBND phường",
      basis: "Luật TĐKT 2022 Điều 24 [V]",
    },
    {
      code: "CSTDCS",
      name: "Chiến sĩ thi đua cơ sở",
      kind: "person",
      decidedBy: "Chủ tịch UBND phường",
      basis: "Luật TĐKT 2022 Điều 23 [M]",
    },
    {
      code: "GK_CN",
      name: "Giấy khen cá nhân",
      kind: "person",
      decidedBy: "Chủ tịch UBND phường",
      basis: "Luật TĐKT 2022 Điều 74 [M]",
    },
    {
      code: "BK_CN",
      name: "Bằng khen cá nhân (đề nghị)",
      kind: "person",
      decidedBy: "Chủ tịch UBND tỉnh (phường đề nghị)",
      basis: "đợt đặc biệt, tổng kết năm",
    },
  ];
}

/** Finds a title by its code or its name as people type it (case, accents and spacing forgiven). */
export function findTitle(titles: readonly Title[], typed: string): Title | undefined {
  const f = fold(typed);
  if (!f) return undefined;
  return titles.find((t) => fold(t.code) === f || fold(t.name) === f);
}

export const SUBJECT_LABELS: Readonly<Record<SubjectKind, string>> = { unit: "Tập thể", person: "Cá nhân" };

export function parseSubjectKind(typed: string): SubjectKind | undefined {
  const f = fold(typed);
  if (["tap the", "don vi", "unit", "collective", "tt"].includes(f)) return "unit";
  if (["ca nhan", "person", "individual", "cn"].includes(f)) return "person";
  return undefined;
}
