/**
 * The pane: sections for the plan, the round, the summaries and the findings, above them the progress and
 * the last result. Receives the app commands; never calls Excel itself.
 */
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import type { AppCommands, CommandResult, SummaryTarget } from "../../app/types";
import type { RoundCode } from "../../domain/types";
import { msg, type Bilingual, type Lang, type MessageCode } from "../../i18n";
import { AppError } from "../../shared/errors";
import { LangContext } from "../lang";
import { CommandRunner, type RunOptions } from "../runner";
import { nextStep, roundToday, type PlanView, type RoundProgress, type StepKind } from "../today";
import { AwardsSection } from "./AwardsSection";
import { FindingsList } from "./FindingsList";
import { PlanSection } from "./PlanSection";
import { RoundSection } from "./RoundSection";
import { StatusArea } from "./StatusArea";
import { SummarySection } from "./SummarySection";
import { TodaySection } from "./TodaySection";
import { UnitsSection, unitsHandlers } from "./UnitsSection";

export interface AppProps {
  commands: AppCommands;
  /** Shared with the ribbon button and given to createAppCommands as `progress`; the pane makes its own when absent. */
  runner?: CommandRunner;
  notice?: Bilingual;
  initialLang?: Lang;
  /** Host-specific parts (the browser host's file bar and sheet preview), shown above and below the sections. */
  header?: ReactNode;
  footer?: ReactNode;
  /** Where the pane runs: in the browser, "Hôm nay" says how to get score sheets filled outside it. */
  host?: "excel" | "browser";
  /** "Today" for the plan's months; injected so tests are deterministic. */
  today?: Date;
}

type SectionId = "plan" | "units" | "round" | "summary" | "awards" | "findings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    // Office opens the pane 320–350 px wide and a clerk may drag it to about 600: the content follows
    maxWidth: "600px",
    minWidth: "300px",
    width: "100%",
    marginLeft: "auto",
    marginRight: "auto",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
});

function targetName(target: SummaryTarget): Bilingual {
  if ("round" in target) return msg(`PANE_ROUND_${target.round}`);
  if ("period" in target) return msg(`PANE_PERIOD_${target.period}`);
  return msg("PANE_SUMMARY_ALL");
}

function text0(lang: Lang, code: MessageCode): string {
  return msg(code)[lang];
}

function task(code: MessageCode, detail?: Bilingual): Bilingual {
  const m = msg(code);
  return detail ? { vi: `${m.vi} — ${detail.vi}`, en: `${m.en} — ${detail.en}` } : m;
}

