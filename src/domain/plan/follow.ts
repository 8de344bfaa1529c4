/**
 * Tasks follow their round. The `Kế hoạch` sheet dates a round's launch and bình xét by the months the
 * plan gave; when the clerk moves the round on `Đợt thi đua`, the task that launches it and the task that
 * evaluates it move with it (their month, quarter and so the period they count in, and their deadline).
 * Other tasks linked to the round (registration, guidance, dossiers) keep their month: the plan dates them
 * on their own.
 */
import type { PlanRound, PlanTask } from "./model";

export interface MovedTask {
  id: string;
  from: number;
  to: number;
}

function targetMonth(task: PlanTask, round: PlanRound | undefined): number | undefined {
  if (!round) return undefined;
  if (task.kind === "evaluation" && round.evaluationMonths.length && !round.evaluationMonths.includes(task.month))
    return Math.max(...round.evaluationMonths);
  if (task.kind === "launch" && round.launchMonth !== undefined && round.launchMonth !== task.month) return round.launchMonth;
  return undefined;
}

export function followRounds(
  tasks: readonly PlanTask[],
  rounds: readonly PlanRound[],
): { tasks: PlanTask[]; moved: MovedTask[] } {
  const moved: MovedTask[] = [];
  const out = tasks.map((t) => {
    const to = targetMonth(
      t,
      rounds.find((r) => r.code === t.round),
    );
    if (to === undefined) return t;
    moved.push({ id: t.id, from: t.month, to });
    return { ...t, month: to, quarter: Math.ceil(to / 3) as 1 | 2 | 3 | 4 };
  });
  return { tasks: out, moved };
}
