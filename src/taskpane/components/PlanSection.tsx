import { useRef, useState } from "react";
import { Button, Checkbox, Text } from "@fluentui/react-components";
import { useText } from "../lang";
import { useSectionStyles } from "./Section.styles";

/** A plan document the clerk picked: its name and bytes, read in the pane (no upload, no network). */
export interface PickedDocument {
  name: string;
  bytes: ArrayBuffer;
}

export interface PlanSectionProps {
  busy: boolean;
  /** Lays out the template plan, or the picked document's plan. */
  onLayout: (sample: boolean, document?: PickedDocument) => void;
  /** Starts next year's workbook from the open one, with the picked document as its plan if there is one. */
  onNewYear?: (document?: PickedDocument) => void;
}

export function PlanSection({ busy, onLayout, onNewYear }: PlanSectionProps) {
  const text = useText();
  const styles = useSectionStyles();
  const [sample, setSample] = useState(false);
  const [document, setDocument] = useState<PickedDocument | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.body}>
      <Text size={200} className={styles.hint}>
        {text("PANE_PLAN_HINT")}
      </Text>
      <Checkbox label={text("PANE_PLAN_SAMPLE")} checked={sample} onChange={(_, d) => setSample(d.checked === true)} />
      <input
        ref={input}
        type="file"
        accept=".docx,.txt"
        hidden
        aria-label={text("PANE_PLAN_DOCUMENT_PICK")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          void file.arrayBuffer().then((bytes) => setDocument({ name: file.name, bytes }));
        }}
      />
      <div className={styles.row}>
        <Button disabledFocusable={busy} onClick={() => input.current?.click()}>
          {text("PANE_PLAN_DOCUMENT_PICK")}
        </Button>
        {document && (
          <Button appearance="subtle" disabledFocusable={busy} onClick={() => setDocument(undefined)}>
            {text("PANE_PLAN_DOCUMENT_CLEAR")}
          </Button>
        )}
      </div>
      <Text size={200} className={styles.hint}>
        {document ? `${text("PANE_PLAN_DOCUMENT_CHOSEN")}: ${document.name}` : text("PANE_PLAN_DOCUMENT_NONE")}
      </Text>
      <div className={styles.row}>
        <Button disabledFocusable={busy} onClick={() => onLayout(sample, document)}>
          {text("PANE_PLAN_RUN")}
        </Button>
        {onNewYear && (
          <Button disabled={busy} title={text("PANE_NEW_YEAR_HINT")} onClick={() => onNewYear(document)}>
            {text("PANE_NEW_YEAR_RUN")}
          </Button>
        )}
      </div>
    </div>
  );
}
