/**
 * "Hôm nay": the top of the pane. What the workbook's plan asks for this month and what is overdue, the
 * current round and how far it got, and the one step to take next as the pane's only primary button.
 */
import { useEffect, useId, useRef, useState, type ReactElement, type RefObject } from "react";
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowRightRegular, CheckmarkRegular } from "@fluentui/react-icons";
import type { PlanTask } from "../../domain/plan/model";
import type { RoundCode } from "../../domain/types";
import { useText } from "../lang";
import { roundStateLines, roundToday, tasksToday, type NextStep, type PlanView, type RoundProgress } from "../today";

export interface TodaySectionProps {
  view: PlanView;
  today: Date;
  busy: boolean;
  progress: Partial<Record<RoundCode, RoundProgress>>;
  next: NextStep;
  /** The next step's label, as the button that runs it below is labelled. */
  nextLabel: string;
  onNext: () => void;
  /** In the browser, once a round is prepared: how to get the score sheets filled outside the browser. */
  browserSteps: boolean;
  /** The next-step button, for the pane to move the focus to when the control that ran is gone. */
  nextRef?: RefObject<HTMLButtonElement | null>;
  /** Writes Hoàn thành in a task's Trạng thái; the pane reads the plan again when it has run. */
  onMarkDone?: (id: string) => void;
}

const TASKS_SHOWN = 3;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: "flex", alignItems: "baseline", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  h2: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  month: { color: tokens.colorNeutralForeground3 },
  // lines that belong together sit closer than the parts of the section: after a check of an unscored ward
  // the page holds 505 findings below, and every line here pushes the preview further down
  group: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
  roundGroup: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  state: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  // the button follows the task's text on its last line: a tall list would push the findings out of reach
  doneButton: {
    minWidth: "auto",
    minHeight: "20px",
    height: "auto",
    paddingTop: 0,
    paddingBottom: 0,
    marginLeft: tokens.spacingHorizontalXS,
    verticalAlign: "baseline",
  },
  done: {
    color: tokens.colorPaletteGreenForeground1,
    marginLeft: tokens.spacingHorizontalXS,
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
  },
  next: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, alignItems: "stretch" },
  // a long step ("Bước tiếp theo: Chuẩn bị trang — Đợt đặc biệt") wraps in a 320 px pane instead of being cut
  nextButton: { justifyContent: "flex-start", textAlign: "start", whiteSpace: "normal", height: "auto", minHeight: "32px" },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

interface TaskListProps {
  tasks: PlanTask[];
  label: string;
  showMonth: boolean;
  busy: boolean;
  onMarkDone?: (id: string) => void;
}

function TaskList({ tasks, label, showMonth, busy, onMarkDone }: TaskListProps) {
  const text = useText();
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const buttons = useRef(new Map<string, HTMLElement>());
  // The task just marked, and the order the list had then: once the plan read back shows it done (or
  // gone from the overdue list), the focus moves to the next task still open; with none left, the
  // section moves it to the next step.
  const [marked, setMarked] = useState<{ id: string; order: string[] } | undefined>();
  const shown = all ? tasks : tasks.slice(0, TASKS_SHOWN);
  useEffect(() => {
    if (!marked) return;
    const now = tasks.find((t) => t.id === marked.id);
    if (now && !now.done) return;
    setMarked(undefined);
    const at = marked.order.indexOf(marked.id);
    const candidates = [...marked.order.slice(at + 1), ...marked.order.slice(0, at).reverse()];
    candidates
      .map((id) => buttons.current.get(id))
      .find((b) => b !== undefined)
      ?.focus();
  }, [tasks, marked]);
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {shown.map((t) => (
          <li key={t.id}>
            <Text size={200}>
              {t.text}
              {showMonth && <span className={styles.month}> ({text("PANE_TODAY_TASK_MONTH", { month: t.month })})</span>}
            </Text>
            {t.done ? (
              <Text size={200} className={styles.done}>
                <CheckmarkRegular aria-hidden /> {text("PANE_TASK_IS_DONE")}
              </Text>
            ) : (
              onMarkDone && (
                <Button
                  ref={(b) => {
                    if (b) buttons.current.set(t.id, b);
                    else buttons.current.delete(t.id);
                  }}
                  size="small"
                  appearance="subtle"
                  icon={<CheckmarkRegular />}
                  className={styles.doneButton}
                  aria-label={text("PANE_TASK_DONE_LABEL", { task: t.text })}
                  disabledFocusable={busy}
                  onClick={() => {
                    setMarked({ id: t.id, order: shown.filter((x) => !x.done).map((x) => x.id) });
                    onMarkDone(t.id);
                  }}
                >
                  {text("PANE_TASK_DONE_BUTTON")}
                </Button>
              )
            )}
          </li>
        ))}
      </ul>
      {tasks.length > TASKS_SHOWN && (
        <Link as="button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? text("PANE_RESULT_LESS") : text("PANE_RESULT_MORE", { count: tasks.length - TASKS_SHOWN })}
        </Link>
      )}
    </>
  );
}

