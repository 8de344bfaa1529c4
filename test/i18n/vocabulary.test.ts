/**
 * One vocabulary: a council member who scores is "thành viên Hội đồng" in every Vietnamese message, never
 * "giám khảo" and never "GK" (which readers also take for Giấy khen).
 */
import * as fs from "fs";
import * as path from "path";
import type { Catalog } from "../../src/i18n";

const DIR = path.resolve(__dirname, "../../src/i18n/catalog");

function catalogs(): [string, Catalog][] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => {
      const mod = require(path.join(DIR, f)) as Record<string, Catalog>;
      return Object.values(mod).map((c): [string, Catalog] => [f, c]);
    });
}

test("no Vietnamese message of any catalog says “giám khảo” or “GK”", () => {
  const all = catalogs();
  expect(all.length).toBeGreaterThanOrEqual(13);
  const offending = all.flatMap(([file, c]) =>
    Object.entries(c)
      .filter(([, m]) => /giám khảo/iu.test(m.vi.normalize("NFC")) || /(^|\s)GK\b/u.test(m.vi))
      .map(([code, m]) => `${file} ${code}: ${m.vi}`),
  );
  expect(offending).toEqual([]);
});

test("the scoring sheet names its member as the council does", () => {
  const all = Object.fromEntries(catalogs().flatMap(([, c]) => Object.entries(c)));
  expect(all.SCORING_JUDGE?.vi).toBe("Thành viên Hội đồng:");
  expect(all.SCORING_JUDGE_CODE?.vi).toBe("Mã thành viên:");
});

test("no Vietnamese message says “add-in”: the product is a “tiện ích” in Vietnamese", () => {
  const offending = catalogs().flatMap(([file, c]) =>
    Object.entries(c)
      .filter(([, m]) => /add-in/iu.test(m.vi))
      .map(([code, m]) => `${file} ${code}: ${m.vi}`),
  );
  expect(offending).toEqual([]);
});
