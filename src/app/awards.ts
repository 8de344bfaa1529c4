/**
 * "Bình xét cuối năm": the year's awards for people, in one read, one compute, one write.
 * - With `ballots`: the candidates of each voted title go on `Kiểm phiếu` (counts already typed are carried
 *   over) and on `Phiếu bầu`, one ballot per member of `Hội đồng`.
 * - Without: `Bình xét năm` (each condition, the vote, the cap, the outcome and its reasons),
 *   `Danh hiệu tập thể` (the collective titles, computed as `collective` computes them, from the same read),
 *   and the papers built from the two sheets as written.
 * It replaces only the sheets it generated; `Cá nhân` and `Sáng kiến` are the clerk's, created empty when
 * absent and never rewritten.
 */
import { checkAwardsInput, type AwardsLayout } from "../domain/awards/validate";
import { decisionDateOf, reviewAwards } from "../domain/awards/review";
import { PERSON_TITLE_SHORT, type Person } from "../domain/awards/model";
import { numberSetting, textSetting } from "../domain/settings";
import type { Finding } from "../domain/types";
import { msg, type Bilingual } from "../i18n";
import { todayUtc } from "../shared/dates";
import { sameSheetName } from "../shared/sheetNames";
import { buildAwardPapers, PAPER_SHEETS } from "../sheets/awardPapers";
import { buildCollectiveSheet, COLLECTIVE_MARKER, readCollectiveSheet } from "../sheets/collective";
import { awardsMarker, isAwardsMarker, isMarker } from "../sheets/markers";
import { AWARDS_MARKER, buildAwardsSheet, readAwardsSheet } from "../sheets/awards";
import { BALLOTS_MARKER, buildBallotsSheet, type BallotCandidate } from "../sheets/ballots";
import { columnLetter } from "../sheets/cells";
import { buildInitiativesSheet, readInitiatives } from "../sheets/initiatives";
import { SHEET } from "../sheets/names";
import { buildPeopleSheet, readPeople } from "../sheets/people";
import { buildTallySheet, readTallies, TALLY_MARKER } from "../sheets/tally";
import { isFormula, type CellInput, type CellValue, type SheetData, type SheetInfo, type SheetSpec } from "../workbook/port";
import { takeSnapshot } from "../workbook/snapshot";
import { COLLECTIVE_READS, collectivePick, collectiveResultsOf } from "./collectiveResults";
import { mastersFrom } from "./masters";
import { removeStale, writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult, SheetOutcome } from "./types";

export interface AwardsOptions {
  /** Write `Kiểm phiếu` and `Phiếu bầu` for the council's meeting instead of the result. */
  ballots: boolean;
}

const valueOf = (c: CellInput): CellValue => (isFormula(c) ? (c.result ?? null) : c);

const letter = (c: number) => (c >= 0 ? columnLetter(c) : "A");

function own(infos: readonly SheetInfo[], key: string): SheetInfo | undefined {
  return infos.find((s) => isMarker(s.marker, awardsMarker(key)));
}

