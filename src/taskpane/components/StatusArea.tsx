import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { SheetOutcome } from "../../app/types";
import { hasMessage, msg, type Bilingual } from "../../i18n";
import type { RunState } from "../runner";
import { useLang, useText, type TextFn } from "../lang";
import { paneBilingual } from "../words";

export interface StatusAreaProps {
  state: RunState;
  onOpenSheet: (sheet: string) => void;
  onDismiss: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  secondary: { color: tokens.colorNeutralForeground3, display: "block" },
  more: { display: "block", marginTop: tokens.spacingVerticalXXS },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

function outcomeLabel(o: SheetOutcome, text: TextFn): string {
  const from = o.from ?? "";
  switch (o.action) {
    case "created":
      return text("PANE_SHEET_CREATED");
    case "replaced":
      return text("PANE_SHEET_REPLACED");
    case "kept":
      return text("PANE_SHEET_KEPT");
    case "renamed":
      return text("PANE_SHEET_RENAMED", { from });
    case "copied":
      return text("PANE_SHEET_COPIED", { from });
  }
}

/**
 * A progress step is either a catalog code (shown in the pane's language) or text the command already
 * wrote, such as the name of the sheet being written, shown as it is.
 */
function stepText(step: string, text: TextFn): string {
  return hasMessage(step) ? text(step) : step;
}

/** "37% — Kế hoạch": how far, then what; either part may be missing. */
function progressCaption(progress: RunState["progress"], text: TextFn): string {
  if (!progress) return "";
  const step = stepText(progress.step.trim(), text);
  if (progress.percent === undefined) return step;
  return step
    ? text("PANE_PROGRESS_STEP", { percent: progress.percent, step })
    : text("PANE_PROGRESS_PERCENT", { percent: progress.percent });
}

/**
 * The messages that say what happened to a sheet repeat the sheet list below them ("Đã tạo trang X" and
 * "X (Tạo mới)"): each sheet is announced once, in the list.
 */
function withoutSheetEchoes(messages: readonly Bilingual[], sheets: readonly SheetOutcome[]): Bilingual[] {
  const echoes = new Set<string>();
  for (const o of sheets) {
    echoes.add(msg("SHEET_CREATED", { sheet: o.sheet }).vi);
    echoes.add(msg("SHEET_REPLACED", { sheet: o.sheet }).vi);
    echoes.add(msg("SHEET_KEPT", { sheet: o.sheet }).vi);
    if (o.from) echoes.add(msg("SHEET_RENAMED", { wanted: o.from, sheet: o.sheet }).vi);
  }
  return messages.filter((m) => !echoes.has(m.vi));
}

/**
 * Preparing a round makes a sheet per judge and a message for each: at 350 px that is a screen and a half of
 * green before the buttons. The first lines say what happened; the rest open on request (the live region
 * still reads all of them).
 */
const MESSAGES_SHOWN = 3;
const SHEETS_SHOWN = 5;
const FOLD_AT_LEAST = 3;

export function StatusArea({ state, onOpenSheet, onDismiss }: StatusAreaProps) {
  const text = useText();
  const lang = useLang();
  const styles = useStyles();
  const { busy, progress, result, task } = state;
  const error = state.error && paneBilingual(state.error);
  const taskName = task ? task[lang] : "";
  const caption = busy ? progressCaption(progress, text) : "";
  const percent = progress?.percent;
  const [expanded, setExpanded] = useState(false);
  // a new result starts folded again
  useEffect(() => setExpanded(false), [result]);
  const allSheets = result?.sheets ?? [];
  const found =
    result && !result.ok && result.findings.length > 0
      ? [msg("PANE_RESULT_SEE_FINDINGS", { count: result.findings.length })]
      : [];
  const allMessages = result ? [...found, ...withoutSheetEchoes(result.messages, allSheets).map(paneBilingual)] : [];
  const over = Math.max(0, allMessages.length - MESSAGES_SHOWN) + Math.max(0, allSheets.length - SHEETS_SHOWN);
  // folding one or two lines away costs a line of its own: not worth it
  const foldable = over >= FOLD_AT_LEAST ? over : 0;
  const unfolded = expanded || foldable === 0;
  const messages = unfolded ? allMessages : allMessages.slice(0, MESSAGES_SHOWN);
  const sheets = unfolded ? allSheets : allSheets.slice(0, SHEETS_SHOWN);
  // "Chưa xong" promises findings to work through; a command refused without any says it could not be done
  const titleCode =
    !result || result.ok ? "PANE_RESULT_OK" : result.findings.length ? "PANE_RESULT_NOT_OK" : "PANE_RESULT_NOT_DONE";
  const summary = error
    ? `${text("PANE_ERROR_TITLE")}: ${error[lang]}`
    : result
      ? `${text(titleCode)}: ${taskName}. ${allMessages.map((m) => m[lang]).join(" ")}`
      : busy
        ? text("PANE_BUSY", { step: taskName })
        : "";
  return (
    <div className={styles.root}>
      {/* One polite live region for every outcome, so a screen reader hears each result once. */}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {summary}
      </div>
      {busy && (
        <Field label={text("PANE_BUSY", { step: taskName })} validationMessage={caption || undefined} validationState="none">
          <ProgressBar
            aria-label={text("PANE_PROGRESS_LABEL")}
            aria-valuetext={caption || undefined}
            value={percent}
            max={percent === undefined ? undefined : 100}
          />
        </Field>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{text("PANE_ERROR_TITLE")}</MessageBarTitle>
            <span lang="vi">{error.vi}</span>
            <span lang="en" className={styles.secondary}>
              {error.en}
            </span>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={text("PANE_RESULT_CLOSE")}
                icon={<DismissRegular />}
                onClick={onDismiss}
              />
            }
          />
        </MessageBar>
      )}
      {result && (
        <MessageBar intent={result.ok ? "success" : "warning"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {text(titleCode)}
              {taskName ? `: ${taskName}` : ""}
            </MessageBarTitle>
            {messages.map((m, i) => (
              <span key={i} className={styles.secondary}>
                {m[lang]}
              </span>
            ))}
            {result.sheets.length > 0 && (
              <ul className={styles.list} aria-label={text("PANE_SHEETS_LIST")}>
                {sheets.map((o) => (
                  <li key={`${o.action}|${o.sheet}`}>
                    <Link
                      as="button"
                      aria-label={text("PANE_OPEN_SHEET", { sheet: o.sheet })}
                      onClick={() => onOpenSheet(o.sheet)}
                    >
                      {o.sheet}
                    </Link>{" "}
                    ({outcomeLabel(o, text)})
                  </li>
                ))}
              </ul>
            )}
            {foldable > 0 && (
              <Link as="button" className={styles.more} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
                {expanded ? text("PANE_RESULT_LESS") : text("PANE_RESULT_MORE", { count: foldable })}
              </Link>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={text("PANE_RESULT_CLOSE")}
                icon={<DismissRegular />}
                onClick={onDismiss}
              />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
