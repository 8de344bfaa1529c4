/**
 * The pane: sections for the plan, the round, the summaries and the findings, above them the progress and
 * the last result. Receives the app commands; never calls Excel itself.
 */
import { useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
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
import { msg, type Bilingual, type Lang } from "../../i18n";
import { LangContext } from "../lang";
import { CommandRunner } from "../runner";
import { AwardsSection } from "./AwardsSection";
import { FindingsList } from "./FindingsList";
import { PlanSection } from "./PlanSection";
import { RoundSection } from "./RoundSection";
import { StatusArea } from "./StatusArea";
import { SummarySection } from "./SummarySection";

export interface AppProps {
  commands: AppCommands;
  /** Shared with the ribbon button and given to createAppCommands as `progress`; the pane makes its own when absent. */
  runner?: CommandRunner;
  notice?: Bilingual;
  initialLang?: Lang;
  /** Host-specific parts (the browser host's file bar and sheet preview), shown above and below the sections. */
  header?: ReactNode;
  footer?: ReactNode;
}

type SectionId = "plan" | "round" | "summary" | "awards" | "findings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    // the pane is 320–350 px wide: laid out for that, and checked at both widths in the e2e
    maxWidth: "350px",
    minWidth: "320px",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
});

function targetName(target: SummaryTarget): Bilingual {
  if ("round" in target) return msg(`PANE_ROUND_${target.round}`);
  if ("period" in target) return msg(`PANE_PERIOD_${target.period}`);
  return msg("PANE_SUMMARY_ALL");
}

function task(code: string, detail?: Bilingual): Bilingual {
  const m = msg(code);
  return detail ? { vi: `${m.vi} — ${detail.vi}`, en: `${m.en} — ${detail.en}` } : m;
}

export function App({ commands, runner: given, notice, initialLang = "vi", header, footer }: AppProps) {
  const styles = useStyles();
  const [runner] = useState(() => given ?? new CommandRunner());
  const state = useSyncExternalStore(runner.subscribe, runner.getState);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [round, setRound] = useState<RoundCode>("D1");
  const [open, setOpen] = useState<SectionId[]>(["plan", "round"]);
  const busy = state.busy;

  // A command that found problems opens the findings, so a clerk sees where to look without hunting.
  useEffect(() => {
    if (state.findings.length > 0) setOpen((o) => (o.includes("findings") ? o : [...o, "findings"]));
  }, [state.findings]);

  const run = (t: Bilingual, command: () => Promise<CommandResult>) => void runner.run(t, command);
  const select = (sheet: string, cell: string) => {
    commands.selectCell(sheet, cell).catch((e: unknown) => runner.fail(e));
  };
  const onToggle: AccordionToggleEventHandler<SectionId> = (_, data) => setOpen(data.openItems);
  const roundName = (r: RoundCode) => msg(`PANE_ROUND_${r}`);
  const text = (code: string, params?: Record<string, string | number>) => msg(code, params)[lang];

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
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{notice[lang]}</MessageBarBody>
          </MessageBar>
        )}
        {header}
        <StatusArea state={state} onOpenSheet={(sheet) => select(sheet, "A1")} onDismiss={() => runner.dismiss()} />
        <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
          <AccordionItem value="plan">
            <AccordionHeader as="h2">{text("PANE_SECTION_PLAN")}</AccordionHeader>
            <AccordionPanel>
              <PlanSection
                busy={busy}
                onLayout={(sample, document) =>
                  run(task("PANE_PLAN_RUN"), () => commands.layoutPlan(document ? { sample, document } : { sample }))
                }
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="round">
            <AccordionHeader as="h2">{text("PANE_SECTION_ROUND")}</AccordionHeader>
            <AccordionPanel>
              <RoundSection
                busy={busy}
                round={round}
                onRoundChange={setRound}
                onPrepare={(r) => run(task("PANE_PREPARE", roundName(r)), () => commands.prepareRound(r))}
                onValidate={(r) => run(task("PANE_VALIDATE", roundName(r)), () => commands.validateRound(r))}
                onRank={(r, provisional) => run(task("PANE_RANK", roundName(r)), () => commands.rankRound(r, { provisional }))}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="summary">
            <AccordionHeader as="h2">{text("PANE_SECTION_SUMMARY")}</AccordionHeader>
            <AccordionPanel>
              <SummarySection
                busy={busy}
                onSummarize={(target) => run(task("PANE_SECTION_SUMMARY", targetName(target)), () => commands.summarize(target))}
              />
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
              <FindingsList findings={state.findings} onSelect={select} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
        {footer}
      </main>
    </LangContext.Provider>
  );
}
