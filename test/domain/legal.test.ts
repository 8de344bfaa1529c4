import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import { basisStatus, findLegal, LEGAL_CATALOGUE, statusAt, statusLabel } from "../../src/domain/plan/legal";
import type { CitedDocument } from "../../src/domain/plan/model";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const MARCH = utc(2024, 3, 1);
const AUGUST = utc(2024, 8, 1);

function rowFor(asOf: Date, number: string) {
  const row = basisStatus(PLAN_2024.cited, asOf).find((r) => (r.cited.number || r.cited.catalogRef) === number);
  if (!row) throw new Error(`${number} is not cited by the plan`);
  return row;
}

describe("legal basis currency of the 2024 plan", () => {
  test("one row per cited text, in the plan's order", () => {
    const rows = basisStatus(PLAN_2024.cited, MARCH);
    expect(rows.map((r) => r.cited)).toEqual(PLAN_2024.cited);
  });

  test("QĐ 50/2017 of Lào Cai: in force on 01/03/2024, replaced by QĐ 14/2024 on 01/08/2024", () => {
    const before = rowFor(MARCH, "50/2017/QĐ-UBND");
    expect(before.status).toBe("in-force");
    expect(before.warning).toBe(false);
    const after = rowFor(AUGUST, "50/2017/QĐ-UBND");
    expect(after.status).toBe("replaced");
    expect(after.since).toBe("15/07/2024");
    expect(after.replacedBy.map((d) => d.number)).toEqual(["14/2024/QĐ-UBND"]);
    expect(after.warning).toBe(true);
    expect(after.note.vi).toContain("14/2024/QĐ-UBND");
    expect(after.note.en).toContain("14/2024/QĐ-UBND");
  });

  test("between issue (30/06) and force (15/07) of QĐ 14/2024 the old text is in force but flagged", () => {
    const row = rowFor(utc(2024, 7, 5), "50/2017/QĐ-UBND");
    expect(row.status).toBe("in-force");
    expect(row.warning).toBe(true);
    expect(row.note.vi).toContain("15/07/2024");
  });

  test("QĐ 42/2019 (amending 50/2017) goes with it", () => {
    expect(rowFor(MARCH, "42/2019/QĐ-UBND").status).toBe("in-force");
    expect(rowFor(AUGUST, "42/2019/QĐ-UBND").status).toBe("replaced");
    expect(rowFor(AUGUST, "42/2019/QĐ-UBND").source).toMatch(/\[M\]/);
  });

  test("texts replaced from 01/01/2024 are flagged at both dates, with their replacements", () => {
    for (const asOf of [MARCH, AUGUST]) {
      const law = rowFor(asOf, "39/2013/QH13");
      expect(law.status).toBe("replaced");
      expect(law.replacedBy.map((d) => d.number)).toEqual(["06/2022/QH15"]);
      const decree = rowFor(asOf, "91/2017/NĐ-CP");
      expect(decree.status).toBe("replaced");
      expect(decree.since).toBe("01/01/2024");
      expect(decree.replacedBy.map((d) => d.number)).toEqual(["98/2023/NĐ-CP"]);
      expect(decree.warning).toBe(true);
    }
  });

  test("TT 08/2017 leads, through TT 12/2019, to TT 01/2024 once that is issued", () => {
    expect(rowFor(AUGUST, "08/2017/TT-BNV").replacedBy.map((d) => d.number)).toEqual(["01/2024/TT-BNV"]);
    // Before 24/02/2024 the newest text was not issued yet, so the chain stops at TT 12/2019.
    expect(rowFor(utc(2024, 1, 15), "08/2017/TT-BNV").replacedBy.map((d) => d.number)).toEqual(["12/2019/TT-BNV"]);
    expect(rowFor(AUGUST, "08/2017/TT-BNV").warning).toBe(true);
  });

  test("KH 336/KH-UBND (2021-2025) is still in force in 2024", () => {
    const row = rowFor(AUGUST, "336/KH-UBND");
    expect(row.status).toBe("in-force");
    expect(row.warning).toBe(false);
  });

  test("the year's directing documents are in force during 2024 and flagged when re-issuing for 2025", () => {
    expect(rowFor(AUGUST, "03/KH-UBND").warning).toBe(false);
    expect(rowFor(utc(2025, 1, 10), "03/KH-UBND").warning).toBe(true);
  });

  test("the time of day does not move a status across the day it changes", () => {
    const lateOnTheDayBefore = new Date(Date.UTC(2024, 6, 14, 23, 59));
    expect(rowFor(lateOnTheDayBefore, "50/2017/QĐ-UBND").status).toBe("in-force");
    expect(rowFor(utc(2024, 7, 15), "50/2017/QĐ-UBND").status).toBe("replaced");
  });

  test("current texts: not yet in force before their date, in force after", () => {
    const qd14 = findLegal("14/2024/QĐ-UBND")!;
    expect(statusAt(qd14, MARCH).status).toBe("not-yet-in-force");
    expect(statusAt(qd14, AUGUST).status).toBe("in-force");
    expect(statusAt(findLegal("06/2022/QH15")!, utc(2023, 12, 31)).status).toBe("not-yet-in-force");
    expect(statusAt(findLegal("06/2022/QH15")!, utc(2024, 1, 1)).status).toBe("in-force");
    expect(statusAt(findLegal("86/2023/NĐ-CP")!, utc(2024, 1, 29)).status).toBe("not-yet-in-force");
    expect(statusAt(findLegal("98/2023/NĐ-CP")!, MARCH).status).toBe("in-force");
    expect(statusAt(findLegal("01/2024/TT-BNV")!, AUGUST).status).toBe("in-force");
  });

  test("a text not in the catalogue is reported as such, without a false warning; a recurring number of another year does not match", () => {
    const unknown: CitedDocument = { number: "12/KH-UBND", kind: "Kế hoạch", date: "05/01/2025", issuer: "UBND phường", title: "x", role: "basis" };
    const nextYear: CitedDocument = { ...unknown, number: "03/KH-UBND", date: "06/01/2025" };
    for (const row of basisStatus([unknown, nextYear], AUGUST)) {
      expect(row.status).toBe("not-listed");
      expect(row.warning).toBe(false);
      expect(row.note.vi.length).toBeGreaterThan(0);
    }
  });

  test("numbers match however they are typed (case, spaces, marks)", () => {
    expect(findLegal("91/2017/nđ-cp")?.number).toBe("91/2017/NĐ-CP");
    expect(findLegal(" 50/2017/QD-UBND ")?.number).toBe("50/2017/QĐ-UBND");
  });
});

