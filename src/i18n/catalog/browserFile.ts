import type { Catalog } from "../types";

/** The browser pane's File menu while it works: what the progress bar says as a workbook opens and is written. */
export const browserFile = {
  BROWSER_OPEN_STEP_READ: { vi: "Đang đọc tệp", en: "Reading the file" },
  BROWSER_OPEN_STEP_LOAD: { vi: "Đang đọc các trang", en: "Reading the sheets" },
  BROWSER_OPEN_STEP_LIST: { vi: "Đang liệt kê các trang", en: "Listing the sheets" },
  BROWSER_SAVE_STEP_WRITE: { vi: "Đang ghi sổ tính", en: "Writing the workbook" },
  BROWSER_SAVE_STEP_HANDOVER: { vi: "Đang chuyển tệp cho trình duyệt", en: "Handing the file to the browser" },
} satisfies Catalog;
