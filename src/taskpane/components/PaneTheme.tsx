/**
 * The pane's Fluent theme, chosen from Office's (light or dark). FluentProvider paints only its own box, so
 * it fills the viewport: otherwise a dark pane shows a white page below the last section.
 */
import type { ReactNode } from "react";
import { FluentProvider, makeStyles, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export function paneTheme(dark: boolean | undefined): Theme {
  return dark ? webDarkTheme : webLightTheme;
}

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box" },
});

export function PaneTheme({ dark, children }: { dark?: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={paneTheme(dark)} className={styles.root} data-theme={dark ? "dark" : "light"}>
      {children}
    </FluentProvider>
  );
}
