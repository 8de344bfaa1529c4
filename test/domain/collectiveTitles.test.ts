/** TTLĐTT and Tổ dân phố văn hóa on hand-made units: each condition, its reason, and the settings that move it. */
import type { Person } from "../../src/domain/awards/model";
import { defaultSettings } from "../../src/domain/settings";
import type { Unit } from "../../src/domain/types";
import { collectiveTitle } from "../../src/domain/units/titles";

const unit = (code: string, type: Unit["type"]): Unit => ({ code, name: `Đơn vị ${code}`, type, block: "K" });
const person = (code: string, over: Partial<Person> = {}): Person => ({
  code,
  name: `Người ${code}`,
  position: "",
  unit: "BN01",
  ...over,
});
/** Stands in for the awards' LĐTT rule: here, registered and graded HTT or better. */
const ldtt = (p: Person) => p.registered === "LDTT" && (p.performance === "HTT" || p.performance === "HTXS");

const four = [
  person("A", { registered: "LDTT", performance: "HTT" }),
  person("B", { registered: "LDTT", performance: "HTXS" }),
  person("C", { performance: "HT" }),
  person("D", { performance: "HT" }),
];

describe("Tập thể lao động tiên tiến", () => {
  test("two of four LĐTT is 50 %: eligible with a Tốt year", () => {
    const r = collectiveTitle({ unit: unit("BN01", "BANNGANH"), members: four, meetsLdtt: ldtt, tier: "Tốt" }, defaultSettings());
    expect(r.outcome).toBe("eligible");
    expect([r.members, r.ldtt]).toEqual([4, 2]);
    expect(r.answers.map((a) => [a.code, a.kind])).toEqual([
      ["TTLDTT_TIER", "met"],
      ["TTLDTT_MEMBERS", "met"],
      ["TTLDTT_LDTT_SHARE", "met"],
      ["TTLDTT_NO_DISCIPLINE", "met"],
      ["TTLDTT_ALL_COMPLETE", "off"],
    ]);
  });

  test("a 70 % share (Bắc Ninh's), a cảnh cáo, a Khá year: each unmet with its reason", () => {
    const settings = { ...defaultSettings(), TTLDTT_MIN_LDTT_SHARE: 0.7 };
    const members = [...four.slice(0, 3), person("D", { performance: "HT", discipline: "CANH_CAO" })];
    const r = collectiveTitle({ unit: unit("BN01", "BANNGANH"), members, meetsLdtt: ldtt, tier: "Khá" }, settings);
    expect(r.outcome).toBe("not-eligible");
    expect(r.answers.filter((a) => a.kind === "unmet").map((a) => a.reason)).toEqual([
      { code: "COLL_WHY_TIER", params: { tier: "Khá", min: "Tốt" } },
      { code: "COLL_WHY_LDTT_SHARE", params: { ldtt: 2, members: 4, need: 3, share: 70 } },
      { code: "COLL_WHY_DISCIPLINE", params: { names: "Người D" } },
    ]);
  });

  test("a khiển trách does not stop the collective; no year's results leaves it pending; every member completing is a setting", () => {
    const members = [...four.slice(0, 3), person("D", { performance: "KHT", discipline: "KHIEN_TRACH" })];
    const r = collectiveTitle({ unit: unit("BN01", "BANNGANH"), members, meetsLdtt: ldtt, tier: undefined }, defaultSettings());
    expect(r.outcome).toBe("pending");
    const strict = collectiveTitle(
      { unit: unit("BN01", "BANNGANH"), members, meetsLdtt: ldtt, tier: "Xuất sắc" },
      { ...defaultSettings(), TTLDTT_ALL_COMPLETE: "yes" },
    );
    expect(strict.outcome).toBe("not-eligible");
    expect(strict.answers.find((a) => a.code === "TTLDTT_ALL_COMPLETE")?.reason).toEqual({
      code: "COLL_WHY_NOT_COMPLETE",
      params: { names: "Người D" },
    });
  });
});

describe("Tổ dân phố văn hóa", () => {
  test("70 % of households by default: 7 of 10 is enough, 6 of 10 is not", () => {
    const tdp = unit("TDP01", "TDP");
    const yes = collectiveTitle(
      { unit: tdp, members: [], meetsLdtt: ldtt, tier: "Tốt", households: { total: 10, passed: 7 } },
      defaultSettings(),
    );
    expect(yes.outcome).toBe("eligible");
    const no = collectiveTitle(
      { unit: tdp, members: [], meetsLdtt: ldtt, tier: "Tốt", households: { total: 10, passed: 6 } },
      defaultSettings(),
    );
    expect(no.answers.map((a) => a.reason)).toEqual([
      undefined,
      { code: "COLL_WHY_GDVH_SHARE", params: { passed: 6, total: 10, share: 70 } },
    ]);
    const none = collectiveTitle(
      { unit: tdp, members: [], meetsLdtt: ldtt, tier: "Tốt", households: { total: 0, passed: 0 } },
      defaultSettings(),
    );
    expect(none.outcome).toBe("pending");
  });
});
