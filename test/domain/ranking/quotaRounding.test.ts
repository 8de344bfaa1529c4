/** QUOTA_ROUNDING: a small khối is not shut out of proposals when the clerk says so. */
import { pickWithinQuota } from "../../../src/domain/ranking/proposals";
import { quotaOf } from "../../../src/domain/ranking/numbers";
import { readMethod } from "../../../src/domain/ranking/method";
import { defaultSettings } from "../../../src/domain/settings";

describe("quota rounding", () => {
  test("by default a khối of 3 units at 30 % has a quota of 0: its Xuất sắc school is not proposed", () => {
    expect(readMethod(defaultSettings(), "D1").quotaRounding).toBe("floor");
    const pick = pickWithinQuota([0], () => 1, 3, 0.3, "GIAY_KHEN");
    expect(pick.quota).toBe(0);
    expect(pick.proposed).toEqual([]);
    expect(pick.left.get(0)?.code).toBe("RANK_QUOTA_FULL_GIAY_KHEN");
  });

  test("'at least one' gives that khối one place, and only when it has a candidate", () => {
    const method = readMethod({ ...defaultSettings(), QUOTA_ROUNDING: "at-least-one" }, "D1");
    expect(method.quotaRounding).toBe("at-least-one");
    const pick = pickWithinQuota([0], () => 1, 3, 0.3, "GIAY_KHEN", method.quotaRounding);
    expect(pick.quota).toBe(1);
    expect(pick.proposed).toEqual([0]);
    expect(pickWithinQuota([], () => 1, 3, 0.3, "GIAY_KHEN", "at-least-one").quota).toBe(0);
    // A quota already above one is left as it is; a share of 0 stays 0.
    expect(quotaOf(14, 0.3, "at-least-one", true)).toBe(4);
    expect(quotaOf(3, 0, "at-least-one", true)).toBe(0);
  });
});