export async function awardsCommand(ctx: CommandContext, options: AwardsOptions): Promise<CommandResult> {
  const today = ctx.today ?? todayUtc();
  ctx.progress?.(0, 3, "read");
  const snapshot = await takeSnapshot(ctx.wb, {
    read: [...COLLECTIVE_READS, SHEET.initiatives],
    // Kiểm phiếu by marker first: after a name clash the add-in's tally lives under another name. The
    // year's judge sheets give each unit's tier for the collective titles.
    pick: (sheets) => [own(sheets, "tally")?.name ?? SHEET.tally, ...(options.ballots ? [] : collectivePick(sheets))],
    replaces: (m) => isAwardsMarker(m) || (!options.ballots && isMarker(m, COLLECTIVE_MARKER)),
  });
  const infos = snapshot.sheets;
  const data = (name: string | undefined): SheetData | undefined =>
    name === undefined ? undefined : snapshot.data.find((d) => sameSheetName(d.name, name));
  const masters = mastersFrom(
    snapshot.data.filter((d) => [SHEET.units, SHEET.council, SHEET.settings].some((n) => sameSheetName(n, d.name))),
  );
  const settings = masters.settings;
  const ward = textSetting(settings, "WARD_NAME");
  const year = numberSetting(settings, "YEAR");
  const findings: Finding[] = masters.findings.filter((f) => f.code !== "SETTINGS_MISSING_CODES");
  const messages: Bilingual[] = [];

  const peopleData = data(SHEET.people);
  const initiativesData = data(SHEET.initiatives);
  if (!peopleData) {
    // Nothing to review yet: give the clerk the two lists to fill in.
    const specs = [buildPeopleSheet([], { ward })];
    if (!initiativesData) specs.push(buildInitiativesSheet([], { ward }));
    const written = await writeSafely(ctx, specs, { snapshot });
    return {
      ok: false,
      sheets: written.outcomes,
      messages: [msg("AWARDS_NO_PEOPLE", { sheet: SHEET.people }), ...written.messages],
      findings,
    };
  }
  const peopleRead = readPeople(peopleData);
  // A Cá nhân made before the column existed is read as it is (nobody sanctioned), and the clerk is told.
  if (peopleRead.columns.sanction < 0 && textSetting(settings, "LDTT_NO_SANCTION") !== "no")
    messages.push(msg("AWARDS_NO_SANCTION_COLUMN", { sheet: peopleData.name, header: "Xử phạt hành chính" }));
  const initiativesRead = initiativesData ? readInitiatives(initiativesData) : undefined;
  const tallyInfo = own(infos, "tally") ?? infos.find((s) => sameSheetName(s.name, SHEET.tally));
  const tallyRead = tallyInfo ? readTallies(data(tallyInfo.name) ?? { name: tallyInfo.name, values: [] }) : undefined;
  findings.push(...peopleRead.findings, ...(initiativesRead?.findings ?? []), ...(tallyRead?.findings ?? []));

  const councilSize = masters.members.length;
  const pc = peopleRead.columns;
  const ic = initiativesRead?.columns;
  const tc = tallyRead?.columns;
  const layout: AwardsLayout = {
    people: { sheet: peopleData.name, code: letter(pc.code), unit: letter(pc.unit), registered: letter(pc.registered) },
    initiatives: {
      sheet: initiativesData?.name ?? SHEET.initiatives,
      authors: letter(ic?.authors ?? -1),
      recognizedOn: letter(ic?.recognizedOn ?? -1),
    },
    tally: {
      sheet: tallyInfo?.name ?? SHEET.tally,
      code: letter(tc?.code ?? -1),
      title: letter(tc?.title ?? -1),
      members: letter(tc?.members ?? -1),
      present: letter(tc?.present ?? -1),
      yes: letter(tc?.yes ?? -1),
    },
  };
  const people = peopleRead.people;
  const initiatives = initiativesRead?.initiatives ?? [];
  const allTallies = tallyRead?.tallies ?? [];
  const check = checkAwardsInput({
    people,
    initiatives,
    tallies: allTallies,
    units: masters.units,
    councilSize,
    year,
    settings,
    layout,
  });
  findings.push(...check.findings);
  const tallies = allTallies.filter((t) => !check.rejected.has(t));
  ctx.progress?.(1, 3, "compute");
  const result = reviewAwards({
    people,
    initiatives,
    tallies,
    councilSize,
    settings,
    year,
    decisionDate: decisionDateOf(settings, today),
  });
  const unitName = new Map(masters.units.map((u) => [u.code, u.name]));
  const where = (p: Person) => [p.position, unitName.get(p.unit) ?? p.unit].filter((x) => x).join(", ");

  const specs: SheetSpec[] = [];
  const merged = new Set<string>();
  if (options.ballots) {
    const candidates: BallotCandidate[] = result.lines
      .filter((l) => result.voted.includes(l.title) && l.outcome !== "NOT_QUALIFIED")
      .map((l) => ({ code: l.person.code, name: l.person.name, where: where(l.person), title: l.title }));
    const tallyName = own(infos, "tally")?.name;
    specs.push(
      buildTallySheet(candidates, { ward, year, councilSize, previous: allTallies, ...(tallyName ? { name: tallyName } : {}) }),
    );
    // The counts typed are carried into the new sheet: replacing it loses nothing.
    if (tallyName) merged.add(tallyName);
    specs.push(
      buildBallotsSheet(candidates, {
        ward,
        year,
        count: councilSize,
        titles: result.voted,
        ...(own(infos, "ballots") ? { name: own(infos, "ballots")!.name } : {}),
      }),
    );
    ctx.progress?.(2, 3, "write");
    const written = await writeSafely(ctx, specs, { merged, snapshot });
    const byTitle = result.voted
      .map((t) => `${PERSON_TITLE_SHORT[t]}: ${candidates.filter((c) => c.title === t).length}`)
      .join("; ");
    messages.push(
      msg("AWARDS_BALLOTS_DONE", {
        ballots: councilSize,
        candidates: byTitle || "0",
        tally: written.names.get(specs[0]!.name) ?? SHEET.tally,
        sheet: written.names.get(specs[1]!.name) ?? SHEET.ballots,
      }),
    );
    if (!councilSize) messages.push(msg("AWARDS_NO_COUNCIL", { sheet: SHEET.council }));
    ctx.progress?.(3, 3, "done");
    return { ok: true, sheets: written.outcomes, messages: [...messages, ...written.messages], findings };
  }

  const awardsSpec = buildAwardsSheet(result, {
    ward,
    units: masters.units,
    ...(own(infos, "result") ? { name: own(infos, "result")!.name } : {}),
  });
  specs.push(awardsSpec);
  // The collective titles are the collective command's computation on this same read, written to its
  // sheet; refreshed here so the papers never stand on a Danh hiệu tập thể older than Cá nhân.
  const collective = collectiveResultsOf(snapshot, people);
  const collectiveName = infos.find((s) => isMarker(s.marker, COLLECTIVE_MARKER))?.name;
  const collectiveSpec = buildCollectiveSheet(collective.results, collective.tiers, ward, collectiveName);
  specs.push(collectiveSpec);
  // The papers read Bình xét năm and Danh hiệu tập thể as written, so every name and number on them is the sheets'.
  const names = new Map(infos.filter((s) => isAwardsMarker(s.marker)).map((s) => [s.marker!.key, s.name]));
  const rows = readAwardsSheet({ name: awardsSpec.name, values: awardsSpec.cells.map((r) => r.map(valueOf)) });
  const unitRows = readCollectiveSheet({ name: collectiveSpec.name, values: collectiveSpec.cells.map((r) => r.map(valueOf)) });
  const papers = buildAwardPapers({
    rows,
    collective: unitRows,
    settings,
    members: masters.members,
    year,
    decisionDate: result.decisionDate,
    today,
    names,
  });
  specs.push(...papers);
  ctx.progress?.(2, 3, "write");
  const written = await writeSafely(ctx, specs, { snapshot });
  // A paper an earlier run made and this one does not (nobody proposed to the level above any more) would
  // otherwise lie about the year's result: it goes, unless a person edited it since.
  const made = new Set(papers.map((p) => p.marker.key));
  const stale = await removeStale(
    ctx,
    infos.filter((s) => isAwardsMarker(s.marker) && s.marker!.key in PAPER_SHEETS && !made.has(s.marker!.key)),
    snapshot,
  );
  const count = (o: string, t: string) => result.lines.filter((l) => l.outcome === o && l.title === t).length;
  messages.push(
    msg("AWARDS_DONE", {
      year,
      ldtt: count("QUALIFIED", "LDTT"),
      cstdcs: count("QUALIFIED", "CSTDCS"),
      waiting: result.lines.filter((l) => l.outcome === "NOT_VOTED").length,
      sheet: written.names.get(awardsSpec.name) ?? awardsSpec.name,
    }),
  );
  const units = (o: string) => collective.results.filter((r) => r.outcome === o).length;
  messages.push(
    msg("COLL_WRITTEN", {
      sheet: written.names.get(collectiveSpec.name) ?? collectiveSpec.name,
      eligible: units("eligible"),
      not: units("not-eligible"),
      pending: units("pending"),
    }),
  );
  if (!collective.scored) messages.push(msg("COLL_NO_ROUND"));
  const papersWritten = papers.map((s) => written.names.get(s.name) ?? s.name);
  if (papersWritten.length) messages.push(msg("AWARDS_PAPERS", { sheets: papersWritten.join(", ") }));
  ctx.progress?.(3, 3, "done");
  const sheets: SheetOutcome[] = written.outcomes;
  return { ok: true, sheets, messages: [...messages, ...written.messages, ...stale.messages], findings };
}

export { AWARDS_MARKER, BALLOTS_MARKER, TALLY_MARKER };
