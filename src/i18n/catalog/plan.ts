import type { Catalog } from "../types";

/** The plan as data and the currency of its legal basis (`Căn cứ`). */
export const plan: Catalog = {
  // Status labels (column "Hiệu lực" of `Căn cứ`)
  LEGAL_STATUS_IN_FORCE: { vi: "Còn hiệu lực", en: "In force" },
  LEGAL_STATUS_REPLACED: { vi: "Đã bị thay thế", en: "Replaced" },
  LEGAL_STATUS_AMENDED: { vi: "Đã được sửa đổi", en: "Amended" },
  LEGAL_STATUS_EXPIRED: { vi: "Hết hiệu lực", en: "No longer in force" },
  LEGAL_STATUS_NOT_YET_IN_FORCE: {
    vi: "Chưa có hiệu lực",
    en: "Not yet in force",
  },
  LEGAL_STATUS_NOT_LISTED: {
    vi: "Chưa có trong danh mục",
    en: "Not in the catalogue",
  },
  // Notes per cited text
  BASIS_IN_FORCE: {
    vi: "Còn hiệu lực tại ngày {date}.",
    en: "In force on {date}.",
  },
  BASIS_TO_BE_REPLACED: {
    vi: "Còn hiệu lực tại ngày {date}, nhưng đã có văn bản thay thế ({by}) có hiệu lực từ ngày {from}.",
    en: "In force on {date}, but already superseded by {by}, in force from {from}.",
  },
  BASIS_NOT_YET_IN_FORCE: {
    vi: "Chưa có hiệu lực tại ngày {date} (có hiệu lực từ ngày {from}).",
    en: "Not yet in force on {date} (in force from {from}).",
  },
  BASIS_REPLACED_BY: {
    vi: "Đã bị thay thế từ ngày {from} bởi {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Replaced from {from} by {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_REPLACED: {
    vi: "Đã bị thay thế từ ngày {from}; cần kiểm tra văn bản thay thế. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Replaced from {from}; check what replaced it. Update the basis before the plan is re-issued.",
  },
  BASIS_REPLACED_NODATE_BY: {
    vi: "Đã bị thay thế bởi {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Replaced by {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_REPLACED_NODATE: {
    vi: "Đã bị thay thế; cần kiểm tra văn bản thay thế. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Replaced; check what replaced it. Update the basis before the plan is re-issued.",
  },
  BASIS_AMENDED_BY: {
    vi: "Đã được sửa đổi từ ngày {from} bởi {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Amended from {from} by {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_AMENDED: {
    vi: "Đã được sửa đổi từ ngày {from}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Amended from {from}. Update the basis before the plan is re-issued.",
  },
  BASIS_AMENDED_NODATE_BY: {
    vi: "Đã được sửa đổi bởi {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Amended by {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_AMENDED_NODATE: {
    vi: "Đã được sửa đổi. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Amended. Update the basis before the plan is re-issued.",
  },
  BASIS_EXPIRED_BY: {
    vi: "Hết hiệu lực từ ngày {from}; văn bản hiện hành: {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "No longer in force from {from}; now in force: {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_EXPIRED: {
    vi: "Hết hiệu lực từ ngày {from}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "No longer in force from {from}. Update the basis before the plan is re-issued.",
  },
  BASIS_EXPIRED_NODATE_BY: {
    vi: "Hết hiệu lực; văn bản hiện hành: {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "No longer in force; now in force: {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_EXPIRED_NODATE: {
    vi: "Hết hiệu lực. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "No longer in force. Update the basis before the plan is re-issued.",
  },
  BASIS_NOT_LISTED: {
    vi: "Văn bản chưa có trong danh mục của add-in: cần tự kiểm tra hiệu lực.",
    en: "This text is not in the add-in's catalogue: check its status by hand.",
  },
};
