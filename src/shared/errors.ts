/** An error a user can act on: a catalog code with its parameters, shown in Vietnamese with English beside it. */
import { msg, type Bilingual, type MessageCode, type Params } from "../i18n";

export class AppError extends Error {
  readonly code: MessageCode;
  readonly params: Params;
  readonly text: Bilingual;

  constructor(code: MessageCode, params: Params = {}, options?: { cause?: unknown }) {
    const text = msg(code, params);
    super(`${text.vi} (${text.en})`);
    this.name = "AppError";
    this.code = code;
    this.params = params;
    this.text = text;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** Any thrown thing as a bilingual message; unknown errors keep their own text so nothing is swallowed. */
export function describeError(e: unknown): Bilingual {
  if (e instanceof AppError) return e.text;
  const detail = e instanceof Error ? e.message : String(e);
  return msg("UNEXPECTED", { detail });
}
