/**
 * The sync budget, measured on the REAL app commands (createAppCommands) over an OfficeWorkbook on the
 * recording fake Excel: every Excel.run a command makes counts. At ward scale at most 3 context.sync() per
 * command; between the scales at most ⌈total payload / 4 MB⌉ + 2; no request over 4 MB and no response over
 * Excel on the web's 5 MB at either. The full province scale is syncCounts.province.test.ts.
 */
import { fixtureSpecs, PROVINCE } from "../../bench/fixtures";
import {
  d1JudgeSheets,
  describeSyncs,
  MB4,
  officeSession,
  seed,
  typeRoundD1,
  wardWorkflow,
  type CommandSyncs,
  provinceCommand,
  PROVINCE_COMMANDS,
} from "../support/officeCommands";

const MB5 = 5_000_000;

/** The round at a number of units, built once per file: seeding reads the specs and changes nothing. */
const built = new Map<number, ReturnType<typeof fixtureSpecs>>();
function specsOf(units: number): ReturnType<typeof fixtureSpecs> {
  let specs = built.get(units);
  if (!specs) built.set(units, (specs = fixtureSpecs({ ...PROVINCE, units })));
  return specs;
}

function expectWardBudget(all: CommandSyncs[]): void {
  for (const s of all) {
    expect(s.syncs).toBeLessThanOrEqual(3);
    expect(s.maxRequest).toBeLessThanOrEqual(MB4);
    expect(s.maxResponse).toBeLessThan(MB5);
  }
}

describe("ward scale (sample ward: 46 units, 10 judges)", () => {
  test("in one pane session every command is one read and one write", async () => {
    const { syncs, results } = await wardWorkflow();
    console.log(syncs.map((s) => `${s.command.padEnd(32)} ${describeSyncs(s)}`).join("\n"));
    expectWardBudget(syncs);
    // The adapter foresees the sheets a command picks from what it saw last: one read round each.
    for (const s of syncs) expect(s.syncs).toBe(2);
    // The commands did their work: these are the pane's ordinary results, not a dry run.
    expect(Object.values(results).every((r) => r.ok)).toBe(true);
    expect(results["validate D1"].findings).toEqual([]);
    expect(results["rank D1"].sheets.map((x) => x.sheet)).toEqual(["Xếp hạng Đ1", "Tiến độ chấm Đ1"]);
    expect(results["summary Q1"].sheets).toEqual([
      { sheet: "Tổng hợp Quý I", action: "created" },
      { sheet: "Tổng hợp Quý I (nội bộ)", action: "created" },
    ]);
    expect(results["summary D1"].sheets).toEqual([
      { sheet: "Tổng hợp Đợt 1", action: "created" },
      { sheet: "Tổng hợp Đợt 1 (nội bộ)", action: "created" },
    ]);
    // "all": every round and period summary, the two made above replaced.
    const all = results["summary all"].sheets;
    expect(all).toEqual(
      expect.arrayContaining([
        { sheet: "Tổng hợp Quý I", action: "replaced" },
        { sheet: "Tổng hợp Đợt 1", action: "replaced" },
      ]),
    );
    expect(all.map((x) => x.sheet)).toContain("Tổng hợp Năm");
    expect(results["prepare D1 again (scores kept)"].sheets.every((x) => x.action === "replaced" || x.action === "kept")).toBe(
      true,
    );
  }, 60_000);

  test("the first command after the pane opens (nothing seen yet) stays within 3", async () => {
    const { syncs, results } = await wardWorkflow(officeSession(undefined, { fresh: true }));
    console.log(syncs.map((s) => `fresh ${s.command.padEnd(26)} ${describeSyncs(s)}`).join("\n"));
    expectWardBudget(syncs);
    expect(Object.values(results).every((r) => r.ok)).toBe(true);
  }, 60_000);

  test("a person's edit of a generated sheet is kept as a copy, still within 3 syncs", async () => {
    const session = officeSession();
    await session.commands.layoutPlan({ sample: true });
    await session.commands.prepareRound("D1");
    typeRoundD1(session, await d1JudgeSheets(session));
    await session.commands.validateRound("D1");
    const sheet = session.fake.sheet("Kiểm tra");
    (sheet.values[0] ??= [])[0] = "Ghi chú của văn thư";
    const { result, syncs } = await session.measure("validate after an edit", (c) => c.validateRound("D1"));
    expect(result.sheets).toContainEqual({ sheet: "Kiểm tra (bản sửa)", action: "copied", from: "Kiểm tra" });
    expect(session.fake.grid("Kiểm tra (bản sửa)")[0][0]).toBe("Ghi chú của văn thư");
    expect(session.fake.grid("Kiểm tra")[0][0]).not.toBe("Ghi chú của văn thư");
    expect(syncs.syncs).toBeLessThanOrEqual(3);
  }, 60_000);
});

describe.each([1_000, 3_000])("between the scales (%i units): the first command after the pane opens", (units) => {
  // Here the bound has the least slack: a fresh adapter cannot spread a size guess over many blocks, so
  // it reads the judge sheets by the sizes the registry kept (workbook/office/readHint.ts).
  const session = officeSession(undefined, { fresh: true });
  beforeAll(async () => {
    await seed(session.fake, specsOf(units));
  }, 300_000);

  test.each(PROVINCE_COMMANDS.map(([name]) => name))(
    "%s stays within ⌈payload / 4 MB⌉ + 2",
    async (name) => {
      const { result, syncs } = await session.measure(name, provinceCommand(name));
      console.log(`${units} units, fresh ${name.padEnd(12)} ${describeSyncs(syncs)}`);
      expect(result.ok).toBe(true);
      expect(syncs.syncs).toBeLessThanOrEqual(syncs.bound);
      expect(syncs.maxRequest).toBeLessThanOrEqual(MB4);
      expect(syncs.maxResponse).toBeLessThan(MB5);
    },
    300_000,
  );
});

test("3,000 units, judges scoring after the sheets were prepared: the next pane reads the round within the bound", async () => {
  // The judge sheets as prepare writes them (inputs blank), then every score typed, as judges do.
  const blank = specsOf(3_000).map((spec) => {
    if (!spec.marker.key.includes(":judge:")) return spec;
    const cells = spec.cells.map((r) => r.slice());
    for (const st of spec.styles ?? [])
      if (st.locked === false)
        for (let r = st.range.row; r < st.range.row + st.range.rows; r++)
          for (let c = st.range.col; c < st.range.col + st.range.cols; c++) if (cells[r]) cells[r][c] = null;
    return { ...spec, cells };
  });
  const session = officeSession(undefined, { fresh: true });
  await seed(session.fake, blank);
  const judges = await d1JudgeSheets(session);
  typeRoundD1(session, judges);
  for (const name of ["validate D1", "rank D1", "summary D1"] as const) {
    const { result, syncs } = await session.measure(name, provinceCommand(name));
    console.log(`3000 units typed after prepare, fresh ${name.padEnd(12)} ${describeSyncs(syncs)}`);
    expect(result.ok).toBe(true);
    expect(syncs.syncs).toBeLessThanOrEqual(syncs.bound);
    expect(syncs.maxResponse).toBeLessThan(MB5);
  }
  // The scores typed were read: validation found every sheet complete.
  const { result } = await session.measure("validate D1", provinceCommand("validate D1"));
  expect(result.findings.filter((f) => f.code.startsWith("SCORE_BLANK"))).toEqual([]);
}, 300_000);
