/** What validateRound reads: the round's records, already parsed by the sheet layer. Pure data. */
import type { Settings } from "../settings";
import type { Title } from "../titles";
import type { Criterion, Finding, Member, Registration, RoundCode, Unit } from "../types";
import type { JudgeSheet } from "./judgeSheet";

/** Where each checked field sits, so a finding names the exact cell (sheet name + column letters). */
export interface InputLayout {
  /** `head`: the "Người đứng đầu" column. */
  units: { sheet: string; code: string; name: string; block: string; head?: string };
  council: { sheet: string; code: string; units: string };
  registrations: {
    sheet: string;
    round: string;
    kind: string;
    unit: string;
    person: string;
    title: string;
    date: string;
    covenant: string;
  };
  criteria: { sheet: string; code: string; group: string; max: string; kind: string };
  settingsSheet: string;
  /** Cell of each setting's value on the settings sheet ("C9"), when known. */
  settingCells?: Readonly<Record<string, string>>;
}

export interface RoundInput {
  round: RoundCode;
  units: Unit[];
  members: Member[];
  settings: Settings;
  criteria: Criterion[];
  titles: Title[];
  registrations: Registration[];
  judgeSheets: JudgeSheet[];
  /** Known khối codes; when absent or empty, only a blank khối is unknown. */
  blocks?: string[];
  /** Findings the readers made while reading cells they could not parse; passed through. */
  readFindings?: Finding[];
  /** Whether the criteria and registration sheets exist (absent ones are reported once, not row by row). */
  present?: { criteria: boolean; registrations: boolean };
  layout: InputLayout;
  /** Findings listed per rule and sheet before a summary line takes over; keeps a province round readable. */
  findingCap?: number;
}
