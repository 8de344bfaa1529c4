/** A binding whose every command reports why no workbook is reachable, so the pane still renders and explains itself. */
import type { AppCommands } from "../../app/types";
import { describeError } from "../../shared/errors";
import { msg } from "../../i18n";
import type { HostBinding, HostName } from "./binding";

export function unavailableBinding(host: HostName, cause: unknown): HostBinding {
  const fail = () => Promise.reject(cause);
  const commands: AppCommands = {
    layoutPlan: fail,
    prepareRound: fail,
    validateRound: fail,
    rankRound: fail,
    summarize: fail,
    awards: fail,
    selectCell: fail,
    readPlan: fail,
  };
  const detail = describeError(cause);
  const notice = msg("PANE_STANDALONE_UNAVAILABLE", { detail: detail.vi });
  return { host, commands, notice: { vi: notice.vi, en: msg("PANE_STANDALONE_UNAVAILABLE", { detail: detail.en }).en } };
}
