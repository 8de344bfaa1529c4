/**
 * Bench fixtures: a clerk's workbook after `layout`, `prepare` and every judge's typing, at ward scale
 * (40 units × 20 criteria × 11 judges) and province scale (10,000 × 30 × 15 = 4.5 M scores).
 *
 * Every sheet is built by the product's own (pure) sheet builders, so the commands read exactly the
 * layout they read in a real file, and written by the streaming writer, which keeps the province file
 * within a few hundred MB to write. The scores come from the deterministic synthetic round, so the same
 * scale always gives the same file.
 *
 * Writing the province file takes a while, so it is cached under the system temp folder by a version key,
 * and written in a child process of its own so that its memory never counts in a measured step.
 * Run directly: `node -r ts-node/register/transpile-only bench/fixtures.ts province <file.xlsx>`.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { totalsRule } from "../src/domain/ranking/publishedTotal";
import { unitsForJudge } from "../src/domain/validation";
import { syntheticRound } from "./synthetic/ward";
import { dateSetting, defaultSettings, textSetting } from "../src/domain/settings";
import { defaultTitles } from "../src/domain/titles";
import type { Registration } from "../src/domain/types";
import { PLAN_2024 } from "../src/domain/plan/seed2024";
import { buildCouncilSheet } from "../src/sheets/council";
import { buildMovementsSheet } from "../src/sheets/movements";
import { buildPlanSheet } from "../src/sheets/plan";
import { buildRoundsSheet } from "../src/sheets/rounds";
import { buildCriteriaSheet } from "../src/sheets/criteria";
import { buildRegistrationsSheet } from "../src/sheets/registrations";
import { buildScoringSheet, TypedScores } from "../src/sheets/scoring";
import { buildSettingsSheet } from "../src/sheets/settingsSheet";
import { buildTitlesSheet } from "../src/sheets/titles";
import { buildUnitsSheet } from "../src/sheets/units";
import { writeSpecsStreaming } from "../src/workbook/exceljs/stream";
import type { SheetSpec } from "../src/workbook/port";

export interface Scale {
  name: "ward" | "city" | "province";
  units: number;
  criteria: number;
  judges: number;
}

export const WARD: Scale = { name: "ward", units: 40, criteria: 20, judges: 11 };
/** About 19 MB on disk: the large workbook the browser pane must open and download without freezing the page. */
export const CITY: Scale = { name: "city", units: 6_400, criteria: 30, judges: 15 };
export const PROVINCE: Scale = { name: "province", units: 10_000, criteria: 30, judges: 15 };
export const SCALES: Readonly<Record<Scale["name"], Scale>> = { ward: WARD, city: CITY, province: PROVINCE };

/** Bumped whenever the fixture's content changes, so a cached file of an older layout is not reused. */
export const FIXTURE_VERSION = 4;
const ROUND = "D1" as const;
const BLOCKS = 6;

export function scoreCount(s: Scale): number {
  return s.units * s.criteria * s.judges;
}

/** The sheets of the clerk's workbook, in tab order: master lists, criteria, registrations, one sheet per judge. */
export function fixtureSpecs(scale: Scale): SheetSpec[] {
  const r = syntheticRound({ units: scale.units, criteria: scale.criteria, judges: scale.judges, blocks: BLOCKS });
  const settings = defaultSettings();
  const ward = textSetting(settings, "WARD_NAME");
  const blocks = Array.from({ length: BLOCKS }, (_, i) => ({ code: `K${i + 1}`, name: `Khối thi đua số ${i + 1}` }));
  // Registered before the deadline, covenant signed; the synthetic round's unregistered units stay unregistered.
  const date = new Date(Date.UTC(2024, 0, 15));
  const registrations: Registration[] = r.units.flatMap((u, i) =>
    r.registered[i] ? [{ round: ROUND, subjectKind: "unit" as const, unitCode: u.code, title: "Giấy khen tập thể", date, covenant: true }] : [],
  );
  // The plan's sheets as layout writes them: the commands read the rounds' months and the tasks from there.
  const specs: SheetSpec[] = [
    buildPlanSheet(PLAN_2024, { ward }),
    buildMovementsSheet(PLAN_2024, { ward }),
    buildRoundsSheet(PLAN_2024, settings, { ward }),
    buildUnitsSheet(r.units, { ward, blocks }),
    buildCouncilSheet(r.members, { ward }),
    buildSettingsSheet({ ward }),
    buildCriteriaSheet(r.criteria, { ward }),
    buildTitlesSheet(defaultTitles(), { ward }),
    buildRegistrationsSheet(registrations, { ward, blankRows: 0 }),
  ];
  const rule = totalsRule(settings);
  const deadline = dateSetting(settings, `SCORING_DEADLINE_${ROUND}`);
  const C = r.columns.length;
  r.members.forEach((judge, j) => {
    const { scored, excluded } = unitsForJudge(judge, r.units, settings);
    const carried = new TypedScores();
    const row = new Map(r.units.map((u, i) => [u.code, i]));
    for (const u of scored) {
      const off = (row.get(u.code) ?? 0) * C;
      for (let c = 0; c < C; c++) carried.set(u.code, r.columns[c].code, r.scores[j][off + c]);
    }
    specs.push(buildScoringSheet({ round: ROUND, judge, units: scored, excluded, criteria: r.criteria, rule, deadline, carried }));
  });
  return specs;
}

/** Writes the fixture of `scale` to `file` in this process. */
export async function writeFixture(scale: Scale, file: string): Promise<{ seconds: number; bytes: number }> {
  const t0 = performance.now();
  await writeSpecsStreaming(file, fixtureSpecs(scale), new Date(Date.UTC(2024, 2, 1)));
  return { seconds: (performance.now() - t0) / 1000, bytes: fs.statSync(file).size };
}

export function fixtureDir(): string {
  const dir = path.join(os.tmpdir(), "tdkt-bench-fixtures");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The cached fixture file of `scale`, written first (in a child process) when absent. Commands in the
 * bench write their output beside a copy or to a separate file, never into the cache.
 */
export function ensureFixture(scale: Scale): string {
  const file = path.join(fixtureDir(), `${scale.name}-v${FIXTURE_VERSION}.xlsx`);
  if (fs.existsSync(file)) return file;
  const tmp = `${file}.${process.pid}.tmp.xlsx`;
  execFileSync(process.execPath, ["--max-old-space-size=4096", "-r", "ts-node/register/transpile-only", __filename, scale.name, tmp], {
    cwd: path.join(__dirname, ".."),
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}' },
  });
  fs.renameSync(tmp, file);
  return file;
}

if (require.main === module) {
  const [name, file] = process.argv.slice(2);
  const scale = SCALES[name as Scale["name"]];
  if (!scale || !file) {
    process.stderr.write("usage: fixtures.ts ward|city|province <file.xlsx>\n");
    process.exit(2);
  }
  writeFixture(scale, file).then(
    (r) => process.stderr.write(`fixture ${name}: ${r.seconds.toFixed(1)} s, ${(r.bytes / 1e6).toFixed(1)} MB\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
