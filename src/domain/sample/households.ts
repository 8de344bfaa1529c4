/**
 * A sample ward's households for the family register: `perTdp` households in each tổ dân phố, with the
 * tổ dân phố's bình xét held and posted on time, and about one household in eight not passed. The same
 * names every time, so the demo and the bench are repeatable.
 */
import type { Household } from "../households";
import { SAMPLE_NOTE } from "./ward";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quang"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dung",
  "Hà",
  "Hải",
  "Hòa",
  "Hùng",
  "Lan",
  "Long",
  "Mai",
  "Nam",
  "Phương",
  "Sơn",
  "Thảo",
  "Tuấn",
];
const STREETS = ["Hoàng Liên", "Nguyễn Huệ", "Trần Hưng Đạo", "Lê Lợi", "Kim Đồng", "Hoàng Quốc Việt"];

export function sampleHouseholds(tdps: readonly string[], perTdp: number, year: number): Household[] {
  const out: Household[] = [];
  tdps.forEach((tdp, t) => {
    // Each tổ dân phố meets between 12/11 and 16/11 and posts the list for ten days from the next day, so a
    // decision on 01/12 is after every posting and within ten days of each.
    const day = 12 + (t % 5);
    const evaluatedOn = new Date(Date.UTC(year, 10, day));
    const postedFrom = new Date(Date.UTC(year, 10, day + 1));
    const postedTo = new Date(Date.UTC(year, 10, day + 10));
    for (let i = 0; i < perTdp; i++) {
      const n = t * perTdp + i;
      out.push({
        code: `${tdp}-${String(i + 1).padStart(3, "0")}`,
        head: `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n >> 2) % MIDDLE.length]} ${GIVEN[(n * 7) % GIVEN.length]}`,
        address: `Số ${(i % 120) + 1}, đường ${STREETS[(t + i) % STREETS.length]}`,
        tdp,
        result: n % 8 === 7 ? "KHONG_DAT" : "DAT",
        evaluatedOn,
        postedFrom,
        postedTo,
        source: "",
        note: SAMPLE_NOTE,
        row: 0,
      });
    }
  });
  return out;
}
