/** validateRound: every rule of the table over a round's parsed inputs. Pure: data in, findings out. */
import type { Finding } from "../types";
import { RuleContext } from "./context";
import { DEFAULT_FINDING_CAP, Emitter } from "./emitter";
import type { RoundInput } from "./input";
import { RULES } from "./rules";

export type { InputLayout, RoundInput } from "./input";
export * from "./judgeSheet";
export { RULES, type RuleDef } from "./rules";
export { nameKey } from "../codes";
export { registeredUnitCodes } from "./registration";
export { roundStateOf, type RoundState } from "./roundState";
export { unitCodeKey } from "./unitCode";
export { conflictCodes, headsUnit, judgeUnitIndices, unitsForJudge, type JudgeUnits } from "./assignment";

export function validateRound(input: RoundInput): Finding[] {
  const out = new Emitter(input.findingCap ?? DEFAULT_FINDING_CAP);
  const ctx = new RuleContext(input, out);
  for (const rule of RULES) rule.check?.(ctx);
  return [...(input.readFindings ?? []), ...out.finish()];
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
