/** The command table: every host's forwarding comes from it, and the CLI runs the commands it names. */
import { APP_COMMANDS, APP_COMMAND_NAMES, forwardCommands } from "../../src/app/commandTable";
import type { AppCommands } from "../../src/app/types";
import { COMMANDS } from "../../src/cli/commands";
import { lazyCommands } from "../../src/taskpane/host/lazyCommands";

/** An AppCommands that records each call and answers with the command's name. */
function recording(calls: string[]): AppCommands {
  const answer =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(", ")})`);
      return name;
    };
  return Object.fromEntries(APP_COMMAND_NAMES.map((n) => [n, answer(n)])) as unknown as AppCommands;
}

test("the table lists the app commands", () => {
  expect(APP_COMMAND_NAMES).toEqual([
    "layoutPlan",
    "prepareRound",
    "validateRound",
    "rankRound",
    "summarize",
    "selectCell",
    "readPlan",
    "awards",
    "markTaskDone",
    "newYear",
    "unitForms",
    "collectForms",
    "consolidateKhoi",
  ]);
});

test("every CLI name in the table is a tdkt command", () => {
  const cli = new Set(COMMANDS.map((c) => c.name));
  const named = Object.values(APP_COMMANDS).flatMap((t) => ("cli" in t ? [t.cli] : []));
  expect(named).toEqual([
    "layout",
    "prepare",
    "validate",
    "rank",
    "summary",
    "awards",
    "new-year",
    "forms",
    "collect",
    "consolidate",
  ]);
  for (const name of named) expect(cli.has(name)).toBe(true);
});

test("forwarding passes each command's arguments through and tells `after` what ran", async () => {
  const calls: string[] = [];
  const seen: string[] = [];
  const f = forwardCommands(
    () => recording(calls),
    async (name, result) => {
      seen.push(`${name}→${String(result)}`);
    },
  );
  await f.prepareRound("D2");
  await f.rankRound("D1", { provisional: true });
  await f.selectCell("Kiểm tra Đ1", "B7");
  expect(calls).toEqual(['prepareRound("D2")', 'rankRound("D1", {"provisional":true})', 'selectCell("Kiểm tra Đ1", "B7")']);
  expect(seen).toEqual(["prepareRound→prepareRound", "rankRound→rankRound", "selectCell→selectCell"]);
});

test("the lazy commands load their module once, and again after a failed load", async () => {
  const calls: string[] = [];
  let loads = 0;
  let fail = true;
  const lazy = lazyCommands(async () => {
    loads++;
    if (fail) throw new Error("mạng mất");
    return recording(calls);
  });
  await expect(lazy.validateRound("D1")).rejects.toThrow("mạng mất");
  fail = false;
  await lazy.validateRound("D1");
  await lazy.summarize({ all: true });
  expect(loads).toBe(2);
  expect(calls).toEqual(['validateRound("D1")', 'summarize({"all":true})']);
});
