/** The year's plan as data: what the seed document says, typed. Filled in plan/seed2024.ts. */
import type { PeriodCode, RoundCode } from "../types";

/** What a task asks for; the "Loại" column of `Kế hoạch`. */
export type TaskKind =
  | "plan" // xây dựng, triển khai kế hoạch
  | "organisation" // kiện toàn, phân công, quy chế
  | "launch" // phát động đợt / phong trào
  | "covenant" // ký giao ước
  | "registration" // tổng hợp đăng ký
  | "dissemination" // tuyên truyền, phổ biến
  | "monitoring" // theo dõi, đôn đốc
  | "guidance" // hướng dẫn bình xét
  | "evaluation" // bình xét, thẩm định, xét khen
  | "report" // báo cáo, sơ kết, tổng kết
  | "ceremony" // hội nghị tuyên dương, trao thưởng
  | "dossier" // hoàn thiện, gửi hồ sơ
  | "implementation"; // thực hiện phong trào

export interface PlanTask {
  /** Stable id, e.g. "T01-03" (month 1, third task): the key that keeps a person's Trạng thái and Ghi chú across re-runs. */
  id: string;
  quarter: 1 | 2 | 3 | 4;
  month: number;
  /** The task as the plan words it (one duty; a bullet that packs two duties is split in two tasks). */
  text: string;
  kind: TaskKind;
  round?: RoundCode;
  /** Movement codes (see PlanMovement.code): usually one; a bullet that names several movements links each. */
  movements?: string[];
  period?: PeriodCode;
  /** Who leads it ("Chủ trì"); the plan assigns most tasks to the council's standing office. */
  lead: string;
  /** Why a link was inferred or a bullet split, in Vietnamese, for the clerk. */
  note?: string;
  /** Read from `Kế hoạch`: its Trạng thái is a closed one (Hoàn thành, Không thực hiện), so it is not overdue. */
  done?: boolean;
}

export type MovementKind = "comprehensive" | "sectoral" | "thematic" | "event";

export interface PlanMovement {
  /** e.g. "TD" (toàn diện), "CCHC", "GDDT", "DODN", "BVANTQ", "QPTD", "LV06", "CD" */
  code: string;
  name: string;
  kind: MovementKind;
  /** Months the plan launches or reviews it in. */
  launchMonth?: number;
  reviewMonths: number[];
  note?: string;
}

export interface PlanRound {
  code: RoundCode;
  name: string;
  /** Occasions the round celebrates, as the plan lists them. */
  occasions: string[];
  launchMonth?: number;
  /** Month(s) of the bình xét as the plan states them. */
  evaluationMonths: number[];
  /** Report period the round's results fold into. */
  period: PeriodCode;
  note?: string;
  /** Fields the plan does not state but that were filled from its context (explained in note). */
  inferred?: ReadonlyArray<"launchMonth" | "evaluationMonths">;
}

export interface PlanPeriod {
  code: PeriodCode;
  name: string;
  /** Cumulative from January to this month. */
  endMonth: number;
  /** Month the plan reports it in. */
  reportMonth: number;
  note?: string;
}

export interface CitedDocument {
  /** As the plan writes it, e.g. "91/2017/NĐ-CP". */
  number: string;
  kind: string;
  date?: string; // dd/mm/yyyy
  issuer: string;
  title: string;
  /** How the plan uses it: basis of the plan ("căn cứ") or a text to disseminate. */
  role: "basis" | "dissemination";
  /** Number the legal catalogue knows it by, when the plan names the text without its number. */
  catalogRef?: string;
}

export type LegalStatus = "in-force" | "replaced" | "amended" | "expired";

export interface LegalDocument {
  number: string;
  kind: string;
  date?: string;
  issuer: string;
  title: string;
  status: LegalStatus;
  /** From when the status holds, dd/mm/yyyy. */
  statusFrom?: string;
  /** Numbers of the texts that replace it. */
  replacedBy: string[];
  /** dd/mm/yyyy; before it the text is not yet in force. Absent: in force from its date. */
  inForceFrom?: string;
  note?: string;
  /** Where the status was verified, or "[M]" when it was not. */
  source: string;
}

/** A numbered group of part III (Tổ chức thực hiện): who it addresses, as the plan heads it, and their duties. */
export interface OrganisationGroup {
  heading: string;
  duties: string[];
}

export interface Plan {
  issuer: string;
  /** e.g. "UBND phường Nam Cường" */
  issuerShort: string;
  year: number;
  title: string;
  cited: CitedDocument[];
  purposes: string[];
  tasks: PlanTask[];
  rounds: PlanRound[];
  periods: PlanPeriod[];
  movements: PlanMovement[];
  councilDuties: string[];
  unitDuties: string[];
  /**
   * Part III by its numbered groups, under the plan's own headings. Absent: the council's duties and the
   * units' duties are its two groups (councilDuties is the first group, unitDuties the others).
   */
  organisation?: OrganisationGroup[];
  /** The closing paragraph ("Trên đây là kế hoạch …"). */
  closing?: string;
  recipients: string[];
  signer: { on_behalf: string; title: string; name: string };
}
