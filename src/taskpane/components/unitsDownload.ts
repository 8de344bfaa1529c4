/** Hands a file the pane made to the browser as a download: a page cannot write a folder on the clerk's computer. */
export const ZIP_MIME = "application/zip";

export function saveDownload(bytes: Uint8Array, fileName: string, mime: string, doc: Document = document): void {
  // Copied into a fresh ArrayBuffer: a Blob part may not be a view of a SharedArrayBuffer.
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type: mime });
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
