/**
 * The browser host's stand-in for Excel's File menu: which workbook is open, open an .xlsx from disk,
 * start a new one, download it. Opening runs through the runner like a command, so the pane shows it
 * busy and reports a bad file the way it reports any error (Vietnamese with English beside it).
 */
import { useId, useRef, useState, useSyncExternalStore, type ChangeEvent } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { msg } from "../../../i18n";
import type { StandaloneSession } from "../../host/standalone";
import { useText } from "../../lang";
import type { CommandRunner } from "../../runner";
import { saveBytes, XLSX_MIME } from "./download";

export interface FileBarProps {
  session: StandaloneSession;
  runner: CommandRunner;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  name: { overflowWrap: "anywhere", minWidth: 0 },
  count: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  secondary: { color: tokens.colorNeutralForeground3, display: "block" },
});

export function FileBar({ session, runner }: FileBarProps) {
  const text = useText();
  const styles = useStyles();
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const busy = useSyncExternalStore(runner.subscribe, () => runner.getState().busy);
  const input = useRef<HTMLInputElement>(null);
  const [asking, setAsking] = useState(false);
  const noAddinId = useId();
  const { fileName, fromFile, downloaded, sheets, noAddinSheets } = state;
  const named = fromFile || downloaded === true;

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // cleared so that choosing the same file again (after fixing it) is a change too
    e.target.value = "";
    if (!file) return;
    void runner.run(msg("PANE_FILE_OPEN_TASK", { file: file.name }), () => session.open(file, file.name), {
      replacesFindings: true,
    });
  };
  const startNew = () => void runner.run(msg("PANE_FILE_NEW_TASK"), () => session.startNew(), { replacesFindings: true });
  // writing a large workbook takes seconds: it runs as a command, so the pane shows it busy and says when it is done
  const download = () =>
    void runner.run(msg("PANE_FILE_DOWNLOAD_TASK", { file: fileName }), () => session.download((b, f) => saveBytes(b, f)));

  return (
    <section className={styles.root} aria-label={text("PANE_FILE_LABEL")}>
      <Text size={200}>
        <Text weight="semibold" size={200} className={styles.name}>
          {named ? fileName : text("PANE_FILE_CURRENT_NEW")}
        </Text>{" "}
        <span className={styles.count}>· {text("PANE_FILE_SHEET_COUNT", { count: sheets.length })}</span>
      </Text>
      <input
        ref={input}
        type="file"
        accept={`.xlsx,${XLSX_MIME}`}
        className={styles.hidden}
        tabIndex={-1}
        aria-hidden
        data-testid="file-input"
        onChange={onFile}
      />
      <div className={styles.row}>
        <Button
          size="small"
          icon={<FolderOpenRegular />}
          disabledFocusable={busy}
          aria-label={text("PANE_FILE_OPEN_LABEL")}
          onClick={() => input.current?.click()}
        >
          {text("PANE_FILE_OPEN")}
        </Button>
        {sheets.length === 0 ? (
          <Button size="small" icon={<DocumentAddRegular />} disabled aria-label={text("PANE_FILE_NEW_LABEL")}>
            {text("PANE_FILE_NEW")}
          </Button>
        ) : (
          <Dialog open={asking} onOpenChange={(_, d) => setAsking(d.open)}>
            <DialogTrigger disableButtonEnhancement>
              <Button
                size="small"
                icon={<DocumentAddRegular />}
                disabledFocusable={busy}
                aria-label={text("PANE_FILE_NEW_LABEL")}
              >
                {text("PANE_FILE_NEW")}
              </Button>
            </DialogTrigger>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>{text("PANE_FILE_NEW_CONFIRM_TITLE")}</DialogTitle>
                <DialogContent>
                  {text("PANE_FILE_NEW_CONFIRM_BODY", { file: fromFile ? fileName : text("PANE_FILE_CURRENT_NEW") })}
                </DialogContent>
                {/* the safe choices come first, so the focus (and Enter) lands on one that loses nothing */}
                <DialogActions>
                  <Button appearance="primary" icon={<ArrowDownloadRegular />} disabledFocusable={busy} onClick={download}>
                    {text("PANE_FILE_DOWNLOAD_FIRST")}
                  </Button>
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="secondary">{text("PANE_FILE_CANCEL")}</Button>
                  </DialogTrigger>
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="secondary" onClick={startNew}>
                      {text("PANE_FILE_NEW_CONFIRM_OK")}
                    </Button>
                  </DialogTrigger>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        )}
        <Button
          size="small"
          icon={<ArrowDownloadRegular />}
          disabled={sheets.length === 0}
          disabledFocusable={busy}
          aria-label={text("PANE_FILE_DOWNLOAD_LABEL", { file: fileName })}
          onClick={download}
        >
          {text("PANE_FILE_DOWNLOAD")}
        </Button>
      </div>
      {noAddinSheets && (
        <MessageBar intent="info" layout="multiline" aria-labelledby={noAddinId}>
          <MessageBarBody id={noAddinId}>
            <span lang="vi">{msg("PANE_FILE_NO_ADDIN_SHEETS").vi}</span>
            <span lang="en" className={styles.secondary}>
              {msg("PANE_FILE_NO_ADDIN_SHEETS").en}
            </span>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
