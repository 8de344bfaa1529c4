/** Names shared by the ribbon code and manifest.xml (test/manifest checks they agree). */

/** <FunctionName> of the "Tạo tổng hợp" button. */
export const SUMMARY_FUNCTION = "makeSummary";

/** The resid that the shared runtime, the function file and the pane all use: one page, one runtime. */
export const RUNTIME_RESID = "Taskpane.Url";
