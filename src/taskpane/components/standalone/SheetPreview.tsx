/**
 * A read-only look at the workbook in the browser host, where there is no Excel grid: pick a sheet, see
 * its first rows and columns with the add-in's header styling, and see the cell a finding points at
 * highlighted. The grid scrolls inside its own box, so a 350 px pane never scrolls sideways as a whole.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties } from "react";
import { Field, Select, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../../sheets/cells";
import type { StandaloneSession } from "../../host/standalone";
import { useText } from "../../lang";
import {
  overflowSpans,
  parseA1,
  PREVIEW_COLS,
  PREVIEW_ROWS,
  type PreviewCell,
  type SheetPreview as Preview,
} from "./previewModel";
import { sameSheetName } from "../../../shared/sheetNames";

export interface SheetPreviewProps {
  session: StandaloneSession;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  box: {
    overflow: "auto",
    // About 15 rows: the preview scrolls inside itself, so the findings above it and the preview's own
    // sheet picker stay on one screen of a 350 px pane.
    maxHeight: "360px",
    maxWidth: "100%",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  cell: {
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    maxWidth: "180px",
    minWidth: "24px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    verticalAlign: "top",
  },
  numeric: { textAlign: "right" },
  // a text running on over empty cells takes the width those columns already have and never widens them
  spanned: { maxWidth: "none" },
  runOn: { width: 0, minWidth: "100%", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "right",
  },
  corner: { zIndex: 3, left: 0 },
  // narrower than other cells: at 320 px the frozen code and name leave room for the cell a finding points at
  frozen: { position: "sticky", zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, maxWidth: "96px" },
  frozenHead: { zIndex: 2 },
  frozenEdge: { borderRight: `2px solid ${tokens.colorNeutralStroke1}` },
  headSelected: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
  },
  note: { color: tokens.colorNeutralForeground3 },
  title: { margin: `${tokens.spacingVerticalS} 0 0` },
});

/** The session's sheet whose name matches `wanted` as Excel compares names (case-insensitive, NFC). */
function actualName(names: string[], wanted: string | undefined): string | undefined {
  if (wanted === undefined) return undefined;
  return names.find((n) => sameSheetName(n, wanted));
}

