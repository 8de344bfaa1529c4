/**
 * The pane's Fluent theme: Office's (light or dark) inside Excel; outside it, the browser's
 * `prefers-color-scheme`, followed as it changes. FluentProvider paints only its own box, so it fills the
 * viewport: otherwise a dark pane shows a white page below the last section.
 */
import { useEffect, useState, type ReactNode } from "react";
import { FluentProvider, makeStyles, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export function paneTheme(dark: boolean | undefined): Theme {
  return dark ? webDarkTheme : webLightTheme;
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

function prefersDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(DARK_QUERY).matches;
}

/** The browser's colour scheme, updated when the clerk (or the system at night) changes it. */
function usePrefersDark(): boolean {
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => setDark(query.matches);
    query.addEventListener?.("change", onChange);
    return () => query.removeEventListener?.("change", onChange);
  }, []);
  return dark;
}

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box" },
});

/** `dark`: Office's theme inside Excel; undefined outside it, where the browser's preference decides. */
export function PaneTheme({ dark, children }: { dark?: boolean; children: ReactNode }) {
  const styles = useStyles();
  const browserDark = usePrefersDark();
  const isDark = dark ?? browserDark;
  return (
    <FluentProvider theme={paneTheme(isDark)} className={styles.root} data-theme={isDark ? "dark" : "light"}>
      {children}
    </FluentProvider>
  );
}
