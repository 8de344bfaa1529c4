import type { Catalog } from "../types";

/** What a command says about a sheet it made earlier and no longer makes. */
export const staleSheets = {
  SHEET_DELETED_STALE: {
    vi: "Đã xóa trang “{sheet}” (không còn dùng).",
    en: "Deleted sheet “{sheet}” (no longer used).",
  },
  SHEET_STALE_EDITED: {
    vi: "Trang “{sheet}” không còn dùng nhưng đã được sửa sau khi tiện ích tạo: giữ lại; xóa tay nếu không cần.",
    en: "Sheet “{sheet}” is no longer used but was edited since the add-in made it: kept; delete it by hand if not needed.",
  },
  SHEET_STALE_KEPT: {
    vi: "Trang “{sheet}” không còn dùng; cách mở sổ này không xóa được trang: xóa tay nếu không cần.",
    en: "Sheet “{sheet}” is no longer used; this way of opening the workbook cannot delete sheets: delete it by hand if not needed.",
  },
} satisfies Catalog;
