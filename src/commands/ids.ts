/** Names shared by the ribbon code and manifest.xml (test/manifest checks they agree). */

/** <FunctionName> of the "Tạo tổng hợp" button. */
export const SUMMARY_FUNCTION = "makeSummary";

/** <FunctionName> of the "Kiểm tra" button (validate the current round). */
export const VALIDATE_FUNCTION = "validateCurrentRound";

/** <FunctionName> of the "Xếp hạng" button (rank the current round). */
export const RANK_FUNCTION = "rankCurrentRound";

/** <FunctionName> of the "Bình xét năm" button (the year's awards: Bình xét năm and its papers). */
export const AWARDS_FUNCTION = "reviewYearAwards";

/** Every ExecuteFunction of the ribbon, in the group's order. */
export const RIBBON_FUNCTIONS = [VALIDATE_FUNCTION, RANK_FUNCTION, SUMMARY_FUNCTION, AWARDS_FUNCTION] as const;

/** The resid that the shared runtime, the function file and the pane all use: one page, one runtime. */
export const RUNTIME_RESID = "Taskpane.Url";
