/**
 * Runs one app command at a time for the pane and the ribbon alike, and keeps what the pane shows:
 * busy, progress, the last result or error, the findings. Lives outside React so the ribbon button
 * (same shared runtime) can run a command and the pane shows its result when it opens.
 */
import type { CommandResult } from "../app/types";
import { describeError } from "../shared/errors";
import type { Bilingual } from "../i18n";
import type { Finding } from "../domain/types";
import type { Progress } from "../workbook/port";

export interface ProgressState {
  done: number;
  total: number;
  step: string;
  /**
   * 0–100, or undefined while the total is unknown. Commands report in their own units (summarize in
   * steps, then the office adapter in bytes written, the exceljs adapter in sheets), so the units change
   * partway through one command; the percentage never goes back within a command, so the bar does not
   * jump from "2 of 3 steps" down to "0 bytes".
   */
  percent?: number;
}

export interface RunState {
  busy: boolean;
  /** What is running (or ran last), for the busy text and the result title. */
  task?: Bilingual;
  progress?: ProgressState;
  result?: CommandResult;
  error?: Bilingual;
  /**
   * Findings of the last check (or of the last command that returned any): they stay while other commands
   * run, so a summary after a failed check does not wipe the list the clerk is working through.
   */
  findings: Finding[];
  /** The task whose findings these are. */
  findingsTask?: Bilingual;
  /** The last command checked (its findings are the list shown); false when the list is an earlier one's. */
  checked?: boolean;
}

export interface RunOptions {
  /**
   * The command's findings replace the list even when there are none: a check, or opening another
   * workbook (the old list points at cells of a workbook no longer open).
   */
  replacesFindings?: boolean;
}

type Listener = () => void;

export class CommandRunner {
  private state: RunState = { busy: false, findings: [] };
  private readonly listeners = new Set<Listener>();

  /** Pass this as the `progress` of createAppCommands: every host reports into the pane's bar. */
  readonly report: Progress = (done, total, step) => {
    if (!this.state.busy) return;
    const here = total > 0 && Number.isFinite(done) ? Math.floor((Math.min(Math.max(done, 0), total) / total) * 100) : undefined;
    const before = this.state.progress?.percent;
    const percent = here === undefined ? before : Math.max(here, before ?? 0);
    this.set({ progress: { done, total, step, percent } });
  };

  getState = (): RunState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Runs `command` unless another is running (a second click while busy is ignored: commands write
   * whole sheets and must not interleave). Never throws: an error becomes `state.error`.
   */
  async run(
    task: Bilingual,
    command: () => Promise<CommandResult>,
    options: RunOptions = {},
  ): Promise<CommandResult | undefined> {
    if (this.state.busy) return undefined;
    this.set({ busy: true, task, progress: undefined, result: undefined, error: undefined });
    try {
      const result = await command();
      const checked = options.replacesFindings === true || result.findings.length > 0;
      const findings = checked ? { findings: result.findings, findingsTask: task } : {};
      this.set({ busy: false, progress: undefined, result, checked, ...findings });
      return result;
    } catch (e) {
      this.set({ busy: false, progress: undefined, error: describeError(e) });
      return undefined;
    }
  }

  /** Shows an error that did not come from a command (e.g. selecting a cell failed). */
  fail(e: unknown): void {
    this.set({ error: describeError(e) });
  }

  dismiss(): void {
    this.set({ result: undefined, error: undefined });
  }

  private set(patch: Partial<RunState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }
}