export function TodaySection({
  view,
  today,
  busy,
  progress,
  next,
  nextLabel,
  onNext,
  browserSteps,
  nextRef,
  onMarkDone,
}: TodaySectionProps) {
  const text = useText();
  const styles = useStyles();
  const titleId = useId();
  const whyId = useId();
  const [overdueOpen, setOverdueOpen] = useState(false);
  // A task marked done loses its button when the plan is read back; when no other task's button took
  // the focus (the list's last open task, or the overdue list gone), it goes to the next step.
  const rescue = useRef(false);
  useEffect(() => {
    if (!rescue.current) return;
    rescue.current = false;
    if (!document.activeElement || document.activeElement === document.body) nextRef?.current?.focus();
  }, [view, nextRef]);
  const markDone = onMarkDone
    ? (id: string) => {
        rescue.current = true;
        onMarkDone(id);
      }
    : undefined;
  const month = today.getUTCMonth() + 1;
  const year = today.getUTCFullYear();

  let body: ReactElement;
  if (view.kind === "loading") body = <Text size={200}>{text("PANE_TODAY_LOADING")}</Text>;
  else if (view.kind === "empty") body = <Text size={200}>{text("PANE_TODAY_EMPTY")}</Text>;
  else if (view.kind === "unreadable") body = <Text size={200}>{text("PANE_TODAY_UNREADABLE")}</Text>;
  else {
    const tasks = tasksToday(view.plan, today);
    const current = roundToday(view.plan, today);
    const roundName = current ? current.round.name || text(`PANE_ROUND_${current.round.code}`) : "";
    const thisMonthLabel = text("PANE_TODAY_THIS_MONTH", { count: tasks.thisMonth.length });
    const overdueLabel = text("PANE_TODAY_OVERDUE", { count: tasks.overdue.length });
    body = (
      <>
        {tasks.otherYear ? (
          <Text size={200}>
            {text(tasks.otherYear === "past" ? "PANE_TODAY_PLAN_PAST" : "PANE_TODAY_PLAN_FUTURE", { year: view.plan.year })}
          </Text>
        ) : (
          <div className={styles.group}>
            <Text size={200} weight="semibold">
              {thisMonthLabel}
            </Text>
            {tasks.thisMonth.length ? (
              <TaskList
                tasks={tasks.thisMonth}
                label={thisMonthLabel}
                showMonth={false}
                busy={busy}
                onMarkDone={markDone}
              />
            ) : (
              <Text size={200}>{text("PANE_TODAY_NO_TASKS")}</Text>
            )}
            {tasks.overdue.length > 0 && (
              <>
                <Link as="button" aria-expanded={overdueOpen} onClick={() => setOverdueOpen(!overdueOpen)}>
                  {overdueLabel}
                </Link>
                {overdueOpen && (
                  <TaskList
                    tasks={tasks.overdue}
                    label={overdueLabel}
                    showMonth
                    busy={busy}
                    onMarkDone={markDone}
                  />
                )}
              </>
            )}
          </div>
        )}
        {current && (
          <div className={styles.roundGroup}>
            <Text size={200}>
              {text("PANE_TODAY_ROUND", { round: roundName })}
              {current.evaluationMonth !== undefined && ` (${text("PANE_TODAY_ROUND_EVAL", { month: current.evaluationMonth })})`}
              {"."}
            </Text>
            <ul className={styles.state} aria-label={text("PANE_TODAY_STATE_TITLE", { round: roundName })}>
              {roundStateLines(progress[current.round.code]).map((line) => (
                <li key={line.code}>
                  <Text size={200}>{text(line.code, line.params)}</Text>
                </li>
              ))}
            </ul>
          </div>
        )}
      </>
    );
  }

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.head}>
        <Text as="h2" id={titleId} weight="semibold" size={400} className={styles.h2}>
          {text("PANE_TODAY_TITLE")}
        </Text>
        <Text size={200} className={styles.hint}>
          {text("PANE_TODAY_DATE", { month, year })}
        </Text>
      </div>
      {body}
      {browserSteps && (
        <>
          <Text size={200} weight="semibold">
            {text("PANE_TODAY_BROWSER_STEPS_TITLE")}
          </Text>
          <ol className={styles.steps} aria-label={text("PANE_TODAY_BROWSER_STEPS_TITLE")}>
            <li>
              <Text size={200}>{text("PANE_TODAY_BROWSER_STEP_1")}</Text>
            </li>
            <li>
              <Text size={200}>{text("PANE_TODAY_BROWSER_STEP_2")}</Text>
            </li>
            <li>
              <Text size={200}>{text("PANE_TODAY_BROWSER_STEP_3")}</Text>
            </li>
          </ol>
        </>
      )}
      <div className={styles.next}>
        <Button
          ref={nextRef}
          appearance="primary"
          icon={<ArrowRightRegular />}
          className={styles.nextButton}
          disabledFocusable={busy || view.kind === "loading"}
          aria-describedby={whyId}
          onClick={onNext}
        >
          {text("PANE_TODAY_NEXT", { step: nextLabel })}
        </Button>
        <Text id={whyId} size={200} className={styles.hint}>
          {text(next.why)}
        </Text>
      </div>
    </section>
  );
}
