/**
 * Maps what Excel throws (OfficeExtension.Error: code, message, debugInfo) to AppError with a message a
 * clerk can act on. Unknown errors keep Excel's own code, message and error location, and the original
 * error stays attached as `cause`: nothing is swallowed.
 * Detected by shape, not by `instanceof OfficeExtension.Error`, so this module loads without Office.js.
 */
import { AppError } from "../../shared/errors";

export interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string; statement?: string; fullStatements?: string[] };
}

export function isOfficeError(e: unknown): e is OfficeErrorLike {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as { code?: unknown }).code === "string" &&
    typeof (e as { message?: unknown }).message === "string"
  );
}

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

/** Excel's message, plus where it failed when Excel says so (the statement is what a developer needs). */
export function officeDetail(e: OfficeErrorLike): string {
  const where = e.debugInfo?.errorLocation;
  return where ? `${e.message} [${where}]` : e.message;
}

export function toAppError(e: unknown): unknown {
  if (e instanceof AppError || !isOfficeError(e)) return e;
  const detail = officeDetail(e);
  const options = { cause: e };
  const code = e.code;
  if (code === "InvalidOperationInCellEditMode") return new AppError("OFFICE_CELL_EDIT_MODE", {}, options);
  if (PAYLOAD_CODES.has(code)) return new AppError("OFFICE_PAYLOAD_LIMIT", { code, detail }, options);
  if (code === "ItemAlreadyExists") return new AppError("OFFICE_NAME_EXISTS", { detail }, options);
  if (code === "ItemNotFound") return new AppError("OFFICE_NOT_FOUND", { detail }, options);
  // Excel reports a write to a protected sheet as AccessDenied on most builds, as a generic error on some.
  if (code === "AccessDenied" || /protected/i.test(e.message)) return new AppError("OFFICE_SHEET_PROTECTED", { detail }, options);
  return new AppError("OFFICE_ERROR", { code, detail }, options);
}

/** Runs `f` and rethrows any Office error as an AppError. */
export async function mapOfficeErrors<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw toAppError(e);
  }
}
