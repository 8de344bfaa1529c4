/**
 * Sample data goes only where nobody has typed: fillSampleRound refuses, writing nothing, on a workbook
 * with a registration or a single score, and on a round that was not prepared. On a freshly prepared
 * round it fills Đăng ký and every judge sheet, and the slips it plants are what the check finds.
 */
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { correctSampleScores, fillSampleRound } from "../../src/app/sampleRound";
import { validateRoundCommand } from "../../src/app/validate";
import { AppError } from "../../src/shared/errors";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { SheetData } from "../../src/workbook/port";
import { cleanWorkbook, ctxOf, inputAddress, judgeSheetNames, nextFreeRow, sheet, type } from "../support/corpus";

jest.setTimeout(120_000);

let preparedBuffer: Uint8Array | undefined;
/** Sample ward laid out and D1 prepared; nothing typed. */
async function prepared(): Promise<ExcelJsWorkbook> {
  if (!preparedBuffer) {
    const wb = ExcelJsWorkbook.create();
    await layoutPlan(ctxOf(wb), { sample: true });
    await prepareRound(ctxOf(wb), "D1");
    preparedBuffer = await wb.toBuffer();
  }
  return ExcelJsWorkbook.fromBuffer(preparedBuffer);
}

async function everything(wb: ExcelJsWorkbook): Promise<SheetData[]> {
  return wb.readSheets((await wb.listSheets()).map((s) => s.name));
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e: unknown = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("fillSampleRound refuses where a person typed, and writes nothing", () => {
  it("refuses a workbook whose Đăng ký has registrations and whose judges have scored", async () => {
    const wb = await cleanWorkbook();
    const before = await everything(wb);
    const e = await refusal(fillSampleRound(ctxOf(wb), "D1", { mistakes: true }));
    expect(e.code).toBe("SAMPLE_HAS_REGISTRATIONS");
    expect(e.text.vi).toContain("Không ghi gì");
    expect(await everything(wb)).toEqual(before);
  });

  it("refuses a prepared round where one judge typed one score, naming that judge's sheet", async () => {
    const wb = await prepared();
    const [, second] = await judgeSheetNames(wb);
    type(wb, second, await inputAddress(wb, second, "TDP02", "I.1"), 5);
    const before = await everything(wb);
    const e = await refusal(fillSampleRound(ctxOf(wb), "D1", { mistakes: false }));
    expect(e.code).toBe("SAMPLE_HAS_SCORES");
    expect(e.text.vi).toContain(second);
    expect(await everything(wb)).toEqual(before);
  });

  it("refuses when only a single registration row was typed", async () => {
    const wb = await prepared();
    const row = nextFreeRow(wb, "Đăng ký");
    // the first blank row under the header, where a clerk types
    type(wb, "Đăng ký", `A${row}`, "Đợt 1");
    type(wb, "Đăng ký", `C${row}`, "TDP05");
    type(wb, "Đăng ký", `E${row}`, "Tổ dân phố văn hóa");
    const e = await refusal(fillSampleRound(ctxOf(wb), "D1", { mistakes: true }));
    expect(e.code).toBe("SAMPLE_HAS_REGISTRATIONS");
    expect(sheet(wb, "Đăng ký").getCell(`C${row}`).value).toBe("TDP05");
  });

  it("refuses a round nobody prepared", async () => {
    const wb = ExcelJsWorkbook.create();
    await layoutPlan(ctxOf(wb), { sample: true });
    const e = await refusal(fillSampleRound(ctxOf(wb), "D1", { mistakes: true }));
    expect(e.code).toBe("SAMPLE_NOT_PREPARED");
    expect((await wb.listSheets()).some((s) => s.name.startsWith("Chấm điểm"))).toBe(false);
  });
});

describe("fillSampleRound on a freshly prepared round", () => {
  it("without slips, fills a round the check passes clean", async () => {
    const wb = await prepared();
    const r = await fillSampleRound(ctxOf(wb), "D1", { mistakes: false });
    expect(r.mistakes).toEqual([]);
    const v = await validateRoundCommand(ctxOf(wb), "D1");
    expect(v.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([]);
    // and it will not fill twice
    expect((await refusal(fillSampleRound(ctxOf(wb), "D1", { mistakes: false }))).code).toBe("SAMPLE_HAS_REGISTRATIONS");
  });

  it("with slips, the check finds each one at the cell the command names; the correction clears the one error", async () => {
    const wb = await prepared();
    const r = await fillSampleRound(ctxOf(wb), "D1", { mistakes: true });
    expect(r.mistakes.map((m) => m.kind).sort()).toEqual(["blank", "late-registration", "missing-comma", "not-registered", "not-registered", "text-number"]);
    const v = await validateRoundCommand(ctxOf(wb), "D1");
    const found = new Set(v.findings.map((f) => `${f.code}|${f.severity}|${f.sheet}!${f.cell}`));
    for (const m of r.mistakes) expect(found).toContain(`${m.code}|${m.severity}|${m.sheet}!${m.cell}`);
    expect(v.findings.filter((f) => f.severity === "error")).toHaveLength(1);

    const slip = r.mistakes.find((m) => m.kind === "missing-comma")!;
    expect(sheet(wb, slip.sheet).getCell(slip.cell).value).toBe(slip.typed);
    const fix = { judge: slip.judge!, unit: slip.unit, criterion: slip.criterion!, from: slip.typed!, to: slip.intended! };
    // a correction whose cell no longer holds the slip writes nothing
    await refusal(correctSampleScores(ctxOf(wb), "D1", [{ ...fix, from: 12345 }]));
    expect(sheet(wb, slip.sheet).getCell(slip.cell).value).toBe(slip.typed);

    await correctSampleScores(ctxOf(wb), "D1", [fix]);
    expect(sheet(wb, slip.sheet).getCell(slip.cell).value).toBe(slip.intended);
    const again = await validateRoundCommand(ctxOf(wb), "D1");
    expect(again.findings.filter((f) => f.severity === "error")).toEqual([]);
    // the other judges' typed values are still there
    const text = r.mistakes.find((m) => m.kind === "text-number")!;
    expect(sheet(wb, text.sheet).getCell(text.cell).value).toBe(text.typed);
  });
});
