import { useId } from "react";
import { Button, Text } from "@fluentui/react-components";
import { PERIOD_CODES, ROUND_CODES } from "../../domain/types";
import type { SummaryTarget } from "../../app/types";
import { useText } from "../lang";
import { useSectionStyles } from "./Section.styles";

export interface SummarySectionProps {
  busy: boolean;
  /** Why summaries cannot be made yet (the workbook has no plan). */
  blocked?: string;
  onSummarize: (target: SummaryTarget) => void;
}

export function SummarySection({ busy, blocked, onSummarize }: SummarySectionProps) {
  const text = useText();
  const styles = useSectionStyles();
  const reasonId = useId();
  const off = { disabledFocusable: busy || blocked !== undefined, "aria-describedby": blocked ? reasonId : undefined };
  return (
    <div className={styles.body}>
      {blocked && (
        <Text id={reasonId} size={200} className={styles.hint}>
          {blocked}
        </Text>
      )}
      <Text weight="semibold" size={200}>
        {text("PANE_SUMMARY_BY_ROUND")}
      </Text>
      <div className={styles.row}>
        {ROUND_CODES.map((round) => {
          const name = text(`PANE_ROUND_${round}`);
          return (
            <Button
              key={round}
              size="small"
              {...off}
              aria-label={text("PANE_SUMMARY_ROUND_LABEL", { name })}
              onClick={() => onSummarize({ round })}
            >
              {name}
            </Button>
          );
        })}
      </div>
      <Text weight="semibold" size={200}>
        {text("PANE_SUMMARY_BY_PERIOD")}
      </Text>
      <div className={styles.row}>
        {PERIOD_CODES.map((period) => {
          const name = text(`PANE_PERIOD_${period}`);
          return (
            <Button
              key={period}
              size="small"
              {...off}
              aria-label={text("PANE_SUMMARY_PERIOD_LABEL", { name })}
              onClick={() => onSummarize({ period })}
            >
              {name}
            </Button>
          );
        })}
      </div>
      <div className={styles.row}>
        <Button {...off} aria-label={text("PANE_SUMMARY_ALL_LABEL")} onClick={() => onSummarize({ all: true })}>
          {text("PANE_SUMMARY_ALL")}
        </Button>
      </div>
    </div>
  );
}
