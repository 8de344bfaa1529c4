import { Button, Text } from "@fluentui/react-components";
import { useText } from "../lang";
import { useSectionStyles } from "./Section.styles";

export interface AwardsSectionProps {
  busy: boolean;
  /** `ballots`: Phiếu bầu and Kiểm phiếu for the meeting; otherwise Bình xét năm and the papers. */
  onAwards: (ballots: boolean) => void;
}

/** "Bình xét cuối năm": ballots before the council meets, then the result and the papers. */
export function AwardsSection({ busy, onAwards }: AwardsSectionProps) {
  const text = useText();
  const styles = useSectionStyles();
  return (
    <div className={styles.body}>
      <Text size={200}>{text("PANE_AWARDS_HINT")}</Text>
      <div className={styles.row}>
        <Button disabled={busy} aria-label={text("PANE_AWARDS_BALLOTS_LABEL")} onClick={() => onAwards(true)}>
          {text("PANE_AWARDS_BALLOTS")}
        </Button>
        <Button appearance="primary" disabled={busy} aria-label={text("PANE_AWARDS_RUN_LABEL")} onClick={() => onAwards(false)}>
          {text("PANE_AWARDS_RUN")}
        </Button>
      </div>
    </div>
  );
}
