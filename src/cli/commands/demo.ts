/**
 * `tdkt demo [tệp.xlsx]`: the whole cycle on the sample ward, in a new workbook written to
 * out/tdkt-demo.xlsx by default: plan → Đợt 1 prepared → sample registrations and scores (with a few
 * realistic slips) → check → the clerk corrects the one error → check again → ranking → summaries.
 * It prints each step, the sheets it made and the first findings, and LAST the workbook's absolute path.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { PlacedMistake } from "../../app/sampleRound";
import type { CommandContext, CommandResult, SheetOutcome } from "../../app/types";
import type { Finding } from "../../domain/types";
import { msg, type Bilingual, type MessageCode } from "../../i18n";
import { bilingual, findingLine, type Io } from "../output";
import type { CliCommand } from "../commands";

export const DEFAULT_DEMO_FILE = path.join("out", "tdkt-demo.xlsx");

/**
 * The demo's "today" unless --today is given: the middle of the seed plan's year, so the workbook shows
 * a plan in progress (earlier tasks marked overdue, later ones not, the Lào Cai decision just replaced)
 * rather than a 2024 plan seen from a later year, where every row is overdue.
 */
export const DEMO_TODAY = new Date(Date.UTC(2024, 7, 15));

/** Findings listed per check; the rest are on the `Kiểm tra` sheet. */
export const DEMO_FINDINGS_SHOWN = 6;

/** What the steps hand on to each other: the slips planted, so the clerk's step can correct the error. */
export interface DemoState {
  mistakes: PlacedMistake[];
}

export interface DemoStep {
  /** Catalog code of the step's heading. */
  title: MessageCode;
  run(ctx: CommandContext, state: DemoState): Promise<CommandResult>;
  /** A check: its findings are the point, so they are listed, and errors do not stop the demo. */
  check?: boolean;
}

/**
 * The steps in order, on one workbook in memory. Modules are loaded inside the step so that
 * `tdkt --help` stays quick. The one planted error (a score typed without its decimal comma) is
 * corrected before ranking, so the ranking is final, not provisional; the warnings stay, as a clerk
 * would leave them, and show on `Kiểm tra`.
 */
export const DEMO_STEPS: readonly DemoStep[] = [
  { title: "DEMO_STEP_LAYOUT", run: async (ctx) => (await import("../../app/layout")).layoutPlan(ctx, { sample: true }) },
  { title: "DEMO_STEP_PREPARE", run: async (ctx) => (await import("../../app/prepare")).prepareRound(ctx, "D1") },
  {
    title: "DEMO_STEP_FILL",
    run: async (ctx, state) => {
      const result = await (await import("../../app/sampleRound")).fillSampleRound(ctx, "D1", { mistakes: true });
      state.mistakes = result.mistakes;
      return result;
    },
  },
  {
    title: "DEMO_STEP_VALIDATE",
    check: true,
    run: async (ctx) => (await import("../../app/validate")).validateRoundCommand(ctx, "D1"),
  },
  {
    title: "DEMO_STEP_CORRECT",
    run: async (ctx, state) => {
      const corrections = state.mistakes.flatMap((m) =>
        m.severity === "error" && m.judge && m.criterion && m.intended !== undefined && m.typed !== undefined
          ? [{ judge: m.judge, unit: m.unit, criterion: m.criterion, from: m.typed, to: m.intended }]
          : [],
      );
      return (await import("../../app/sampleRound")).correctSampleScores(ctx, "D1", corrections);
    },
  },
  {
    title: "DEMO_STEP_REVALIDATE",
    check: true,
    run: async (ctx) => (await import("../../app/validate")).validateRoundCommand(ctx, "D1"),
  },
  {
    title: "DEMO_STEP_RANK",
    run: async (ctx) => (await import("../../app/rank")).rankRoundCommand(ctx, "D1", { provisional: false }),
  },
  { title: "DEMO_STEP_SUMMARY", run: async (ctx) => (await import("../../app/summarize")).summarize(ctx, { all: true }) },
  { title: "DEMO_STEP_BALLOTS", run: async (ctx) => (await import("../../app/awards")).awardsCommand(ctx, { ballots: true }) },
  { title: "DEMO_STEP_TALLY", run: async (ctx) => (await import("../../app/sampleAwards")).fillSampleTally(ctx) },
  { title: "DEMO_STEP_AWARDS", run: async (ctx) => (await import("../../app/awards")).awardsCommand(ctx, { ballots: false }) },
  {
    title: "DEMO_STEP_UNITS",
    run: async (ctx) => (await import("../../app/sampleUnits")).sampleUnitsCycle(ctx, DEMO_TODAY.getUTCFullYear()),
  },
];

