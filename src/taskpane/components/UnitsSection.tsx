/**
 * "Từ đơn vị": the units' forms out (one .zip), their filled forms back in (collect), and the khối's report
 * from the wards' workbooks. Picked files are read here as bytes (no upload); the commands do the rest.
 */
import { useId, useRef, useState } from "react";
import { Button, Field, Select, Text } from "@fluentui/react-components";
import type { AppCommands, CommandResult, FileCommandResult, PickedFile } from "../../app/types";
import { ROUND_CODES, type PeriodCode, type RoundCode } from "../../domain/types";
import { msg, type Bilingual, type MessageCode } from "../../i18n";
import { useText } from "../lang";
import type { RunOptions } from "../runner";
import { useSectionStyles } from "./Section.styles";
import { saveBytes, XLSX_MIME, ZIP_MIME } from "./standalone/download";

/** The khối reports: half-year, nine months, year (the seed's "6 tháng đầu năm", "9 tháng", year-end). */
const KHOI_PERIODS = ["6T", "9T", "NAM"] as const satisfies readonly PeriodCode[];

export interface UnitsSectionProps {
  busy: boolean;
  onForms: (round: RoundCode) => void;
  onCollect: (files: PickedFile[]) => void;
  onKhoi: (files: PickedFile[], period: PeriodCode) => void;
}

async function readPicked(list: FileList | null): Promise<PickedFile[]> {
  const files = [...(list ?? [])];
  return Promise.all(
    files.map(async (f) => ({
      name: f.name,
      bytes: await f.arrayBuffer(),
      ...(f.lastModified ? { modified: new Date(f.lastModified) } : {}),
    })),
  );
}

/** A hidden multi-file input for .xlsx, opened by its button; emptied after each pick so the same files can be picked again. */
function usePicker(onPicked: (files: PickedFile[]) => void, label: string) {
  const ref = useRef<HTMLInputElement>(null);
  const input = (
    <input
      ref={ref}
      type="file"
      multiple
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      hidden
      aria-label={label}
      onChange={(e) => {
        const target = e.target;
        void readPicked(target.files).then((files) => {
          target.value = "";
          if (files.length) onPicked(files);
        });
      }}
    />
  );
  return { input, open: () => ref.current?.click() };
}

export function UnitsSection({ busy, onForms, onCollect, onKhoi }: UnitsSectionProps) {
  const text = useText();
  const styles = useSectionStyles();
  const [round, setRound] = useState<RoundCode>("NAM");
  const [period, setPeriod] = useState<PeriodCode>("6T");
  const roundId = useId();
  const periodId = useId();
  const collect = usePicker(onCollect, text("PANE_UNITS_COLLECT_LABEL"));
  const khoi = usePicker((files) => onKhoi(files, period), text("PANE_UNITS_KHOI_LABEL"));
  return (
    <div className={styles.body}>
      <Text size={200} className={styles.hint}>
        {text("PANE_UNITS_HINT")}
      </Text>
      <Field label={text("PANE_UNITS_ROUND")}>
        <Select id={roundId} value={round} onChange={(_, d) => setRound(d.value as RoundCode)}>
          {ROUND_CODES.map((r) => (
            <option key={r} value={r}>
              {text(`PANE_ROUND_${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button disabledFocusable={busy} aria-label={text("PANE_UNITS_FORMS_LABEL")} onClick={() => onForms(round)}>
          {text("PANE_UNITS_FORMS")}
        </Button>
        {collect.input}
        <Button
          appearance="primary"
          disabledFocusable={busy}
          aria-label={text("PANE_UNITS_COLLECT_LABEL")}
          onClick={collect.open}
        >
          {text("PANE_UNITS_COLLECT")}
        </Button>
      </div>
      <Field label={text("PANE_UNITS_PERIOD")}>
        <Select id={periodId} value={period} onChange={(_, d) => setPeriod(d.value as PeriodCode)}>
          {KHOI_PERIODS.map((p) => (
            <option key={p} value={p}>
              {text(`PANE_PERIOD_${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        {khoi.input}
        <Button disabledFocusable={busy} aria-label={text("PANE_UNITS_KHOI_LABEL")} onClick={khoi.open}>
          {text("PANE_UNITS_KHOI")}
        </Button>
      </div>
    </div>
  );
}

type Run = (task: Bilingual, command: () => Promise<CommandResult>, options?: RunOptions) => Promise<CommandResult | undefined>;
export type SaveFile = (bytes: Uint8Array, fileName: string, mime: string) => void;

/**
 * The section's handlers on the pane's runner (its progress bar, its result, its findings list): a made file
 * is downloaded unless the host opened it, and the result says where it went, first, as the pane shows the
 * first few messages. The file's bytes are not kept in the result the pane holds on to.
 */
export function unitsHandlers(
  commands: Pick<AppCommands, "unitForms" | "collectForms" | "consolidateKhoi">,
  run: Run,
  save: SaveFile = (bytes, fileName, mime) => saveBytes(bytes, fileName, document, mime),
): Omit<UnitsSectionProps, "busy"> {
  const keep = (r: FileCommandResult, mime: string, saved: MessageCode): CommandResult => {
    const { file, fileName, opened, ...result } = r;
    if (opened) return result;
    save(file, fileName, mime);
    return { ...result, messages: [msg(saved, { file: fileName }), ...result.messages] };
  };
  return {
    onForms: (round) =>
      void run(msg("PANE_UNITS_FORMS"), async () => keep(await commands.unitForms(round), ZIP_MIME, "FORMS_ZIP_SAVED")),
    onCollect: (files) => void run(msg("PANE_UNITS_COLLECT_RUN"), () => commands.collectForms(files), { replacesFindings: true }),
    onKhoi: (files, period) =>
      void run(msg("PANE_UNITS_KHOI_RUN"), async () =>
        keep(await commands.consolidateKhoi(files, period), XLSX_MIME, "KHOI_SAVED"),
      ),
  };
}
