/**
 * A unit's form (phiếu đề nghị của đơn vị): the identity it carries, hidden, so that collecting it can tell
 * which ward, year, round and unit it belongs to and which version of the form's layout it has.
 */
import { fold } from "../codes";

/** The form's layout version: a form laid out by an older add-in is refused, not misread. */
export const FORM_VERSION = 1;

export interface FormIdentity {
  version: number;
  year: number;
  /** WARD_NAME of the ward that made the form. */
  ward: string;
  round: string;
  unit: string;
}

/** The marker key of a form's sheets: the identity the add-in's hidden registry keeps. */
export function formKey(id: FormIdentity): string {
  return ["form", id.version, id.year, id.round, id.unit, id.ward].join("|");
}

export function parseFormKey(key: string): FormIdentity | undefined {
  const parts = key.split("|");
  if (parts.length < 6 || parts[0] !== "form") return undefined;
  const version = Number(parts[1]);
  const year = Number(parts[2]);
  if (!Number.isInteger(version) || !Number.isInteger(year)) return undefined;
  return { version, year, round: parts[3]!, unit: parts[4]!, ward: parts.slice(5).join("|") };
}

export function sameWard(a: string, b: string): boolean {
  return fold(a).replace(/\s+/g, " ").trim() === fold(b).replace(/\s+/g, " ").trim();
}
