/**
 * `Cá nhân`: the people a ward may propose for the year's individual titles (its cán bộ, công chức and
 * staff, and people of the units it manages), with their grade, discipline and registered title. An input
 * list: the add-in creates it once and a person keeps it; the awards command reads it with readPeople.
 */
import {
  DISCIPLINES,
  DISCIPLINE_LABELS,
  isNoDiscipline,
  parseDiscipline,
  parsePerformance,
  parsePersonTitle,
  parseSanction,
  PERFORMANCES,
  PERFORMANCE_LABELS,
  PERSON_TITLES,
  PERSON_TITLE_SHORT,
  SANCTION_YES,
  type Person,
} from "../domain/awards/model";
import type { Finding } from "../domain/types";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { a1, matchHeaders, quoteSheet, tableRows, text, type ColumnDef } from "./cells";
import { layoutMarker } from "./markers";
import { buildListSheet, type ListColumn } from "./listSheet";
import { finding } from "../domain/findingCodes";
import { SHEET } from "./names";
import { COLORS, SAMPLE_NOTE } from "./style";

export type PersonKey = "code" | "name" | "position" | "unit" | "performance" | "discipline" | "registered" | "note" | "sanction";

export const PERSON_COLUMNS: readonly ColumnDef<PersonKey>[] = [
  { key: "code", header: "Mã", aliases: ["Mã cá nhân", "Mã CN"], required: true },
  { key: "name", header: "Họ và tên", aliases: ["Họ tên", "HoTen"], required: true },
  { key: "position", header: "Chức vụ", aliases: ["Chức danh", "Chức vụ, chức danh"] },
  { key: "unit", header: "Đơn vị", aliases: ["Mã đơn vị", "Đơn vị công tác"] },
  {
    key: "performance",
    header: "Mức hoàn thành nhiệm vụ",
    aliases: ["Xếp loại", "Đánh giá", "Kết quả đánh giá", "Mức độ hoàn thành nhiệm vụ"],
  },
  { key: "discipline", header: "Kỷ luật", aliases: ["Hình thức kỷ luật"] },
  { key: "registered", header: "Đăng ký danh hiệu", aliases: ["Đăng ký", "Danh hiệu đăng ký"] },
  { key: "note", header: "Ghi chú", aliases: ["GhiChu"] },
  // Optional when read: a Cá nhân made before the column existed reads as nobody sanctioned. Last, so a
  // row written in the order before it (a unit's form of an older version) puts nothing in its place.
  { key: "sanction", header: "Xử phạt hành chính", aliases: ["Xử phạt vi phạm hành chính", "Xử phạt VPHC"] },
];

const PEOPLE_BLANK_ROWS = 10;
/** The unit codes the Đơn vị drop-down offers: column A of `Đơn vị`. */
const UNIT_CODE_SOURCE = `=${quoteSheet(SHEET.units)}!$A$2:$A$1000`;

export interface PeopleSheetOptions {
  ward: string;
  blankRows?: number;
}

/** A person as a row of the `Cá nhân` columns: the ward's sheet and a unit's form write the same row. */
export function personRow(p: Person, unit: string = p.unit): CellInput[] {
  return [
    p.code,
    p.name,
    p.position || null,
    unit || null,
    p.performance ? PERFORMANCE_LABELS[p.performance] : null,
    p.discipline ? DISCIPLINE_LABELS[p.discipline] : null,
    p.registered ? PERSON_TITLE_SHORT[p.registered] : null,
    p.note ?? null,
    p.sanctioned ? SANCTION_YES : null,
  ];
}

/** The `Cá nhân` columns and their lists; `unitList` is what the Đơn vị drop-down offers. */
export function peopleColumns(unitList: NonNullable<ListColumn["validation"]>): ListColumn[] {
  return [
    { header: "Mã", minWidth: 8, maxWidth: 10, input: true },
    { header: "Họ và tên", minWidth: 20, maxWidth: 28, input: true },
    { header: "Chức vụ", minWidth: 20, maxWidth: 34, input: true },
    {
      header: "Đơn vị",
      minWidth: 10,
      maxWidth: 12,
      input: true,
      validation: unitList,
    },
    {
      header: "Mức hoàn thành nhiệm vụ",
      minWidth: 22,
      maxWidth: 30,
      input: true,
      validation: {
        type: "list",
        values: PERFORMANCES.map((p) => PERFORMANCE_LABELS[p]),
        allowBlank: true,
        error: { title: "Mức hoàn thành nhiệm vụ", message: "Chọn một mức trong danh sách." },
      },
    },
    {
      header: "Kỷ luật",
      minWidth: 12,
      maxWidth: 16,
      input: true,
      validation: {
        type: "list",
        values: DISCIPLINES.map((d) => DISCIPLINE_LABELS[d]),
        allowBlank: true,
        error: { title: "Kỷ luật", message: "Để trống nếu không bị kỷ luật, hoặc chọn một hình thức trong danh sách." },
      },
    },
    {
      header: "Đăng ký danh hiệu",
      minWidth: 12,
      maxWidth: 14,
      input: true,
      hAlign: "center",
      validation: {
        type: "list",
        values: PERSON_TITLES.map((t) => PERSON_TITLE_SHORT[t]),
        allowBlank: true,
        error: { title: "Đăng ký danh hiệu", message: "Chọn LĐTT hoặc CSTĐCS, để trống nếu không đăng ký." },
      },
    },
    { header: "Ghi chú", minWidth: 14, maxWidth: 30, input: true },
    {
      header: "Xử phạt hành chính",
      minWidth: 10,
      maxWidth: 12,
      input: true,
      hAlign: "center",
      validation: {
        type: "list",
        values: [SANCTION_YES],
        allowBlank: true,
        error: {
          title: "Xử phạt hành chính",
          message: "Chọn “Có” nếu bị xử phạt vi phạm hành chính trong năm, để trống nếu không.",
        },
      },
    },
  ];
}

