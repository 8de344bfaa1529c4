import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import { Button, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Finding } from "../../domain/types";
import { useLang, useText } from "../lang";
import { paneWords } from "../words";

export interface FindingsListProps {
  findings: readonly Finding[];
  onSelect: (sheet: string, cell: string) => void;
  /** The command whose findings these are, in the pane's language. */
  from?: string;
  /** False when the last command did not check, so the list is the earlier one's. */
  current?: boolean;
}

type Filter = "all" | "error" | "warning";

interface Group {
  sheet: string;
  errors: number;
  warnings: number;
  /** Errors first, then warnings, each in the order the check found them. */
  items: Finding[];
}

/**
 * One group per sheet (a score sheet is one council member's), groups with errors first. A check of the
 * sample ward finds 505 warnings: listed flat they made the pane 33,000 px tall.
 */
export function groupFindings(findings: readonly Finding[]): Group[] {
  const bySheet = new Map<string, Group>();
  for (const f of findings) {
    let g = bySheet.get(f.sheet);
    if (!g) bySheet.set(f.sheet, (g = { sheet: f.sheet, errors: 0, warnings: 0, items: [] }));
    if (f.severity === "error") g.errors++;
    else g.warnings++;
    g.items.push(f);
  }
  const groups = [...bySheet.values()];
  for (const g of groups)
    g.items = [...g.items.filter((f) => f.severity === "error"), ...g.items.filter((f) => f.severity !== "error")];
  return [...groups.filter((g) => g.errors > 0), ...groups.filter((g) => g.errors === 0)];
}

/** Errors are few and each must be fixed: their groups open by themselves unless there are many. */
const OPEN_ERRORS_UP_TO = 20;

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
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  groups: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  groupHead: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    overflowWrap: "anywhere",
    whiteSpace: "normal",
    height: "auto",
    fontWeight: tokens.fontWeightRegular,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** "'Chấm điểm Đ1 - Lan'!D7": the sheet quoted as Excel writes it, so a clerk can type it into the Name Box. */
export function placeOf(f: Finding): string {
  const sheet = /^[\p{L}\p{N}_]+$/u.test(f.sheet) ? f.sheet : `'${f.sheet.replace(/'/g, "''")}'`;
  return f.cell ? `${sheet}!${f.cell}` : sheet;
}

export function FindingsList({ findings, onSelect, from, current = true }: FindingsListProps) {
  const text = useText();
  const lang = useLang();
  const styles = useStyles();
  const filterId = useId();
  const [filter, setFilter] = useState<Filter>("all");
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const errors = groups.reduce((n, g) => n + g.errors, 0);
  const [open, setOpen] = useState<Set<string>>(new Set());
  // a new list starts with its error groups open (when they are few) and the rest folded
  useEffect(() => {
    setFilter("all");
    setOpen(new Set(errors <= OPEN_ERRORS_UP_TO ? groups.filter((g) => g.errors > 0).map((g) => g.sheet) : []));
  }, [groups, errors]);
  if (findings.length === 0) {
    return <Text size={200}>{text(from ? "PANE_FINDINGS_NONE_FROM" : "PANE_FINDINGS_NONE", { from: from ?? "" })}</Text>;
  }
  const select = (f: Finding) => onSelect(f.sheet, f.cell || "A1");
  // Enter is handled on keydown and its default (a second, synthetic click) prevented, so one key press selects once.
  const onKeyDown = (f: Finding) => (e: KeyboardEvent) => {
    if (e.key === "Enter") {
      e.preventDefault();
      select(f);
    }
  };
  const toggle = (sheet: string) => {
    const next = new Set(open);
    if (next.has(sheet)) next.delete(sheet);
    else next.add(sheet);
    setOpen(next);
  };
  const shown = groups.filter((g) => (filter === "error" ? g.errors > 0 : filter === "warning" ? g.warnings > 0 : true));
  return (
    <div className={styles.root}>
      {from && (
        <Text size={200} className={styles.hint}>
          {text(current ? "PANE_FINDINGS_FROM" : "PANE_FINDINGS_FROM_EARLIER", { from })}
        </Text>
      )}
      <RadioGroup layout="horizontal" aria-labelledby={filterId} value={filter} onChange={(_, d) => setFilter(d.value as Filter)}>
        <Text id={filterId} size={200} className={styles.hint}>
          {text("PANE_FINDINGS_FILTER")}
        </Text>
        <Radio value="all" label={text("PANE_FINDINGS_FILTER_ALL", { count: findings.length })} />
        <Radio value="error" label={text("PANE_FINDINGS_FILTER_ERRORS", { count: errors })} />
        <Radio value="warning" label={text("PANE_FINDINGS_FILTER_WARNINGS", { count: findings.length - errors })} />
      </RadioGroup>
      <ul className={styles.groups} aria-label={text("PANE_FINDINGS_LIST")}>
        {shown.map((g) => {
          const expanded = open.has(g.sheet);
          const items = g.items.filter((f) => filter === "all" || f.severity === filter);
          return (
            <li key={g.sheet}>
              <Button
                appearance="subtle"
                className={styles.groupHead}
                aria-expanded={expanded}
                icon={
                  g.errors > 0 ? (
                    <ErrorCircle16Filled className={styles.error} aria-hidden />
                  ) : (
                    <Warning16Filled className={styles.warning} aria-hidden />
                  )
                }
                onClick={() => toggle(g.sheet)}
              >
                {text("PANE_FINDINGS_GROUP", { sheet: g.sheet, errors: g.errors, warnings: g.warnings })}
              </Button>
              {expanded && (
                <ul className={styles.list} aria-label={g.sheet}>
                  {items.map((f, i) => {
                    const message = paneWords(lang === "vi" ? f.message_vi : f.message_en, lang);
                    const severity = text(f.severity === "error" ? "PANE_FINDING_ERROR" : "PANE_FINDING_WARNING");
                    const place = placeOf(f);
                    return (
                      <li key={`${f.code}|${f.cell}|${i}`}>
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
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