const ACTION_CODE: Readonly<Record<SheetOutcome["action"], MessageCode>> = {
  created: "DEMO_ACTION_CREATED",
  replaced: "DEMO_ACTION_REPLACED",
  kept: "DEMO_ACTION_KEPT",
  renamed: "DEMO_ACTION_RENAMED",
  copied: "DEMO_ACTION_COPIED",
};

/** "tạo Kế hoạch, Phong trào; ghi lại Đăng ký" in both languages, grouped by what happened. */
function sheetsLine(outcomes: readonly SheetOutcome[]): Bilingual {
  const groups = new Map<SheetOutcome["action"], string[]>();
  for (const o of outcomes) groups.set(o.action, [...(groups.get(o.action) ?? []), o.sheet]);
  const list = (lang: "vi" | "en") =>
    [...groups].map(([action, sheets]) => `${msg(ACTION_CODE[action])[lang]} ${sheets.join(", ")}`).join("; ");
  return { vi: msg("DEMO_SHEETS", { list: list("vi") }).vi, en: msg("DEMO_SHEETS", { list: list("en") }).en };
}

/** The per-sheet "created / replaced" lines are folded into one sheets line. */
function isSheetLine(m: Bilingual, outcomes: readonly SheetOutcome[]): boolean {
  return outcomes.some((o) => {
    const line = msg(o.action === "replaced" ? "SHEET_REPLACED" : "SHEET_CREATED", { sheet: o.sheet });
    return line.vi === m.vi;
  });
}

function indent(text: string): string {
  return text.replace(/^/gm, "  ");
}

function printFindings(io: Io, findings: readonly Finding[], sheet: string): void {
  if (findings.length === 0) return;
  // Errors first: they are what stops a ranking.
  const ordered = [...findings.filter((f) => f.severity === "error"), ...findings.filter((f) => f.severity !== "error")];
  const shown = ordered.slice(0, DEMO_FINDINGS_SHOWN);
  io.out(indent(bilingual(msg("DEMO_FINDINGS_FIRST", { shown: shown.length, total: findings.length }))));
  for (const f of shown) io.out(findingLine(f).replace(/^/gm, "  "));
  if (ordered.length > shown.length)
    io.out(indent(bilingual(msg("DEMO_FINDINGS_MORE", { n: ordered.length - shown.length, sheet }))));
}

function printStep(io: Io, step: DemoStep, result: CommandResult): void {
  for (const m of result.messages) if (!isSheetLine(m, result.sheets)) io.out(indent(bilingual(m)));
  if (result.sheets.length) {
    io.out(indent(bilingual(sheetsLine(result.sheets))));
  }
  if (step.check) printFindings(io, result.findings, result.sheets[0]?.sheet ?? "Kiểm tra");
}

export const demoCommand: CliCommand = {
  name: "demo",
  summary: "CLI_CMD_DEMO",
  usage: "tdkt demo [tệp.xlsx]",
  args: [{ name: "[tệp.xlsx]", optional: true }],
  options: [],
  examples: ["npm run demo", "npx tdkt demo /tmp/tdkt-demo.xlsx"],
  async run(args, ctx) {
    const [{ ExcelJsWorkbook }, { saveWorkbookFile }, { checkXlsxName }] = await Promise.all([
      import("../../workbook/exceljs/workbook"),
      import("../../workbook/exceljs/file"),
      import("../files"),
    ]);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? DEFAULT_DEMO_FILE);
    checkXlsxName(file);
    const wb = ExcelJsWorkbook.create();
    const state: DemoState = { mistakes: [] };
    const today = args.options.has("today") ? ctx.today : DEMO_TODAY;
    for (const [i, step] of DEMO_STEPS.entries()) {
      const params = { n: i + 1, total: DEMO_STEPS.length };
      ctx.io.out("");
      ctx.io.out(
        bilingual({
          vi: msg("DEMO_STEP", { ...params, title: msg(step.title).vi }).vi,
          en: msg("DEMO_STEP", { ...params, title: msg(step.title).en }).en,
        }),
      );
      const result = await step.run({ wb, today }, state);
      printStep(ctx.io, step, result);
      if (!result.ok && !step.check) {
        ctx.io.err(bilingual(msg("CLI_NOTHING_WRITTEN")));
        return 1;
      }
    }
    await fs.mkdir(path.dirname(file), { recursive: true });
    await saveWorkbookFile(wb, file);
    ctx.io.out(bilingual(msg("CLI_DEMO_WRITTEN", { file })));
    // Last line: the path alone, for scripts.
    ctx.io.out(file);
    return 0;
  },
};
