/** A plan document (.docx or .txt) read from disk for `layout --plan` and `new-year --plan`. */
import * as path from "path";
import type { ParsedPlan } from "../../domain/plan/parse";
import { msg, type Bilingual } from "../../i18n";

export interface PlanDocumentRead {
  parsed: ParsedPlan;
  /** What was read, for the output. */
  message: Bilingual;
}

/** A plan document read from disk, and the line saying what was read. */
export async function readDocument(file: string): Promise<PlanDocumentRead> {
  const [{ readPlanDocument }, fs, { AppError }] = await Promise.all([
    import("../../app/planDocument"),
    import("fs/promises"),
    import("../../shared/errors"),
  ]);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new AppError("FILE_MISSING", { file });
  }
  const parsed = await readPlanDocument(bytes, path.basename(file));
  const p = parsed.plan;
  const message = msg("LAYOUT_PLAN_FROM_DOCUMENT", {
    file: path.basename(file),
    year: p.year,
    tasks: p.tasks.length,
    rounds: p.rounds.length,
    movements: p.movements.length,
    cited: p.cited.length,
  });
  return { parsed, message };
}
