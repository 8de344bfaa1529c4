import { useState } from "react";
import { Button, Checkbox, Text } from "@fluentui/react-components";
import { useText } from "../lang";
import { useSectionStyles } from "./Section.styles";

export interface PlanSectionProps {
  busy: boolean;
  onLayout: (sample: boolean) => void;
}

export function PlanSection({ busy, onLayout }: PlanSectionProps) {
  const text = useText();
  const styles = useSectionStyles();
  const [sample, setSample] = useState(false);
  return (
    <div className={styles.body}>
      <Text size={200} className={styles.hint}>
        {text("PANE_PLAN_HINT")}
      </Text>
      <Checkbox label={text("PANE_PLAN_SAMPLE")} checked={sample} onChange={(_, d) => setSample(d.checked === true)} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => onLayout(sample)}>
          {text("PANE_PLAN_RUN")}
        </Button>
      </div>
    </div>
  );
}
