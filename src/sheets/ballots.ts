/**
 * `Phiếu bầu`: one printable ballot per member of the Hội đồng, each on its own page, listing the
 * candidates of each voted title with a "Đồng ý" and a "Không đồng ý" box. Ballots carry a number, not the
 * member's name: the vote is the member's own.
 */
import { PERSON_TITLE_NAMES, type PersonTitle } from "../domain/awards/model";
import { msg, type MessageCode, type Params } from "../i18n";
import type { SheetSpec } from "../workbook/port";
import { DocBuilder, TITLE_SIZE } from "./document";
import { SHEET } from "./names";
import { awardsMarker } from "./markers";

/** A 5 | B 34 | C 19 | D 11 | E 13: 82 units, one A4 portrait page inside the decree's margins. */
const WIDTHS = [5, 34, 19, 11, 13];
const LEFT = { col: 0, cols: 2 };
const RIGHT = { col: 2, cols: 3 };

export const BALLOTS_MARKER = awardsMarker("ballots");

export interface BallotCandidate {
  code: string;
  name: string;
  /** "Chức vụ, đơn vị" as the ballot prints it. */
  where: string;
  title: PersonTitle;
}

export interface BallotsOptions {
  ward: string;
  year: number;
  /** Number of ballots: one per council member. */
  count: number;
  titles: readonly PersonTitle[];
  name?: string;
}

const vi = (code: MessageCode, params?: Params) => msg(code, params).vi;

export function buildBallotsSheet(candidates: readonly BallotCandidate[], options: BallotsOptions): SheetSpec {
  const doc = new DocBuilder(WIDTHS);
  const center = { hAlign: "center" as const, vAlign: "middle" as const };
  const count = Math.max(1, options.count);
  for (let n = 1; n <= count; n++) {
    if (n > 1) doc.pageBreaks.push(doc.next);
    const top = doc.next;
    doc.put(top, LEFT, vi("BALLOT_COUNCIL"), { ...center, bold: true, fontSize: 11 });
    doc.put(top, RIGHT, vi("DOC_NATION"), { ...center, bold: true, fontSize: 12 });
    doc.put(top + 1, LEFT, options.ward.toLocaleUpperCase("vi"), { ...center, bold: true, underline: true, fontSize: 11 });
    doc.put(top + 1, RIGHT, vi("DOC_MOTTO"), { ...center, bold: true, underline: true });
    doc.blank();
    const kind = doc.line(vi("BALLOT_KIND"), { ...center, bold: true, fontSize: TITLE_SIZE });
    doc.heights[kind] = 22;
    doc.line(vi("BALLOT_SUBJECT", { year: options.year }), { ...center, bold: true });
    doc.line(vi("BALLOT_NUMBER", { n, of: count }), { ...center, italic: true });
    doc.blank();
    doc.line(vi("BALLOT_HOW"), { italic: true });
    let section = 0;
    for (const title of options.titles) {
      const list = candidates.filter((c) => c.title === title);
      section++;
      doc.blank();
      doc.line(vi("BALLOT_TITLE_HEAD", { n: section, title: PERSON_TITLE_NAMES[title], count: list.length }), { bold: true });
      if (!list.length) {
        doc.line(vi("BALLOT_NONE"), { italic: true });
        continue;
      }
      doc.table(
        [
          { col: 0, cols: 1, hAlign: "center" },
          { col: 1, cols: 1 },
          { col: 2, cols: 1 },
          { col: 3, cols: 1, hAlign: "center" },
          { col: 4, cols: 1, hAlign: "center" },
        ],
        [vi("BALLOT_COL_NO"), vi("BALLOT_COL_NAME"), vi("BALLOT_COL_POSITION"), vi("BALLOT_COL_YES"), vi("BALLOT_COL_NO_VOTE")],
        list.map((c, i) => [i + 1, c.name, c.where, null, null]),
      );
    }
  }
  return doc.sheet(options.name ?? SHEET.ballots, { ...BALLOTS_MARKER });
}
