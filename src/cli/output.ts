/** What the command line prints: Vietnamese first, English beside it, findings with their cell. */
import type { Writable } from "stream";
import type { CommandResult } from "../app/types";
import type { Finding } from "../domain/types";
import { msg, type Bilingual } from "../i18n";

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Writes to a standard stream that the reader may close early (`tdkt … | head`): the write fails with
 * EPIPE, reported as an 'error' event that would end the process with a stack trace. Once the stream
 * fails, what follows is dropped quietly and the command goes on, so its save and exit code are as they
 * would have been.
 */
function lineWriter(stream: Writable): (line: string) => void {
  let closed = false;
  let listening = false;
  return (line) => {
    if (closed) return;
    if (!listening) {
      listening = true;
      stream.on("error", () => {
        closed = true;
      });
    }
    try {
      stream.write(line + "\n");
    } catch {
      closed = true;
    }
  };
}

export const processIo: Io = {
  out: lineWriter(process.stdout),
  err: lineWriter(process.stderr),
};

/** "Vietnamese\n  (English)". */
export function bilingual(m: Bilingual): string {
  return `${m.vi}\n  (${m.en})`;
}

export function findingLine(f: Finding): string {
  const sev = msg(f.severity === "error" ? "CLI_SEVERITY_ERROR" : "CLI_SEVERITY_WARNING");
  const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  return `- [${sev.vi} / ${sev.en}] ${where}: ${f.message_vi}\n    (${f.message_en})`;
}

export function printResult(io: Io, result: CommandResult): void {
  for (const m of result.messages) io.out(bilingual(m));
  if (result.findings.length) {
    io.out(bilingual(msg("CLI_FINDINGS", { count: result.findings.length })));
    for (const f of result.findings) io.out(findingLine(f));
  }
}