/** The Đơn vị drop-down of the ward's own sheet: the codes of `Đơn vị`. */
const WARD_UNIT_LIST: NonNullable<ListColumn["validation"]> = {
  type: "list",
  source: UNIT_CODE_SOURCE,
  allowBlank: true,
  error: { title: "Đơn vị", message: "Chọn một mã đơn vị có trong trang Đơn vị." },
};

export function buildPeopleSheet(people: readonly Person[], options: PeopleSheetOptions): SheetSpec {
  const rows: CellInput[][] = people.map((p) => personRow(p));
  return buildListSheet({
    name: SHEET.people,
    marker: layoutMarker("people"),
    tableName: "CaNhan",
    columns: peopleColumns(WARD_UNIT_LIST),
    rows,
    blankRows: options.blankRows ?? (people.length ? 0 : PEOPLE_BLANK_ROWS),
    ward: options.ward,
    title: "Danh sách cá nhân bình xét danh hiệu thi đua",
    tabColor: COLORS.tabInput,
  });
}

export interface PeopleRead {
  people: Person[];
  findings: Finding[];
  /** 0-based column of each field (-1 when absent): a finding about a person points at a1(person.row - 1, columns.x). */
  columns: Record<PersonKey, number>;
  sampleRows: number;
}

/**
 * Reads `Cá nhân` tolerantly. A row without a code, or repeating an earlier code, is reported and left
 * out; a value outside a list is reported and read as blank, so the person is listed as not meeting the
 * condition rather than silently passed.
 */
export function readPeople(data: SheetData): PeopleRead {
  const sheet = data.name;
  const findings: Finding[] = [];
  const noColumns = Object.fromEntries(PERSON_COLUMNS.map((d) => [d.key, -1])) as Record<PersonKey, number>;
  const match = matchHeaders(data.values, PERSON_COLUMNS);
  if (!match || match.missing.length) {
    findings.push(
      finding("PEOPLE_NO_HEADER", sheet, "A1", {
        headers: PERSON_COLUMNS.filter((d) => d.required)
          .map((d) => d.header)
          .join(", "),
      }),
    );
    return { people: [], findings, columns: match?.columns ?? noColumns, sampleRows: 0 };
  }
  const people: Person[] = [];
  const seen = new Map<string, number>();
  let sampleRows = 0;
  for (const r of tableRows(data.values, match)) {
    const cellOf = (k: PersonKey) => a1(r.row, Math.max(0, match.columns[k]));
    const code = text(r.get("code"));
    const name = text(r.get("name"));
    if (!code) {
      findings.push(finding("PERSON_CODE_MISSING", sheet, cellOf("code"), { name }));
      continue;
    }
    const key = code.toLocaleUpperCase("vi");
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push(finding("PERSON_DUPLICATE", sheet, cellOf("code"), { code, first }));
      continue;
    }
    seen.set(key, r.row + 1);
    const person: Person = {
      code,
      name: name || code,
      position: text(r.get("position")),
      unit: text(r.get("unit")),
      row: r.row + 1,
    };
    if (!name) findings.push(finding("PERSON_NAME_MISSING", sheet, cellOf("name"), { code }));
    const perfText = text(r.get("performance"));
    const performance = parsePerformance(perfText);
    if (performance) person.performance = performance;
    else if (perfText)
      findings.push(
        finding("PERSON_PERFORMANCE_UNKNOWN", sheet, cellOf("performance"), {
          code,
          value: perfText,
          values: PERFORMANCES.map((p) => PERFORMANCE_LABELS[p]).join("; "),
        }),
      );
    const discText = text(r.get("discipline"));
    const discipline = parseDiscipline(discText);
    if (discipline) person.discipline = discipline;
    else if (!isNoDiscipline(discText))
      findings.push(
        finding("PERSON_DISCIPLINE_UNKNOWN", sheet, cellOf("discipline"), {
          code,
          value: discText,
          values: DISCIPLINES.map((d) => DISCIPLINE_LABELS[d]).join(", "),
        }),
      );
    const regText = text(r.get("registered"));
    const registered = parsePersonTitle(regText);
    if (registered) person.registered = registered;
    else if (regText) findings.push(finding("PERSON_TITLE_UNKNOWN", sheet, cellOf("registered"), { code, value: regText }));
    const sanctionText = text(r.get("sanction"));
    const sanctioned = parseSanction(sanctionText);
    // A value outside the list may mean a sanction written out: read as one, so nobody passes unseen.
    if (sanctioned !== false) person.sanctioned = true;
    if (sanctioned === undefined)
      findings.push(finding("PERSON_SANCTION_UNKNOWN", sheet, cellOf("sanction"), { code, value: sanctionText }));
    const note = text(r.get("note"));
    if (note) person.note = note;
    if (note === SAMPLE_NOTE) sampleRows++;
    people.push(person);
  }
  return { people, findings, columns: match.columns, sampleRows };
}
