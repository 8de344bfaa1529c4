/**
 * The register as the seed says: "Chủ trì" follows the plan's section III (the Hội đồng builds the plan,
 * launches the rounds and guides the bình xét; the units register and hold their own bình xét), every lead
 * or link the add-in inferred says so in its note, and each slip of the seed is kept and marked.
 */
import { PLAN_2024 } from "../../src/domain/plan/seed2024";

const task = (id: string) => PLAN_2024.tasks.find((t) => t.id === id)!;

describe("Chủ trì per section III of the seed", () => {
  test("the plan, the launches and the guidance are the Hội đồng's; registration and bình xét the units'; kiện toàn the Chủ tịch's", () => {
    expect(task("T01-01").lead).toBe("Hội đồng TĐKT phường");
    expect(task("T01-04").lead).toBe("Hội đồng TĐKT phường");
    expect(task("T03-02").lead).toBe("Hội đồng TĐKT phường");
    expect(task("T01-08").lead).toBe("Các cơ quan, đơn vị, trường học, đoàn thể, chi bộ, tổ dân phố");
    expect(task("T04-01").lead).toBe("Các cơ quan, đơn vị, trường học, đoàn thể, chi bộ, tổ dân phố");
    expect(task("T01-02").lead).toBe("Chủ tịch UBND phường");
    const byLead = new Map<string, number>();
    for (const t of PLAN_2024.tasks) byLead.set(t.lead, (byLead.get(t.lead) ?? 0) + 1);
    // No longer the Thường trực for nearly every task.
    expect(byLead.get("Thường trực Hội đồng TĐKT")).toBe(9);
    expect(byLead.get("Hội đồng TĐKT phường")).toBe(22);
  });

  test("every task says where its Chủ trì comes from, and an inferred one says it was inferred", () => {
    for (const t of PLAN_2024.tasks) {
      expect([t.id, (t.note ?? "").length > 0]).toEqual([t.id, true]);
      if (t.lead === "Thường trực Hội đồng TĐKT") expect([t.id, t.note]).toEqual([t.id, expect.stringContaining("suy ra")]);
    }
  });

  test("the seed's slips are kept as written and marked nguyên văn", () => {
    expect(task("T01-03").text).toContain("cho cho");
    expect(task("T01-03").note).toContain("Giữ nguyên văn kế hoạch: “cho cho”.");
    expect(task("T08-01").text).toContain("phong phong trào");
    expect(task("T08-01").note).toContain("Giữ nguyên văn kế hoạch: “phong phong trào”.");
    expect(task("T01-04").note).toContain("nguyên văn");
  });

  test("links the plan does not state carry a note: the year's bình xét of November, the hiếu học ceremony", () => {
    expect(task("T11-02").note).toContain("Kế hoạch không ghi đợt");
    expect(task("T11-03").note).toContain("Kế hoạch không ghi đợt");
    expect(task("T06-04").note).toContain("Kế hoạch không nêu phong trào");
  });
});
