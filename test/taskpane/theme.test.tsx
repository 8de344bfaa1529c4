/**
 * @jest-environment jsdom
 *
 * The pane follows Office's theme: a dark Office theme gives Fluent's dark theme, and the themed box fills the
 * whole pane, so no white page shows below the last section.
 */
/* global Office */
import { act, render, screen } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { PaneTheme, paneTheme } from "../../src/taskpane/components/PaneTheme";
import { createOfficeBinding } from "../../src/taskpane/host/office";

const g = globalThis as { Excel?: unknown; Office?: unknown };

function fakeOffice(isDarkTheme: boolean | undefined) {
  g.Excel = { run: jest.fn() };
  g.Office = {
    context: {
      requirements: { isSetSupported: () => true },
      officeTheme: isDarkTheme === undefined ? undefined : { isDarkTheme },
    },
  };
}

afterEach(() => {
  delete g.Excel;
  delete g.Office;
  document.head.querySelectorAll("style").forEach((s) => s.remove());
});

/** The CSS rules on the page: FluentProvider declares its theme's variables there with insertRule. */
function pageCss(): string {
  return Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules).map((r) => r.cssText))
    .join("\n");
}

describe("theme", () => {
  it("takes Fluent's dark theme when Office's theme is dark, the light one otherwise", () => {
    fakeOffice(true);
    expect(createOfficeBinding(() => undefined).dark).toBe(true);
    expect(paneTheme(createOfficeBinding(() => undefined).dark)).toBe(webDarkTheme);
    fakeOffice(false);
    expect(paneTheme(createOfficeBinding(() => undefined).dark)).toBe(webLightTheme);
    // an older Office without officeTheme, and the browser host (no Office at all)
    fakeOffice(undefined);
    expect(paneTheme(createOfficeBinding(() => undefined).dark)).toBe(webLightTheme);
    expect(paneTheme(undefined)).toBe(webLightTheme);
  });

  it("paints the dark background on a box that fills the pane", () => {
    fakeOffice(true);
    render(
      <PaneTheme dark={createOfficeBinding(() => undefined).dark}>
        <p>Thi đua - Khen thưởng</p>
      </PaneTheme>,
    );
    const box = screen.getByText("Thi đua - Khen thưởng").parentElement!;
    expect(box.getAttribute("data-theme")).toBe("dark");
    const css = pageCss().replace(/\s+/g, "");
    expect(css).toContain(`--colorNeutralBackground1:${webDarkTheme.colorNeutralBackground1};`);
    expect(css).not.toContain(`--colorNeutralBackground1:${webLightTheme.colorNeutralBackground1};`);
    const style = getComputedStyle(box);
    expect(style.minHeight).toBe("100vh");
    expect(style.backgroundColor).toBe("var(--colorNeutralBackground1)");
  });
});

describe("theme in the browser", () => {
  function fakeScheme(dark: boolean) {
    const listeners: (() => void)[] = [];
    const query = {
      matches: dark,
      addEventListener: (_: string, l: () => void) => listeners.push(l),
      removeEventListener: jest.fn(),
    };
    window.matchMedia = jest.fn(() => query) as unknown as typeof window.matchMedia;
    return {
      set(next: boolean) {
        query.matches = next;
        listeners.forEach((l) => l());
      },
    };
  }

  it("follows prefers-color-scheme when Office gives no theme, and its changes", () => {
    const scheme = fakeScheme(true);
    render(
      <PaneTheme>
        <p>Thi đua - Khen thưởng</p>
      </PaneTheme>,
    );
    const box = () => screen.getByText("Thi đua - Khen thưởng").parentElement!;
    expect(box().getAttribute("data-theme")).toBe("dark");
    act(() => scheme.set(false));
    expect(box().getAttribute("data-theme")).toBe("light");
  });

  it("keeps Office's light theme inside Excel even when the system prefers dark", () => {
    fakeScheme(true);
    render(
      <PaneTheme dark={false}>
        <p>Thi đua - Khen thưởng</p>
      </PaneTheme>,
    );
    expect(screen.getByText("Thi đua - Khen thưởng").parentElement!.getAttribute("data-theme")).toBe("light");
  });
});
