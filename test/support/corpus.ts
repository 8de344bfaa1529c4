/**
 * The clean workbook the validation corpus starts from, and the helpers to plant one problem in it
 * the way a person would: by typing into a cell of the saved file (raw exceljs, not through the port).
 * Clean = layout with the sample ward, prepare D1, a registration for every unit, valid scores from every judge.
 */
import type ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { judgeSheetInfos } from "../../src/app/roundInputs";
import type { CommandContext } from "../../src/app/types";
import { defaultCriteria } from "../../src/domain/criteria";
import { sampleScore } from "../../src/domain/sample/roundData";
import type { Criterion, Unit } from "../../src/domain/types";
import { inputCell } from "../../src/domain/validation";
import { readCriteria } from "../../src/sheets/criteria";
import { readScoringSheet } from "../../src/sheets/scoring";
import { readUnits } from "../../src/sheets/units";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";

export const TODAY = new Date(Date.UTC(2024, 0, 10));

export function ctxOf(wb: ExcelJsWorkbook): CommandContext {
  return { wb, today: TODAY };
}

export function sheet(wb: ExcelJsWorkbook, name: string): ExcelJS.Worksheet {
  const ws = wb.book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Types a value into a cell, as a person would (no marker update, protection ignored like an unprotected edit). */
export function type(wb: ExcelJsWorkbook, name: string, address: string, value: ExcelJS.CellValue): void {
  sheet(wb, name).getCell(address).value = value;
}

/** A valid score (the demo's sample score, so the corpus and the demo agree on what clean data is). */
export function validScore(unit: number, criterion: Criterion, critIndex: number, judge: number): ExcelJS.CellValue {
  return sampleScore(unit, criterion, critIndex, judge);
}

export async function readModel(wb: ExcelJsWorkbook): Promise<{ units: Unit[]; criteria: Criterion[] }> {
  const [u, c] = await wb.readSheets(["Đơn vị", "Tiêu chí"]);
  return { units: readUnits(u).units, criteria: c ? readCriteria(c).criteria : defaultCriteria() };
}

export async function judgeSheetNames(wb: ExcelJsWorkbook): Promise<string[]> {
  return judgeSheetInfos("D1", await wb.listSheets()).map((j) => j.name);
}

/** A1 address of a unit × criterion input on a judge sheet, found by reading the sheet back. */
export async function inputAddress(wb: ExcelJsWorkbook, name: string, unitCode: string, critCode: string): Promise<string> {
  const { units, criteria } = await readModel(wb);
  const [data] = await wb.readSheets([name]);
  const js = readScoringSheet(data, criteria, units);
  const u = units.findIndex((x) => x.code === unitCode);
  const c = criteria.findIndex((x) => x.code === critCode && !x.isGroup);
  const cell = inputCell(js, u, c);
  if (!cell) throw new Error(`${unitCode} × ${critCode} not on ${name}`);
  return cell;
}

/** 1-based row of a unit on a judge sheet. */
export async function unitRow(wb: ExcelJsWorkbook, name: string, unitCode: string): Promise<number> {
  const { units, criteria } = await readModel(wb);
  const [data] = await wb.readSheets([name]);
  const js = readScoringSheet(data, criteria, units);
  const r = js.rowOfUnit[units.findIndex((x) => x.code === unitCode)];
  if (r < 0) throw new Error(`${unitCode} not on ${name}`);
  return r + 1;
}

/** Fills every input of every judge sheet with a valid score. */
export async function fillValidScores(wb: ExcelJsWorkbook): Promise<void> {
  const { units, criteria } = await readModel(wb);
  const names = await judgeSheetNames(wb);
  const data = await wb.readSheets(names);
  data.forEach((d, j) => {
    const js = readScoringSheet(d, criteria, units);
    const ws = sheet(wb, d.name);
    units.forEach((_, u) => {
      if (js.rowOfUnit[u] < 0) return;
      const block = js.blocks[js.blockOfUnit[u]];
      criteria.forEach((c, ci) => {
        const col = block.colOfCriterion[ci];
        if (col < 0) return;
        ws.getRow(js.rowOfUnit[u] + 1).getCell(col + 1).value = validScore(u, c, ci, j);
      });
    });
  });
}

/** One D1 registration per unit, on time, covenant signed: rows 2… of `Đăng ký` in unit order. */
export async function registerAll(wb: ExcelJsWorkbook): Promise<void> {
  const { units } = await readModel(wb);
  const ws = sheet(wb, "Đăng ký");
  units.forEach((u, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = "Đợt 1";
    row.getCell(2).value = "Tập thể";
    row.getCell(3).value = u.code;
    // A round ranks for a Giấy khen; the annual titles belong on the year's rows.
    row.getCell(5).value = "Giấy khen tập thể";
    row.getCell(6).value = "Hoàn thành 100% chỉ tiêu";
    row.getCell(7).value = new Date(Date.UTC(2024, 0, 15));
    row.getCell(8).value = "Có";
  });
}

/** Where jest's global setup left the clean workbook's bytes (test/support/globalSetup.ts). */
export const CLEAN_WORKBOOK_ENV = "TDKT_CLEAN_WORKBOOK";

/** The clean workbook's bytes, built from scratch. */
export async function buildCleanWorkbook(): Promise<Uint8Array> {
  const wb = ExcelJsWorkbook.create();
  const ctx = ctxOf(wb);
  await layoutPlan(ctx, { sample: true });
  const prepared = await prepareRound(ctx, "D1");
  if (!prepared.ok) throw new Error(prepared.messages.map((m) => m.en).join("\n"));
  await registerAll(wb);
  await fillValidScores(wb);
  return wb.toBuffer();
}

let cleanBuffer: Promise<Uint8Array> | undefined;

/**
 * A fresh copy of the clean workbook, reloaded from its bytes: built once per run by the global setup, or
 * once per test file when a file runs without it.
 */
export async function cleanWorkbook(): Promise<ExcelJsWorkbook> {
  const shared = process.env[CLEAN_WORKBOOK_ENV];
  cleanBuffer ??= shared ? fs.readFile(shared) : buildCleanWorkbook();
  return ExcelJsWorkbook.fromBuffer(await cleanBuffer);
}

/** Row (1-based) of a setting's code in `Cấu hình`, and the column of its value. */
export function settingCell(wb: ExcelJsWorkbook, code: string): string {
  const ws = sheet(wb, "Cấu hình");
  let found = "";
  ws.eachRow((row, r) => {
    if (String(row.getCell(1).value ?? "") === code) found = `C${r}`;
  });
  if (!found) throw new Error(`setting ${code} not found`);
  return found;
}

/** 1-based row of a code in column A of a list sheet. */
export function rowOf(wb: ExcelJsWorkbook, name: string, code: string): number {
  const ws = sheet(wb, name);
  let found = 0;
  ws.eachRow((row, r) => {
    if (!found && String(row.getCell(1).value ?? "") === code) found = r;
  });
  if (!found) throw new Error(`${code} not in ${name}`);
  return found;
}

/** First row below the data of a list sheet (col A blank). */
export function nextFreeRow(wb: ExcelJsWorkbook, name: string): number {
  const ws = sheet(wb, name);
  for (let r = 2; ; r++) if (ws.getCell(`A${r}`).value === null || ws.getCell(`A${r}`).value === undefined) return r;
}