export function App({ commands, runner: given, notice, initialLang = "vi", header, footer, host, today: todayIn }: AppProps) {
  const styles = useStyles();
  const [runner] = useState(() => given ?? new CommandRunner());
  const state = useSyncExternalStore(runner.subscribe, runner.getState);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [round, setRound] = useState<RoundCode>("D1");
  const [open, setOpen] = useState<SectionId[]>(["plan", "round"]);
  const busy = state.busy;
  const noticeId = useId();
  const roundName = (r: RoundCode) => msg(`PANE_ROUND_${r}`);
  const text = (code: MessageCode, params?: Record<string, string | number>) => msg(code, params)[lang];
  const [today] = useState(() => todayIn ?? new Date());
  const [view, setView] = useState<PlanView>({ kind: "loading" });
  const [progress, setProgress] = useState<Partial<Record<RoundCode, RoundProgress>>>({});

  // The plan is read again after every command (and file opened): laying it out, or a clerk's edit of
  // `Đợt thi đua`, changes what "Hôm nay" shows.
  const readPlan = useCallback(() => {
    commands.readPlan().then(
      (plan) => setView({ kind: "ready", plan }),
      (e: unknown) =>
        setView(e instanceof AppError && e.code === "PLAN_SHEETS_MISSING" ? { kind: "empty" } : { kind: "unreadable" }),
    );
  }, [commands, today]);
  useEffect(() => {
    if (!busy) readPlan();
  }, [busy, readPlan]);
  // "Lập kế hoạch" is open while the workbook has no plan and folds once it has one: "Hôm nay" then leads,
  // and the 505 findings of a sample check fit the page with the preview in reach.
  const planItem = useRef<HTMLDivElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (view.kind === "empty") setOpen((o) => (o.includes("plan") ? o : ["plan", ...o]));
    if (view.kind === "ready") {
      // the button that laid the plan out folds away with its section: the focus goes to the step it leads to
      if (planItem.current?.contains(document.activeElement)) nextButton.current?.focus();
      setOpen((o) => o.filter((id) => id !== "plan"));
    }
  }, [view.kind]);
  // The round chooser starts at the round the plan calls for, once, and is the clerk's after that.
  const [roundChosen, setRoundChosen] = useState(false);
  useEffect(() => {
    if (roundChosen || view.kind !== "ready") return;
    const current = roundToday(view.plan, today);
    if (current) setRound(current.round.code);
    setRoundChosen(true);
  }, [view, today, roundChosen]);

  // A command that found problems opens the findings, so a clerk sees where to look without hunting.
  useEffect(() => {
    if (state.findings.length > 0) setOpen((o) => (o.includes("findings") ? o : [...o, "findings"]));
  }, [state.findings]);

  const run = (t: Bilingual, command: () => Promise<CommandResult>, options?: RunOptions) => runner.run(t, command, options);
  // What ran for which round, so "Hôm nay" moves on to the step after it.
  const record = (round: RoundCode, kind: StepKind, result: CommandResult | undefined) => {
    if (!result) return;
    setProgress((p) => {
      const was = p[round] ?? {};
      if (kind === "prepare" && result.ok) return { ...p, [round]: { prepared: true } };
      if (kind === "validate") {
        const errors = result.findings.filter((f) => f.severity === "error").length;
        const check = { errors, warnings: result.findings.length - errors };
        return { ...p, [round]: { ...was, check, ranked: false, ...(result.round ? { state: result.round } : {}) } };
      }
      if (kind === "rank" && result.ok) return { ...p, [round]: { ...was, ranked: true } };
      return p;
    });
  };
  const steps = {
    layout: (sample: boolean, document?: { name: string; bytes: ArrayBuffer }) =>
      void run(task("PANE_PLAN_RUN"), () => commands.layoutPlan(document ? { sample, document } : { sample })),
    prepare: (r: RoundCode) =>
      void run(task("PANE_PREPARE", roundName(r)), () => commands.prepareRound(r)).then((x) => record(r, "prepare", x)),
    validate: (r: RoundCode) =>
      void run(task("PANE_VALIDATE", roundName(r)), () => commands.validateRound(r), { replacesFindings: true }).then((x) =>
        record(r, "validate", x),
      ),
    rank: (r: RoundCode, provisional: boolean) =>
      void run(task("PANE_RANK", roundName(r)), () => commands.rankRound(r, { provisional })).then((x) => record(r, "rank", x)),
    summarize: (target: SummaryTarget) =>
      void run(task("PANE_SECTION_SUMMARY", targetName(target)), () => commands.summarize(target)),
  };
  const next = nextStep(view, today, progress, { browser: host === "browser" });
  const needsPlan = next.blocks ? text0(lang, next.blocks) : undefined;
  const nextRound = next.round ?? round;
  const nextLabel = (() => {
    switch (next.kind) {
      case "layout":
        return text("PANE_PLAN_RUN");
      case "prepare":
        return `${text("PANE_PREPARE")} — ${roundName(nextRound)[lang]}`;
      case "validate":
        return `${text("PANE_VALIDATE")} — ${roundName(nextRound)[lang]}`;
      case "rank":
        return `${text("PANE_RANK")} — ${roundName(nextRound)[lang]}`;
      case "summarize":
        return text("PANE_SUMMARY_ROUND_LABEL", { name: roundName(nextRound)[lang] });
    }
  })();
  const onNext = () => {
    if (next.kind === "layout") steps.layout(false);
    else if (next.kind === "prepare") steps.prepare(nextRound);
    else if (next.kind === "validate") steps.validate(nextRound);
    else if (next.kind === "rank") steps.rank(nextRound, false);
    else steps.summarize({ round: nextRound });
  };
  const select = (sheet: string, cell: string) => {
    // "[phieu-TDP01-2024.xlsx]Thành viên" is a sheet of a unit's file, not of the open workbook: its place is the text shown.
    if (sheet.startsWith("[")) return;
    commands.selectCell(sheet, cell).catch((e: unknown) => runner.fail(e));
  };
  const onToggle: AccordionToggleEventHandler<SectionId> = (_, data) => setOpen(data.openItems);

  return (
    <LangContext.Provider value={lang}>
      <main className={styles.root} lang={lang}>
        <div className={styles.header}>
          <Text as="h1" weight="semibold" size={400}>
            {text("PANE_TITLE")}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            aria-label={text("PANE_LANG_SWITCH_LABEL")}
            onClick={() => setLang(lang === "vi" ? "en" : "vi")}
          >
            {text("PANE_LANG_SWITCH")}
          </Button>
        </div>
        {notice && (
          // a message bar without a title is named by its text (Fluent points aria-labelledby at a title otherwise)
          <MessageBar intent="info" layout="multiline" aria-labelledby={noticeId}>
            <MessageBarBody id={noticeId}>{notice[lang]}</MessageBarBody>
          </MessageBar>
        )}
        {header}
        <TodaySection
          view={view}
          today={today}
          busy={busy}
          progress={progress}
          next={next}
          nextLabel={nextLabel}
          onNext={onNext}
          browserSteps={next.browserSteps === true}
          nextRef={nextButton}
          onMarkDone={(id) => void run(task("PANE_TASK_DONE_RUN"), () => commands.markTaskDone(id))}
        />
        <StatusArea state={state} onOpenSheet={(sheet) => select(sheet, "A1")} onDismiss={() => runner.dismiss()} />
        <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
          <AccordionItem value="plan" ref={planItem}>
            <AccordionHeader as="h2">{text("PANE_SECTION_PLAN")}</AccordionHeader>
            <AccordionPanel>
              <PlanSection
                busy={busy}
                onLayout={steps.layout}
                onNewYear={(document) =>
                  void run(task("PANE_NEW_YEAR_RUN"), () => commands.newYear(document ? { document } : {}))
                }
              />
            </AccordionPanel>
          </AccordionItem>
          {/* Before the round: the units' forms carry their registrations from the start of the year, and the
              keyboard path from "Kiểm tra" to the findings and the preview stays as short as it was. */}
          <AccordionItem value="units">
            <AccordionHeader as="h2">{text("PANE_SECTION_UNITS")}</AccordionHeader>
            <AccordionPanel>
              <UnitsSection busy={busy} {...unitsHandlers(commands, run)} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="round">
            <AccordionHeader as="h2">{text("PANE_SECTION_ROUND")}</AccordionHeader>
            <AccordionPanel>
              <RoundSection
                busy={busy}
                round={round}
                onRoundChange={(r) => {
                  setRound(r);
                  setRoundChosen(true);
                }}
                blocked={needsPlan}
                onPrepare={steps.prepare}
                onValidate={steps.validate}
                onRank={steps.rank}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="summary">
            <AccordionHeader as="h2">{text("PANE_SECTION_SUMMARY")}</AccordionHeader>
            <AccordionPanel>
              <SummarySection busy={busy} blocked={needsPlan} onSummarize={steps.summarize} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="awards">
            <AccordionHeader as="h2">{text("PANE_SECTION_AWARDS")}</AccordionHeader>
            <AccordionPanel>
              <AwardsSection
                busy={busy}
                onAwards={(ballots) => run(task("PANE_SECTION_AWARDS"), () => commands.awards({ ballots }))}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="findings">
            <AccordionHeader as="h2">{text("PANE_SECTION_FINDINGS", { count: state.findings.length })}</AccordionHeader>
            <AccordionPanel>
              <FindingsList
                findings={state.findings}
                onSelect={select}
                from={state.findingsTask?.[lang]}
                current={state.checked !== false}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
        {footer}
      </main>
    </LangContext.Provider>
  );
}