describe("the legal catalogue", () => {
  test("every entry says where its status comes from, tagged [V], [M] or [P]", () => {
    for (const d of LEGAL_CATALOGUE) expect(d.source).toMatch(/\[(V|M|P)\]/);
  });

  test("every replacement named is itself in the catalogue, and numbers are unique", () => {
    const numbers = LEGAL_CATALOGUE.map((d) => d.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const d of LEGAL_CATALOGUE) for (const n of d.replacedBy) expect(numbers).toContain(n);
  });

  test("the current framework is there: Luật 06/2022, NĐ 98/2023, TT 01/2024, NĐ 86/2023, QĐ 14/2024", () => {
    expect(findLegal("06/2022/QH15")?.inForceFrom).toBe("01/01/2024");
    expect(findLegal("98/2023/NĐ-CP")?.date).toBe("31/12/2023");
    expect(findLegal("01/2024/TT-BNV")?.date).toBe("24/02/2024");
    expect(findLegal("86/2023/NĐ-CP")?.inForceFrom).toBe("30/01/2024");
    expect(findLegal("14/2024/QĐ-UBND")?.date).toBe("30/06/2024");
  });

  test("status labels and notes exist in both languages and are NFC", () => {
    for (const s of ["in-force", "replaced", "amended", "expired", "not-yet-in-force", "not-listed"] as const) {
      const l = statusLabel(s);
      expect(l.vi.length).toBeGreaterThan(0);
      expect(l.en.length).toBeGreaterThan(0);
    }
    for (const asOf of [MARCH, AUGUST]) {
      for (const row of basisStatus(PLAN_2024.cited, asOf)) {
        expect(row.note.vi.normalize("NFC")).toBe(row.note.vi);
        expect(row.note.vi).not.toMatch(/\{\w+\}|\?/);
      }
    }
  });
});
