import { fileTypeFromBuffer } from "file-type";
import { UPLOAD_TYPES, type UploadType } from "./contract.js";

/** Checks on uploaded bytes and names: judged by content, never by the name or type a browser sends. */

/**
 * The upload's type among `accepted`, from its bytes (file-type: magic numbers; a ZIP is a DOCX
 * only with Word's parts inside), or null for anything else — a text file renamed .pdf, an
 * executable, a ZIP of notes, an old .doc.
 */
export async function detectUploadType(
  bytes: Uint8Array,
  accepted: readonly UploadType[],
): Promise<{ type: UploadType; mimeType: string } | null> {
  const found = await fileTypeFromBuffer(bytes);
  const type = accepted.find((t) => UPLOAD_TYPES[t] === found?.mime);
  return type ? { type, mimeType: UPLOAD_TYPES[type] } : null;
}

/** The last path segment without control characters, at most 200 characters; a default when nothing is left. */
export function cleanFileName(raw: string | undefined, fallback = "berkas.pdf"): string {
  const base = (raw ?? "").split(/[/\\]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (cleaned === "" || cleaned === "." || cleaned === "..") return fallback;
  return cleaned.length > 200 ? cleaned.slice(cleaned.length - 200) : cleaned;
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987), safe for any header. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
