/**
 * The real app commands (createAppCommands) on an OfficeWorkbook over the recording fake Excel, with
 * the context.sync() count and request sizes of each command: every Excel.run a command makes counts.
 * Between commands a person's typing is simulated by writing into the fake's cells directly, as Excel
 * would hold them after typing (no marker update, no sync counted).
 */
import { createAppCommands } from "../../src/app/commands";
import type { AppCommands, CommandResult } from "../../src/app/types";
import { defaultCriteria } from "../../src/domain/criteria";
import type { Criterion, Unit } from "../../src/domain/types";
import { readCriteria } from "../../src/sheets/criteria";
import { SHEET } from "../../src/sheets/names";
import { readScoringSheet } from "../../src/sheets/scoring";
import { readUnits } from "../../src/sheets/units";
import { judgeSheetInfos } from "../../src/app/roundInputs";
import { dateToSerial } from "../../src/workbook/hash";
import type { SheetSpec } from "../../src/workbook/port";
import { OfficeWorkbook } from "../../src/workbook/office/workbook";
import { FakeExcel, type Scalar } from "./fakeExcel";

export const MB4 = 4_000_000;
export const TODAY = new Date(Date.UTC(2024, 0, 10));

export interface CommandSyncs {
  command: string;
  syncs: number;
  /** Excel.run calls the command made. */
  runs: number;
  maxRequest: number;
  maxResponse: number;
  /** Bytes sent and received over all the command's syncs. */
  payload: number;
  /** ⌈payload / 4 MB⌉ + 2: issue 5's bound at province scale. */
  bound: number;
}

export interface OfficeSession {
  fake: FakeExcel;
  wb: OfficeWorkbook;
  commands: AppCommands;
  /** Runs one command and records its syncs. */
  measure(
    command: string,
    f: (c: AppCommands) => Promise<CommandResult>,
  ): Promise<{ result: CommandResult; syncs: CommandSyncs }>;
}

/**
 * `fresh`: every command gets a new OfficeWorkbook, as the first command after the pane opens (the
 * adapter has seen no sheet list yet); otherwise one adapter serves the whole session, as in the pane.
 */
export function officeSession(fake = new FakeExcel(), options: { fresh?: boolean } = {}): OfficeSession {
  const make = () => {
    const wb = new OfficeWorkbook(fake.run, fake.isSetSupported, { now: () => new Date(Date.UTC(2024, 0, 10, 8)) });
    return { wb, commands: createAppCommands(wb, { today: () => TODAY }) };
  };
  const { wb, commands } = make();
  return {
    fake,
    wb,
    commands,
    async measure(command, f) {
      const first = fake.runs.length;
      const result = await f(options.fresh ? make().commands : commands);
      const syncs = fake.runs.slice(first).flatMap((r) => r.syncs);
      const payload = syncs.reduce((s, x) => s + x.requestBytes + x.responseBytes, 0);
      return {
        result,
        syncs: {
          command,
          syncs: syncs.length,
          runs: fake.runs.length - first,
          maxRequest: Math.max(0, ...syncs.map((s) => s.requestBytes)),
          maxResponse: Math.max(0, ...syncs.map((s) => s.responseBytes)),
          payload,
          bound: Math.ceil(payload / MB4) + 2,
        },
      };
    },
  };
}

export function describeSyncs(s: CommandSyncs): string {
  const mb = (n: number) => (n / 1e6).toFixed(2);
  return `syncs=${s.syncs} in ${s.runs} Excel.run (bound ⌈payload/4 MB⌉+2 = ${s.bound}), largest request ${mb(s.maxRequest)} MB, largest response ${mb(s.maxResponse)} MB, payload ${mb(s.payload)} MB`;
}

// ------------------------------------------------------------------ a person's typing, in the fake

function put(fake: FakeExcel, sheet: string, row: number, col: number, value: Scalar | null): void {
  const s = fake.sheet(sheet);
  const line = (s.values[row] ??= []);
  line[col] = value === null ? undefined : value;
}

function grid(fake: FakeExcel, name: string) {
  return { name, values: fake.grid(name).map((r) => r.map((v) => (v === "" ? null : v))) };
}

function model(fake: FakeExcel): { units: Unit[]; criteria: Criterion[] } {
  const units = readUnits(grid(fake, SHEET.units)).units;
  const criteria = fake.find(SHEET.criteria) ? readCriteria(grid(fake, SHEET.criteria)).criteria : defaultCriteria();
  return { units, criteria };
}

/** A valid score by line kind, different per judge (the corpus's rule, kept here so this module stands alone). */
function validScore(unit: number, criterion: Criterion, critIndex: number, judge: number): Scalar | null {
  if (criterion.kind === "veto") return "Không";
  if (criterion.kind === "bonus") return critIndex % 2 === 0 ? 2 : null;
  if (criterion.kind === "deduction") return unit % 3 === 0 && criterion.max > 0 ? 1 : null;
  const f = 0.78 + 0.05 * ((unit + critIndex) % 4) + 0.01 * (judge % 3);
  return Math.min(criterion.max, Math.round(criterion.max * f * 4) / 4);
}