export function SheetPreview({ session }: SheetPreviewProps) {
  const text = useText();
  const styles = useStyles();
  const selectId = useId();
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const [chosen, setChosen] = useState<string>();
  const [target, setTarget] = useState<{ row: number; col: number; address: string }>();
  const [preview, setPreview] = useState<Preview>();
  const box = useRef<HTMLDivElement>(null);
  const headRow = useRef<HTMLTableRowElement>(null);
  // left offsets of the row-number column and each frozen column, measured once the grid is laid out
  const [lefts, setLefts] = useState<number[]>([]);
  const names = state.sheets.map((s) => s.name);
  const sheet = actualName(names, chosen) ?? names[0];
  const focusSeq = state.focus?.seq;

  // A command's new sheet, or the cell of a clicked finding, is what the clerk wants to look at next.
  useEffect(() => {
    const focus = session.getState().focus;
    if (!focus) return;
    setChosen(focus.sheet);
    const at = focus.cell ? parseA1(focus.cell) : undefined;
    setTarget(at && focus.cell ? { ...at, address: focus.cell.toUpperCase() } : undefined);
  }, [focusSeq, session]);

  useEffect(() => {
    if (!sheet) {
      setPreview(undefined);
      return;
    }
    let live = true;
    session.preview(sheet, PREVIEW_ROWS, PREVIEW_COLS, target).then(
      (p) => live && setPreview(p),
      () => live && setPreview(undefined),
    );
    return () => {
      live = false;
    };
  }, [session, sheet, target, state.version]);

  const frozenOf = (p: Preview | undefined) =>
    p ? Math.min(p.frozenCols ?? 0, Math.max(0, ...p.cells.map((row) => row.length))) : 0;
  useLayoutEffect(() => {
    const frozen = frozenOf(preview);
    const heads = headRow.current ? Array.from(headRow.current.children) : [];
    const next: number[] = [0];
    for (let j = 0; j < frozen && j < heads.length; j++) next.push(next[j] + (heads[j] as HTMLElement).offsetWidth);
    if (next.length !== lefts.length || next.some((v, i) => v !== lefts[i])) setLefts(next);
  }, [preview, lefts]);

  useEffect(() => {
    if (!target || !preview) return;
    box.current?.querySelector("[data-selected]")?.scrollIntoView({ block: "center", inline: "center" });
  }, [preview, target, lefts]);

  const shown = preview && sheet && preview.sheet === sheet ? preview : undefined;
  const isTarget = (r: number, c: number) => target !== undefined && target.row === r && target.col === c;
  const width = shown ? Math.max(0, ...shown.cells.map((row) => row.length)) : 0;
  const frozen = frozenOf(shown);
  const frozenStyle = (j: number): CSSProperties | undefined =>
    j < frozen && lefts[j + 1] !== undefined ? { left: lefts[j + 1] } : undefined;
  const isFrozen = (j: number) => j < frozen;
  // the grid is thousands of cells: it is rendered again only when what it shows changes, not when the file bar does
  const grid = useMemo(
    () =>
      shown && (
        <table className={styles.table}>
          <thead>
            <tr ref={headRow}>
              {/* the corner labels nothing: a cell, not a header, so a screen reader does not announce an empty header */}
              <td className={mergeClasses(styles.cell, styles.colHead, styles.rowHead, styles.corner)} />
              {Array.from({ length: width }, (_, j) => (
                <th
                  key={j}
                  scope="col"
                  className={mergeClasses(
                    styles.cell,
                    styles.colHead,
                    isFrozen(j) && styles.frozen,
                    isFrozen(j) && styles.frozenHead,
                    j === frozen - 1 && styles.frozenEdge,
                    target?.col === shown.firstCol + j && styles.headSelected,
                  )}
                  style={frozenStyle(j)}
                >
                  {columnLetter(shown.firstCol + j)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.cells.map((row, i) => {
              const r = shown.firstRow + i;
              // a text never runs on out of the frozen columns: they stay put while the rest scrolls
              const spans = overflowSpans(row, width, (j) => isTarget(r, shown.firstCol + j) || (frozen > 0 && j === frozen));
              return (
                <tr key={r}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.rowHead, target?.row === r && styles.headSelected)}>
                    {r + 1}
                  </th>
                  {Array.from({ length: width }, (_, j) => {
                    const span = spans[j];
                    if (span === 0) return null;
                    const c = shown.firstCol + j;
                    const cell: PreviewCell | undefined = row[j];
                    const hit = isTarget(r, c);
                    return (
                      <td
                        key={c}
                        colSpan={span > 1 ? span : undefined}
                        title={cell?.text || undefined}
                        data-cell={`${columnLetter(c)}${r + 1}`}
                        data-selected={hit ? "true" : undefined}
                        data-frozen={isFrozen(j) ? "true" : undefined}
                        aria-current={hit ? "true" : undefined}
                        aria-label={
                          hit
                            ? `${text("PANE_PREVIEW_SELECTED", { cell: `${columnLetter(c)}${r + 1}` })}: ${cell?.text ?? ""}`
                            : undefined
                        }
                        className={mergeClasses(
                          styles.cell,
                          span > 1 && styles.spanned,
                          cell?.numeric && styles.numeric,
                          cell?.bold && styles.bold,
                          hit && styles.selected,
                          isFrozen(j) && styles.frozen,
                          j === frozen - 1 && styles.frozenEdge,
                        )}
                        style={{ ...cellStyle(cell, hit), ...frozenStyle(j) }}
                      >
                        {span > 1 ? <div className={styles.runOn}>{cell?.text}</div> : cell?.text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown, target, lefts, frozen, width, styles, text],
  );
  const title = (
    <Text as="h2" weight="semibold" size={300} className={styles.title}>
      {text("PANE_PREVIEW_TITLE")}
    </Text>
  );
  if (names.length === 0) {
    return (
      <section className={styles.root}>
        {title}
        <Text size={200} className={styles.note}>
          {text("PANE_PREVIEW_NO_SHEETS")}
        </Text>
      </section>
    );
  }
  return (
    <section className={styles.root}>
      {title}
      <Field label={text("PANE_PREVIEW_SHEET")}>
        <Select
          id={selectId}
          value={sheet}
          onChange={(_, d) => {
            setChosen(d.value);
            setTarget(undefined);
          }}
        >
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      {shown && shown.cells.length === 0 && <Text size={200}>{text("PANE_PREVIEW_EMPTY_SHEET")}</Text>}
      {shown && shown.cells.length > 0 && (
        <>
          <div
            ref={box}
            className={styles.box}
            role="region"
            tabIndex={0}
            aria-label={text("PANE_PREVIEW_GRID_LABEL", { sheet: shown.sheet })}
            data-testid="sheet-preview"
            // a selected cell scrolled into view lands beside the frozen columns, not under them
            style={frozen > 0 && lefts[frozen] !== undefined ? { scrollPaddingLeft: lefts[frozen] } : undefined}
          >
            {grid}
          </div>
          <Text size={100} className={styles.note}>
            {text("PANE_PREVIEW_RANGE", {
              r1: shown.firstRow + 1,
              r2: shown.firstRow + shown.cells.length,
              rows: shown.totalRows,
              c1: columnLetter(shown.firstCol),
              c2: columnLetter(shown.firstCol + Math.max(width, 1) - 1),
              cols: columnLetter(Math.max(shown.totalCols, 1) - 1),
            })}
          </Text>
        </>
      )}
    </section>
  );
}

/** The sheet's own fill and font colour; the highlight wins over them so the selected cell always shows. */
function cellStyle(cell: PreviewCell | undefined, selected: boolean): CSSProperties | undefined {
  if (!cell?.fill || selected) return undefined;
  return { backgroundColor: cell.fill, color: cell.color };
}
