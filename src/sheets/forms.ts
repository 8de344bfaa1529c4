/**
 * The sheets of a unit's form: `Thông tin` (who the form is for, locked), `Thành viên` (the unit's members
 * with the headers of `Cá nhân`, for its collective title) and, for a tổ dân phố, `Gia đình văn hóa` (its
 * households, with the register's headers). Every sheet is protected with only the input cells open, and
 * carries the form's identity in its marker, which the host keeps in its hidden registry.
 */
import type { Household } from "../domain/households";
import type { Person } from "../domain/awards/model";
import { formKey, type FormIdentity } from "../domain/units/forms";
import type { Unit } from "../domain/types";
import { msg, type MessageCode, type Params } from "../i18n";
import type { CellInput, SheetSpec } from "../workbook/port";
import { formatDate } from "./cells";
import { householdColumns, householdRow, HOUSEHOLD_SHEET } from "./households";
import { buildListSheet } from "./listSheet";
import { peopleColumns, personRow } from "./people";
import { COLORS, range } from "./style";
import { formMarker } from "./markers";

export const FORM_INFO_SHEET = "Thông tin";
export const FORM_MEMBERS_SHEET = "Thành viên";
export const FORM_HOUSEHOLDS_SHEET = HOUSEHOLD_SHEET;
const MEMBER_BLANK_ROWS = 30;
const HOUSEHOLD_BLANK_ROWS = 200;

function vi(code: MessageCode, params?: Params): string {
  return msg(code, params).vi;
}

/** The rows of `Thông tin`: label, value. Collecting reads them back by label. */
export const INFO_LABELS = {
  ward: "Phường",
  year: "Năm",
  round: "Đợt bình xét",
  unit: "Mã đơn vị",
  unitName: "Tên đơn vị",
  issued: "Ngày lập phiếu",
  version: "Phiên bản phiếu",
} as const;

export interface FormOptions {
  identity: FormIdentity;
  unit: Unit;
  roundName: string;
  issued: Date;
  members: readonly Person[];
  /** For a tổ dân phố: its households on the register; undefined for other units. */
  households?: readonly Household[];
}

function infoSheet(o: FormOptions): SheetSpec {
  const id = o.identity;
  const rows: [string, CellInput][] = [
    [INFO_LABELS.ward, id.ward],
    [INFO_LABELS.year, id.year],
    [INFO_LABELS.round, o.roundName],
    [INFO_LABELS.unit, o.unit.code],
    [INFO_LABELS.unitName, o.unit.name],
    [INFO_LABELS.issued, formatDate(o.issued)],
    [INFO_LABELS.version, id.version],
  ];
  const cells: CellInput[][] = [
    [vi("FORM_TITLE", { year: id.year }), null],
    [null, null],
    ...rows.map(([l, v]) => [l, v]),
    [null, null],
    [vi("FORM_HOWTO_MEMBERS", { sheet: FORM_MEMBERS_SHEET }), null],
    ...(o.households ? [[vi("FORM_HOWTO_HOUSEHOLDS", { sheet: FORM_HOUSEHOLDS_SHEET }), null] as CellInput[]] : []),
    [vi("FORM_HOWTO_RETURN"), null],
  ];
  const last = cells.length;
  return {
    name: FORM_INFO_SHEET,
    marker: formMarker(formKey(id)),
    cells,
    columnWidths: [22, 60],
    merges: [
      { row: 0, col: 0, rows: 1, cols: 2 },
      ...Array.from({ length: last - 10 }, (_, i) => ({ row: 10 + i, col: 0, rows: 1, cols: 2 })),
    ],
    rowHeights: { 0: 30 },
    styles: [
      { range: range(0, 0, 1, 2), bold: true, fontSize: 14, hAlign: "center", vAlign: "middle", wrap: true },
      { range: range(2, 0, rows.length, 1), bold: true, border: "thin" },
      { range: range(2, 1, rows.length, 1), border: "thin" },
      { range: range(10, 0, last - 10, 2), wrap: true, italic: true },
    ],
    protect: true,
    print: { orientation: "portrait" },
    tabColor: COLORS.tabGenerated,
  };
}

function membersSheet(o: FormOptions): SheetSpec {
  const rows: CellInput[][] = o.members.map((p) => personRow(p, o.unit.code));
  const spec = buildListSheet({
    name: FORM_MEMBERS_SHEET,
    marker: formMarker(formKey(o.identity)),
    tableName: "ThanhVien",
    columns: peopleColumns({
      type: "list",
      values: [o.unit.code],
      allowBlank: true,
      error: { title: "Đơn vị", message: vi("FORM_UNIT_ONLY", { unit: o.unit.code }) },
    }),
    rows,
    blankRows: MEMBER_BLANK_ROWS,
    ward: o.identity.ward,
    title: vi("FORM_MEMBERS_TITLE", { unit: o.unit.name }),
    tabColor: COLORS.tabInput,
  });
  return { ...spec, protect: true };
}

function householdsSheet(o: FormOptions, households: readonly Household[]): SheetSpec {
  const spec = buildListSheet({
    name: FORM_HOUSEHOLDS_SHEET,
    marker: formMarker(formKey(o.identity)),
    tableName: "GiaDinh",
    columns: householdColumns(
      {
        type: "list",
        values: [o.unit.code],
        allowBlank: true,
        error: { title: "Tổ dân phố", message: vi("FORM_UNIT_ONLY", { unit: o.unit.code }) },
      },
      false,
    ),
    // The register's row without its Nguồn: the form is the source.
    rows: households.map((h) => {
      const r = householdRow(h);
      return [...r.slice(0, 8), r[9] ?? null];
    }),
    blankRows: HOUSEHOLD_BLANK_ROWS,
    ward: o.identity.ward,
    title: vi("FORM_HOUSEHOLDS_TITLE", { unit: o.unit.name }),
    tabColor: COLORS.tabInput,
  });
  return { ...spec, protect: true };
}

/** The sheets of one unit's form, `Thông tin` first. */
export function buildFormSheets(o: FormOptions): SheetSpec[] {
  const specs = [infoSheet(o), membersSheet(o)];
  if (o.households) specs.push(householdsSheet(o, o.households));
  return specs;
}

/** `phieu-TDP01-2024.xlsx`: the unit's code and the year, nothing a file system refuses. */
export function formFileName(unit: string, year: number): string {
  return `phieu-${unit.replace(/[^\p{L}\p{N}_-]+/gu, "_")}-${year}.xlsx`;
}
