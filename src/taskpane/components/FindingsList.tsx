import type { KeyboardEvent } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Finding } from "../../domain/types";
import { useLang, useText } from "../lang";

export interface FindingsListProps {
  findings: readonly Finding[];
  onSelect: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  entry: {
    justifyContent: "flex-start",
    textAlign: "start",
    alignItems: "flex-start",
    width: "100%",
    fontWeight: tokens.fontWeightRegular,
    columnGap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: "2px" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: "2px" },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  place: { color: tokens.colorNeutralForeground3 },
});

/** "'Chấm điểm Đ1 - Lan'!D7": the sheet quoted as Excel writes it, so a clerk can type it into the Name Box. */
export function placeOf(f: Finding): string {
  const sheet = /^[\p{L}\p{N}_]+$/u.test(f.sheet) ? f.sheet : `'${f.sheet.replace(/'/g, "''")}'`;
  return f.cell ? `${sheet}!${f.cell}` : sheet;
}

export function FindingsList({ findings, onSelect }: FindingsListProps) {
  const text = useText();
  const lang = useLang();
  const styles = useStyles();
  if (findings.length === 0) {
    return <Text size={200}>{text("PANE_FINDINGS_NONE")}</Text>;
  }
  const select = (f: Finding) => onSelect(f.sheet, f.cell || "A1");
  // Enter is handled on keydown and its default (a second, synthetic click) prevented, so one key press selects once.
  const onKeyDown = (f: Finding) => (e: KeyboardEvent) => {
    if (e.key === "Enter") {
      e.preventDefault();
      select(f);
    }
  };
  return (
    <ul className={styles.list} aria-label={text("PANE_FINDINGS_LIST")}>
      {findings.map((f, i) => {
        const message = lang === "vi" ? f.message_vi : f.message_en;
        const severity = text(f.severity === "error" ? "PANE_FINDING_ERROR" : "PANE_FINDING_WARNING");
        const place = placeOf(f);
        return (
          <li key={`${f.code}|${f.sheet}|${f.cell}|${i}`}>
            <Button
              appearance="subtle"
              className={styles.entry}
              aria-label={text("PANE_FINDING_GOTO", { severity, message, place })}
              icon={
                f.severity === "error" ? (
                  <ErrorCircle16Filled className={styles.error} aria-hidden />
                ) : (
                  <Warning16Filled className={styles.warning} aria-hidden />
                )
              }
              onClick={() => select(f)}
              onKeyDown={onKeyDown(f)}
            >
              <span className={styles.text}>
                <span>{message}</span>
                <Text size={200} className={styles.place}>
                  {place}
                </Text>
              </span>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
