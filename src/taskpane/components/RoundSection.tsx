import { useId, useState } from "react";
import { Button, Checkbox, Field, Select } from "@fluentui/react-components";
import { ROUND_CODES, type RoundCode } from "../../domain/types";
import { useText } from "../lang";
import { useSectionStyles } from "./Section.styles";

export interface RoundSectionProps {
  busy: boolean;
  round: RoundCode;
  onRoundChange: (round: RoundCode) => void;
  onPrepare: (round: RoundCode) => void;
  onValidate: (round: RoundCode) => void;
  onRank: (round: RoundCode, provisional: boolean) => void;
}

export function RoundSection({ busy, round, onRoundChange, onPrepare, onValidate, onRank }: RoundSectionProps) {
  const text = useText();
  const styles = useSectionStyles();
  const selectId = useId();
  const [provisional, setProvisional] = useState(false);
  return (
    <div className={styles.body}>
      <Field label={text("PANE_ROUND_LABEL")}>
        <Select id={selectId} value={round} onChange={(_, d) => onRoundChange(d.value as RoundCode)}>
          {ROUND_CODES.map((code) => (
            <option key={code} value={code}>
              {text(`PANE_ROUND_${code}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => onPrepare(round)}>
          {text("PANE_PREPARE")}
        </Button>
        <Button disabled={busy} onClick={() => onValidate(round)}>
          {text("PANE_VALIDATE")}
        </Button>
        <Button appearance="primary" disabled={busy} onClick={() => onRank(round, provisional)}>
          {text("PANE_RANK")}
        </Button>
      </div>
      <Checkbox
        label={text("PANE_PROVISIONAL")}
        checked={provisional}
        onChange={(_, d) => setProvisional(d.checked === true)}
      />
    </div>
  );
}
