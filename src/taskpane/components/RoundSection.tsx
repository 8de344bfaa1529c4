import { useId, useState } from "react";
import { Button, Checkbox, Field, Select, Text } from "@fluentui/react-components";
import { ROUND_CODES, type RoundCode } from "../../domain/types";
import { useText } from "../lang";
import { useSectionStyles } from "./Section.styles";

export interface RoundSectionProps {
  busy: boolean;
  /** Why the round's commands cannot run yet (the workbook has no plan); they are disabled and this is shown. */
  blocked?: string;
  round: RoundCode;
  onRoundChange: (round: RoundCode) => void;
  onPrepare: (round: RoundCode) => void;
  onValidate: (round: RoundCode) => void;
  onRank: (round: RoundCode, provisional: boolean) => void;
}

export function RoundSection({ busy, blocked, round, onRoundChange, onPrepare, onValidate, onRank }: RoundSectionProps) {
  const text = useText();
  const styles = useSectionStyles();
  const selectId = useId();
  const reasonId = useId();
  // disabledFocusable, not disabled: the button that ran keeps the keyboard focus while the command is busy
  const off = { disabledFocusable: busy || blocked !== undefined, "aria-describedby": blocked ? reasonId : undefined };
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
        <Button {...off} onClick={() => onPrepare(round)}>
          {text("PANE_PREPARE")}
        </Button>
        <Button {...off} onClick={() => onValidate(round)}>
          {text("PANE_VALIDATE")}
        </Button>
        <Button {...off} onClick={() => onRank(round, provisional)}>
          {text("PANE_RANK")}
        </Button>
      </div>
      {blocked && (
        <Text id={reasonId} size={200} className={styles.hint}>
          {blocked}
        </Text>
      )}
      <Checkbox label={text("PANE_PROVISIONAL")} checked={provisional} onChange={(_, d) => setProvisional(d.checked === true)} />
    </div>
  );
}
