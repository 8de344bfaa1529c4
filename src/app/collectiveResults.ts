/**
 * The collective titles of the year from one snapshot: each unit's members on `Cá nhân`, its households on
 * the register and its tier in the year's bình xét (the ranking `Xếp hạng` shows), through the domain rule
 * (collectiveTitle). Shared by `collective`, which writes `Danh hiệu tập thể`, and `awards`, whose papers
 * list the units that qualify: one computation, so the two never disagree.
 */
import { meetsLdtt } from "../domain/awards/conditions";
import type { Person } from "../domain/awards/model";
import { rankRound, rankingInputOfRound } from "../domain/ranking";
import type { Settings } from "../domain/settings";
import { anyScore, rankedUnits } from "../domain/summary";
import { collectiveTitle, collectiveTitleOf, type CollectiveResult } from "../domain/units/titles";
import { sheetKey } from "../shared/sheetNames";
import { HOUSEHOLD_SHEET, readHouseholds } from "../sheets/households";
import { SHEET } from "../sheets/names";
import { readPeople } from "../sheets/people";
import type { SheetInfo, Snapshot } from "../workbook/port";
import { judgeSheetInfos, roundInputsFrom } from "./roundInputs";
import { COMMON_SHEETS } from "./summaryModels";
import { planYear } from "./workbookPlan";

/** The sheets the collective titles are read from, by name; the year's judge sheets come by collectivePick. */
export const COLLECTIVE_READS: readonly string[] = [...COMMON_SHEETS, SHEET.people, HOUSEHOLD_SHEET];

/** The judge sheets of the year's round (NAM), wherever prepare put them. */
export function collectivePick(sheets: readonly SheetInfo[]): string[] {
  return judgeSheetInfos("NAM", sheets).map((j) => j.name);
}

export interface CollectiveComputed {
  results: CollectiveResult[];
  /** Each unit's tier in the year's bình xét (null: not ranked); empty when the round has no score yet. */
  tiers: Map<string, string | null>;
  /** Whether the year's round has any score. */
  scored: boolean;
  settings: Settings;
}

/** `people`: `Cá nhân` as the caller read it already (awards), so a province's list is not parsed twice. */
export function collectiveResultsOf(snapshot: Snapshot, people?: readonly Person[]): CollectiveComputed {
  const inputs = roundInputsFrom(snapshot, "NAM");
  const settings = inputs.masters.settings;
  const year = planYear(settings);
  const data = (name: string) => snapshot.data.find((d) => sheetKey(d.name) === sheetKey(name));
  const peopleData = data(SHEET.people);
  const members = new Map<string, Person[]>();
  for (const p of people ?? (peopleData ? readPeople(peopleData).people : [])) {
    const list = members.get(p.unit);
    if (list) list.push(p);
    else members.set(p.unit, [p]);
  }
  const householdData = data(HOUSEHOLD_SHEET);
  const households = householdData ? readHouseholds(householdData).households : [];
  const ranking = inputs.judgeSheets.length ? rankRound(rankingInputOfRound(inputs.input)) : undefined;
  const scored = ranking !== undefined && anyScore(ranking);
  const tiers = new Map<string, string | null>(scored ? rankedUnits(ranking).map((u) => [u.unitCode, u.tier]) : []);
  const results = inputs.masters.units
    .filter((u) => collectiveTitleOf(u) !== undefined)
    .map((unit) => {
      const own = households.filter((h) => h.tdp === unit.code);
      return collectiveTitle(
        {
          unit,
          members: members.get(unit.code) ?? [],
          meetsLdtt: (p) => meetsLdtt(p, year, settings),
          tier: scored ? (tiers.get(unit.code) ?? null) : undefined,
          ...(unit.type === "TDP"
            ? { households: { total: own.length, passed: own.filter((h) => h.result === "DAT").length } }
            : {}),
        },
        settings,
      );
    });
  return { results, tiers, scored, settings };
}
