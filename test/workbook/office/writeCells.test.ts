/** Inside Excel, "Đánh dấu xong" sets one cell of `Kế hoạch` in one Excel.run with one sync after its read. */
import { officeSession } from "../../support/officeCommands";

jest.setTimeout(60_000);

test("marking a task done sets its Trạng thái cell in Excel and no other cell of Kế hoạch", async () => {
  const session = officeSession();
  await session.commands.layoutPlan({ sample: false });
  const before = session.fake.grid("Kế hoạch").map((r) => [...r]);
  expect(before[10]?.[8]).toBe("Chưa thực hiện");

  const { result, syncs } = await session.measure("markTaskDone", (c) => c.markTaskDone("T02-01"));

  expect(result.messages[0]?.en).toMatch(/\(sheet Kế hoạch, cell I11\)\.$/);
  const after = session.fake.grid("Kế hoạch");
  expect(after[10]?.[8]).toBe("Hoàn thành");
  const changed: string[] = [];
  after.forEach((row, r) => row.forEach((v, c) => v !== before[r]?.[c] && changed.push(`${r},${c}`)));
  expect(changed).toEqual(["10,8"]);
  // readSheets (used range, then values) and the one write
  expect([syncs.runs, syncs.syncs]).toEqual([2, 3]);
});
