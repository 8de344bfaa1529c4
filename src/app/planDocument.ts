/**
 * A plan document's text, as lines for the plan reader (domain/plan/parse.ts): a .txt as it is, a .docx
 * by its paragraphs (word/document.xml, read with JSZip, which exceljs already brings). A paragraph that
 * Word numbers as a bulleted list item gets the "- " the reader expects of a bullet.
 */
import JSZip from "jszip";
import { parsePlanText, type ParsedPlan } from "../domain/plan/parse";
import { AppError } from "../shared/errors";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

/** The paragraphs of word/document.xml as text lines; a line break inside a paragraph starts a new line. */
export function docxParagraphs(documentXml: string): string[] {
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? documentXml;
  const out: string[] = [];
  for (const m of body.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = m[1] ?? "";
    const listItem = /<w:numPr>/.test(inner);
    let text = "";
    for (const t of inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
      if (t[2] === "tab") text += " ";
      else if (t[2]) text += "\n";
      else text += decode(t[1] ?? "");
    }
    const lines = text.split("\n");
    if (listItem && lines[0] !== undefined && !/^\s*[-–•]/.test(lines[0])) lines[0] = `- ${lines[0]}`;
    out.push(...lines);
  }
  return out;
}

export type PlanDocumentKind = "docx" | "txt";

export function planDocumentKind(fileName: string): PlanDocumentKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === "docx" ? "docx" : ext === "txt" ? "txt" : undefined;
}

/** The lines of a plan document; AppError PLAN_DOCUMENT_UNREADABLE for a file that is not a .docx or text. */
export async function planDocumentLines(bytes: Uint8Array | ArrayBuffer, fileName: string): Promise<string[]> {
  const kind = planDocumentKind(fileName);
  if (kind === "txt")
    return new TextDecoder("utf-8")
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .split(/\r\n|\r|\n/);
  if (kind !== "docx") throw new AppError("PLAN_DOCUMENT_KIND", { file: fileName });
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file("word/document.xml")?.async("string");
  } catch {
    xml = undefined;
  }
  if (xml === undefined) throw new AppError("PLAN_DOCUMENT_UNREADABLE", { file: fileName });
  return docxParagraphs(xml);
}

/** A plan document read into a plan, with what the reader could not place. */
export async function readPlanDocument(bytes: Uint8Array | ArrayBuffer, fileName: string): Promise<ParsedPlan> {
  return parsePlanText(await planDocumentLines(bytes, fileName));
}
