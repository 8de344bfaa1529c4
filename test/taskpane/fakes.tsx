/** Test helpers: fake AppCommands (every method a jest.fn) and the pane rendered as index.tsx renders it (in Excel, and in a browser). */
import { render } from "@testing-library/react";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { AppCommands, CommandResult } from "../../src/app/types";
import type { Finding } from "../../src/domain/types";
import { App, type AppProps } from "../../src/taskpane/components/App";
import { CommandRunner } from "../../src/taskpane/runner";
import { FileBar } from "../../src/taskpane/components/standalone/FileBar";
import { SheetPreview } from "../../src/taskpane/components/standalone/SheetPreview";
import { StandaloneSession } from "../../src/taskpane/host/standalone";
import { msg } from "../../src/i18n";

export type FakeCommands = { [K in keyof AppCommands]: jest.MockedFunction<AppCommands[K]> };

export function okResult(partial: Partial<CommandResult> = {}): CommandResult {
  return { ok: true, sheets: [], messages: [], findings: [], ...partial };
}

function mock<K extends keyof AppCommands>(impl: AppCommands[K]): FakeCommands[K] {
  return jest.fn(impl as (...args: unknown[]) => unknown) as unknown as FakeCommands[K];
}

/** Every command a jest.fn that succeeds with an empty result unless the test gives its own implementation. */
export function fakeCommands(overrides: Partial<AppCommands> = {}): FakeCommands {
  const ok = async () => okResult();
  return {
    layoutPlan: mock<"layoutPlan">(overrides.layoutPlan ?? ok),
    prepareRound: mock<"prepareRound">(overrides.prepareRound ?? ok),
    validateRound: mock<"validateRound">(overrides.validateRound ?? ok),
    rankRound: mock<"rankRound">(overrides.rankRound ?? ok),
    summarize: mock<"summarize">(overrides.summarize ?? ok),
    awards: mock<"awards">(overrides.awards ?? ok),
    selectCell: mock<"selectCell">(overrides.selectCell ?? (async () => undefined)),
    // The seed plan, as a workbook freshly laid out holds it.
    readPlan: mock<"readPlan">(overrides.readPlan ?? (async () => PLAN_2024)),
    markTaskDone: mock<"markTaskDone">(overrides.markTaskDone ?? ok),
    newYear: mock<"newYear">(
      overrides.newYear ?? (async () => ({ ...okResult(), workbook: new Uint8Array(), fileName: "tdkt-2025.xlsx", year: 2025 })),
    ),
    unitForms: mock<"unitForms">(
      overrides.unitForms ??
        (async () => ({ ...okResult(), file: new Uint8Array([80, 75]), fileName: "phieu-don-vi-2024-NAM.zip", opened: false })),
    ),
    collectForms: mock<"collectForms">(overrides.collectForms ?? ok),
    consolidateKhoi: mock<"consolidateKhoi">(
      overrides.consolidateKhoi ??
        (async () => ({ ...okResult(), file: new Uint8Array([80, 75]), fileName: "tong-hop-khoi-2024-6T.xlsx", opened: false })),
    ),
  };
}

export function finding(p: Partial<Finding> & Pick<Finding, "sheet" | "cell">): Finding {
  return {
    code: "TEST",
    severity: "error",
    message_vi: "Điểm vượt mức tối đa",
    message_en: "Score above the maximum",
    ...p,
  };
}

/** A promise the test resolves when it wants the command to finish. */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function renderPane(commands: AppCommands, props: Partial<AppProps> = {}) {
  const runner = props.runner ?? new CommandRunner();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <App commands={commands} runner={runner} {...props} />
    </FluentProvider>,
  );
  return { ...utils, runner };
}

/** The browser host's pane as index.tsx renders it: a real session (exceljs in memory), its file bar and preview. */
export function renderStandalonePane(props: Partial<AppProps> = {}) {
  const runner = new CommandRunner();
  const session = new StandaloneSession(runner.report);
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <App
        commands={session.commands}
        runner={runner}
        notice={msg("PANE_STANDALONE_FILES_NOTICE")}
        header={<FileBar session={session} runner={runner} />}
        footer={<SheetPreview session={session} />}
        {...props}
      />
    </FluentProvider>,
  );
  return { ...utils, runner, session };
}
