/**
 * Entry of taskpane.html, which is also the shared runtime of the ribbon buttons. Binds to Excel when
 * Office says so, otherwise to the browser host, then renders the pane. A slow Office.onReady is waited
 * for, never taken for a browser (runsInExcel).
 */
import { createRoot } from "react-dom/client";
import { Spinner } from "@fluentui/react-components";
import { registerRibbonCommands } from "../commands/commands";
import { t, type MessageCode } from "../i18n";
import { App } from "./components/App";
import { PaneTheme } from "./components/PaneTheme";
import type { HostBinding } from "./host/binding";
import { runsInExcel } from "./host/detect";
import { createOfficeBinding } from "./host/office";
import { createStandaloneBinding, isStandaloneBinding } from "./host/standalone";
import { FileBar } from "./components/standalone/FileBar";
import { SheetPreview } from "./components/standalone/SheetPreview";
import { unavailableBinding } from "./host/unavailable";
import { CommandRunner } from "./runner";

async function bind(runner: CommandRunner, onSlowOffice: () => void): Promise<HostBinding> {
  if (await runsInExcel(onSlowOffice)) {
    try {
      const binding = createOfficeBinding(runner.report);
      registerRibbonCommands(binding.commands, runner);
      return binding;
    } catch (e) {
      // The button must still answer (and call event.completed) even when binding failed.
      registerRibbonCommands(undefined, runner);
      return unavailableBinding("excel", e);
    }
  }
  try {
    return await createStandaloneBinding(runner.report);
  } catch (e) {
    return unavailableBinding("browser", e);
  }
}

async function boot(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const starting = (code: MessageCode) =>
    root.render(
      <PaneTheme>
        <Spinner size="small" label={`${t("vi", code)} (${t("en", code)})`} />
      </PaneTheme>,
    );
  starting("PANE_LOADING");
  const runner = new CommandRunner();
  // Inside Excel a slow start keeps waiting for Office (the ribbon needs it) and the pane says so.
  const binding = await bind(runner, () => starting("PANE_WAITING_OFFICE"));
  // Outside Excel there is no File menu and no grid: the browser host brings its own.
  const session = isStandaloneBinding(binding) ? binding.session : undefined;
  root.render(
    <PaneTheme dark={binding.dark}>
      <App
        commands={binding.commands}
        runner={runner}
        notice={binding.notice}
        host={binding.host}
        header={session && <FileBar session={session} runner={runner} />}
        footer={session && <SheetPreview session={session} />}
      />
    </PaneTheme>,
  );
}

void boot();
