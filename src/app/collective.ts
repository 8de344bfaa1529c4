/**
 * "Danh hiệu tập thể": each unit's collective title from its members on `Cá nhân` (collected from its form
 * or typed), its households on the register, and its tier in the year's bình xét (the same ranking
 * `Xếp hạng` shows). One read, one compute, one write.
 */
import { conditionsOf } from "../domain/awards/conditions";
import type { Person } from "../domain/awards/model";
import { rankRound, rankingInputOfRound } from "../domain/ranking";
import { rankedUnits, anyScore } from "../domain/summary";
import { textSetting } from "../domain/settings";
import { collectiveTitle, type CollectiveResult } from "../domain/units/titles";
import { msg } from "../i18n";
import { sheetKey } from "../shared/sheetNames";
import { buildCollectiveSheet } from "../sheets/collective";
import { HOUSEHOLD_SHEET, readHouseholds } from "../sheets/households";
import { SHEET } from "../sheets/names";
import { readPeople } from "../sheets/people";
import { takeSnapshot } from "../workbook/snapshot";
import { judgeSheetInfos, roundInputsFrom } from "./roundInputs";
import { writeSafely } from "./safeWrite";
import { COMMON_SHEETS } from "./summaryModels";
import type { CommandContext, CommandResult } from "./types";
import { planYear } from "./workbookPlan";

export async function collectiveCommand(ctx: CommandContext): Promise<CommandResult> {
  ctx.progress?.(0, 3, "PROGRESS_READ");
  const snapshot = await takeSnapshot(ctx.wb, {
    read: [...COMMON_SHEETS, SHEET.people, HOUSEHOLD_SHEET],
    pick: (sheets) => judgeSheetInfos("NAM", sheets).map((j) => j.name),
    replaces: (m) => m.command === "collective",
  });
  ctx.progress?.(1, 3, "PROGRESS_COMPUTE");
  const inputs = roundInputsFrom(snapshot, "NAM");
  const settings = inputs.masters.settings;
  const year = planYear(settings);
  const data = (name: string) => snapshot.data.find((d) => sheetKey(d.name) === sheetKey(name));
  const peopleData = data(SHEET.people);
  const people: Person[] = peopleData ? readPeople(peopleData).people : [];
  const householdData = data(HOUSEHOLD_SHEET);
  const households = householdData ? readHouseholds(householdData).households : [];
  const ranking = inputs.judgeSheets.length ? rankRound(rankingInputOfRound(inputs.input)) : undefined;
  const scored = ranking !== undefined && anyScore(ranking);
  const tiers = new Map<string, string | null>(scored ? rankedUnits(ranking).map((u) => [u.unitCode, u.tier]) : []);
  const ldttConditions = conditionsOf("LDTT");
  const context = { year, settings, initiativesOf: () => [], meetsLdtt: (): boolean => false };
  const meetsLdtt = (p: Person) => ldttConditions.every((c) => c.check(p, context).kind !== "unmet");
  const results: CollectiveResult[] = inputs.masters.units.map((unit) => {
    const own = households.filter((h) => h.tdp === unit.code);
    return collectiveTitle(
      {
        unit,
        members: people.filter((p) => p.unit === unit.code),
        meetsLdtt,
        tier: scored ? (tiers.get(unit.code) ?? null) : undefined,
        ...(unit.type === "TDP"
          ? { households: { total: own.length, passed: own.filter((h) => h.result === "DAT").length } }
          : {}),
      },
      settings,
    );
  });
  ctx.progress?.(2, 3, "PROGRESS_WRITE");
  const spec = buildCollectiveSheet(results, tiers, textSetting(settings, "WARD_NAME"));
  const written = await writeSafely(ctx, [spec], { snapshot });
  ctx.progress?.(3, 3, "PROGRESS_DONE");
  const count = (o: CollectiveResult["outcome"]) => results.filter((r) => r.outcome === o).length;
  const messages = [
    msg("COLL_WRITTEN", {
      sheet: written.names.get(spec.name) ?? spec.name,
      eligible: count("eligible"),
      not: count("not-eligible"),
      pending: count("pending"),
    }),
  ];
  if (!scored) messages.push(msg("COLL_NO_ROUND"));
  return { ok: true, sheets: written.outcomes, messages: [...written.messages, ...messages], findings: [] };
}
