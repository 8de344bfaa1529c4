/**
 * Generated-sheet markers on the office host. The registry sheet (`_tdkt`, shared with the exceljs
 * host) is the source of truth. Where ExcelApi 1.12 exists each generated sheet also carries its marker
 * as a worksheet custom property, which follows the sheet through a rename; it is used only to find a
 * renamed sheet for a registry entry whose name no longer exists, and only when exactly one sheet claims
 * that entry. A custom property without a matching registry entry is ignored, and copies of a sheet get
 * the property blanked, so a copy or a stale property never turns a person's sheet into a generated one.
 */
import type { Marker } from "../port";

export const MARKER_PROPERTY = "tdkt.marker";
/** Value written on copies: not JSON, so it never decodes as a marker. */
export const NO_MARKER = "-";

export function encodeMarkerProperty(m: Marker): string {
  return JSON.stringify({ command: m.command, key: m.key, contentHash: m.contentHash, generatedAt: m.generatedAt });
}

export function decodeMarkerProperty(v: unknown): Marker | undefined {
  if (typeof v !== "string" || !v.startsWith("{")) return undefined;
  try {
    const o = JSON.parse(v) as Partial<Marker>;
    if (typeof o.command !== "string" || typeof o.key !== "string" || typeof o.contentHash !== "string") return undefined;
    return { command: o.command, key: o.key, contentHash: o.contentHash, generatedAt: String(o.generatedAt ?? "") };
  } catch {
    return undefined;
  }
}

function sameMarker(a: Marker, b: Marker): boolean {
  return a.command === b.command && a.key === b.key && a.contentHash === b.contentHash && a.generatedAt === b.generatedAt;
}

/**
 * Registry entries whose sheet is gone, matched to the sheets whose custom property carries the same
 * marker. Returns sheet name → marker for the unambiguous matches.
 */
export function resolveRenamed(
  orphans: ReadonlyMap<string, Marker>,
  properties: ReadonlyMap<string, Marker>,
): Map<string, Marker> {
  const out = new Map<string, Marker>();
  for (const orphan of orphans.values()) {
    const claimants = [...properties].filter(([, m]) => sameMarker(m, orphan));
    if (claimants.length === 1) out.set(claimants[0][0], orphan);
  }
  return out;
}