/** One D1 registration per unit in `Đăng ký` and a valid score in every input of every D1 judge sheet. */
export function typeRoundD1(session: OfficeSession, judgeSheets: string[]): void {
  const { fake } = session;
  const { units, criteria } = model(fake);
  units.forEach((u, i) => {
    const r = i + 1;
    const row: (Scalar | null)[] = [
      "Đợt 1",
      "Tập thể",
      u.code,
      null,
      // A round ranks only for its Giấy khen; annual titles are registered on the year's rows.
      "Giấy khen tập thể",
      "Hoàn thành 100% chỉ tiêu",
      dateToSerial(new Date(Date.UTC(2024, 0, 15))),
      "Có",
    ];
    row.forEach((v, c) => put(fake, SHEET.registrations, r, c, v));
  });
  judgeSheets.forEach((name, j) => {
    const js = readScoringSheet(grid(fake, name), criteria, units);
    units.forEach((_, u) => {
      if (js.rowOfUnit[u] < 0) return;
      const block = js.blocks[js.blockOfUnit[u]];
      criteria.forEach((c, ci) => {
        const col = block.colOfCriterion[ci];
        if (col >= 0) put(fake, name, js.rowOfUnit[u], col, validScore(u, c, ci, j));
      });
    });
  });
}

/**
 * A judge types `value` into the first base-criterion input of the first unit listed on their sheet;
 * returns the A1 address typed into.
 */
export function typeScore(session: OfficeSession, sheet: string, value: Scalar | null): string {
  const { units, criteria } = model(session.fake);
  const js = readScoringSheet(grid(session.fake, sheet), criteria, units);
  for (let u = 0; u < units.length; u++) {
    const row = js.rowOfUnit[u];
    if (row < 0) continue;
    const block = js.blocks[js.blockOfUnit[u]];
    const c = criteria.findIndex((k, i) => k.kind === "base" && block.colOfCriterion[i] >= 0);
    if (c < 0) continue;
    const col = block.colOfCriterion[c];
    put(session.fake, sheet, row, col, value);
    let letters = "";
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${letters}${row + 1}`;
  }
  throw new Error(`${sheet} has no base-criterion input`);
}

export async function d1JudgeSheets(session: OfficeSession): Promise<string[]> {
  return judgeSheetInfos("D1", await session.wb.listSheets()).map((j) => j.name);
}

/**
 * The ward workflow of the pane, each command measured: lay out the plan with the sample ward, prepare
 * Đợt 1, (people register and judges score), validate, rank, the summaries of the first quarter, of
 * Đợt 1 and "all", then the same commands again over what they made.
 */
export async function wardWorkflow(
  session = officeSession(),
): Promise<{ syncs: CommandSyncs[]; results: Record<string, CommandResult> }> {
  const out: CommandSyncs[] = [];
  const results: Record<string, CommandResult> = {};
  const step = async (name: string, f: (c: AppCommands) => Promise<CommandResult>) => {
    const { result, syncs } = await session.measure(name, f);
    out.push(syncs);
    results[name] = result;
  };
  await step("layout (sample ward)", (c) => c.layoutPlan({ sample: true }));
  await step("prepare D1", (c) => c.prepareRound("D1"));
  typeRoundD1(session, await d1JudgeSheets(session));
  await step("validate D1", (c) => c.validateRound("D1"));
  await step("rank D1", (c) => c.rankRound("D1", { provisional: false }));
  await step("summary Q1", (c) => c.summarize({ period: "Q1" }));
  await step("summary D1", (c) => c.summarize({ round: "D1" }));
  await step("summary all", (c) => c.summarize({ all: true }));
  await step("layout again", (c) => c.layoutPlan({ sample: true }));
  await step("prepare D1 again (scores kept)", (c) => c.prepareRound("D1"));
  await step("validate D1 again", (c) => c.validateRound("D1"));
  return { syncs: out, results };
}

/**
 * The commands measured at province scale, in the order they run on one workbook (bench/fixtures'
 * province round, already scored): each reads the whole round except the layout. Rank is provisional
 * as in the pane's explicit option, so the measure does not hang on the fixture's findings.
 */
export const PROVINCE_COMMANDS = [
  ["validate D1", (c) => c.validateRound("D1")],
  ["rank D1", (c) => c.rankRound("D1", { provisional: true })],
  ["summary D1", (c) => c.summarize({ round: "D1" })],
  ["summary Q1", (c) => c.summarize({ period: "Q1" })],
  ["summary all", (c) => c.summarize({ all: true })],
  ["prepare D1", (c) => c.prepareRound("D1")],
  ["layout", (c) => c.layoutPlan({ sample: false })],
] as const satisfies readonly (readonly [string, (c: AppCommands) => Promise<CommandResult>])[];

export type ProvinceCommand = (typeof PROVINCE_COMMANDS)[number][0];

export function provinceCommand(name: ProvinceCommand): (c: AppCommands) => Promise<CommandResult> {
  return PROVINCE_COMMANDS.find(([n]) => n === name)![1];
}

/** Seeds the fake with sheets written by a separate OfficeWorkbook (its syncs are not any command's). */
export async function seed(fake: FakeExcel, specs: SheetSpec[]): Promise<void> {
  const writer = new OfficeWorkbook(fake.run, fake.isSetSupported);
  await writer.writeSheets(specs);
}
