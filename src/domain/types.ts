/** Core records shared by the domain modules. Pure data: no Office, no exceljs, no DOM. */

/** Rounds as the plan names them: đợt 1, 2, 3, the special round, and the year's evaluation. */
export type RoundCode = "D1" | "D2" | "D3" | "DB" | "NAM";
export const ROUND_CODES: readonly RoundCode[] = ["D1", "D2", "D3", "DB", "NAM"];

/** Report periods; cumulative from January. */
export type PeriodCode = "Q1" | "6T" | "9T" | "NAM";
export const PERIOD_CODES: readonly PeriodCode[] = ["Q1", "6T", "9T", "NAM"];

/** Kinds of participating unit (domain research §4.1). */
export type UnitType = "TDP" | "CHIBO" | "DOANTHE" | "BANNGANH" | "TRUONG" | "COQUAN";
export const UNIT_TYPES: readonly UnitType[] = ["TDP", "CHIBO", "DOANTHE", "BANNGANH", "TRUONG", "COQUAN"];

export type CouncilRole = "CHU_TICH" | "PHO_CHU_TICH" | "UV_THUONG_TRUC" | "UY_VIEN";

export type Severity = "error" | "warning";

/** A problem found in the workbook, pointing at the cell a clerk must look at. */
export interface Finding {
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address, e.g. "D7"; "" when the finding is about a whole sheet. */
  cell: string;
  message_vi: string;
  message_en: string;
}

/** A unit (tập thể) from `Đơn vị`. */
export interface Unit {
  code: string;
  name: string;
  type: UnitType;
  /** Khối thi đua code; units are ranked within their khối only. */
  block: string;
  /** Head of the unit (người đứng đầu), free text. */
  head?: string;
  /** Code of the council member who follows the unit. */
  follower?: string;
  note?: string;
  /** 1-based row in `Đơn vị`, for findings. */
  row?: number;
}

/** A member of the Hội đồng TĐKT, from `Hội đồng`. */
export interface Member {
  code: string;
  name: string;
  /** Used in sheet names ("Chấm điểm Đ1 - <shortName>"). */
  shortName: string;
  /** Main post, e.g. "Chủ tịch UBND phường". */
  position: string;
  role: CouncilRole;
  /** Units the member follows (phụ trách). */
  follows: string[];
  /** Units the member leads or belongs to: a conflict of interest when scoring them. */
  memberOf: string[];
  scores: boolean;
  row?: number;
}

export type CriterionKind = "base" | "bonus" | "deduction" | "veto";

/** One line of `Tiêu chí`. Group headers are criteria with kind "base" and no parent code. */
export interface Criterion {
  code: string;
  /** Group code, e.g. "I"; for a group header it is its own code. */
  group: string;
  text: string;
  /** Maximum points; for a deduction, the largest deduction allowed on one line (0 = no cap). */
  max: number;
  kind: CriterionKind;
  /** Unit types or khối codes it applies to; empty = all. */
  appliesTo: string[];
  /** For group headers: share of the group maximum needed for the gated tiers (e.g. 0.5). */
  groupMinShare?: number;
  isGroup?: boolean;
  row?: number;
}

export type SubjectKind = "unit" | "person";

export interface Registration {
  round: RoundCode;
  subjectKind: SubjectKind;
  unitCode: string;
  /** For a person: their full name; the unit is where they work or live. */
  personName?: string;
  title: string;
  targets?: string;
  date?: Date;
  covenant?: boolean;
  note?: string;
  row?: number;
}
