/**
 * Starts the workbook worker. Kept apart from standalone.ts because `import.meta.url` is what webpack reads to
 * make the worker its own chunk, and the tests (CommonJS, jsdom without Worker) never load this module.
 */
import type { Progress } from "../../workbook/port";
import { WorkbookClient } from "./workbookChannel";

export function startWorkbookWorker(progress: Progress): WorkbookClient {
  const worker = new Worker(/* webpackChunkName: "workbook-worker" */ new URL("./workbook.worker.ts", import.meta.url), {
    name: "tdkt-workbook",
  });
  return new WorkbookClient(worker, progress);
}
