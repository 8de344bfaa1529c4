/**
 * The ribbon's "Bình xét năm" button: in one click, the year's review of people (Bình xét năm and its
 * papers), the same app command and task title as the pane's "Bình xét và lập văn bản". It takes no
 * target from today: the year reviewed is the workbook's (YEAR on Cấu hình), and a ward often reviews a
 * year in the January after it. The ballots stay a pane action: they are made once, before the council
 * meets, while the review is run again each time a count on Kiểm phiếu is corrected.
 */
import { AppError } from "../shared/errors";
import { msg } from "../i18n";
import { runButton, type ButtonDeps, type CompletableEvent } from "./button";

export type AwardsButtonDeps = Omit<ButtonDeps<void>, "targetOf">;

export function runAwardsButton(event: CompletableEvent, deps: AwardsButtonDeps): Promise<void> {
  return runButton(
    event,
    { ...deps, targetOf: async () => undefined },
    {
      noHost: () => new AppError("RIBBON_AWARDS_NO_HOST"),
      title: () => msg("PANE_SECTION_AWARDS"),
      run: (commands) => commands.awards({ ballots: false }),
    },
  );
}
