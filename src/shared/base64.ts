/** Bytes as base64, in the browser and in Node alike (Excel.createWorkbook takes a workbook so). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode with a whole workbook's bytes as arguments overflows the call stack.
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}
