/** Hands a file to the browser as a download: the only way a page can "save" a file on the clerk's computer. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP_MIME = "application/zip";

/** A workbook (the default MIME) or any other file the pane made, such as the units' forms as one .zip. */
export function saveBytes(bytes: Uint8Array | Blob, fileName: string, doc: Document = document, mime = XLSX_MIME): void {
  // Copied into a fresh ArrayBuffer: a Blob part may not be a view of a SharedArrayBuffer. A Blob (made in the
  // workbook worker) is taken as it is: copying a large workbook here would hold up the page.
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes.slice().buffer as ArrayBuffer], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
