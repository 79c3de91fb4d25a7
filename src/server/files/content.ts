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

/**
 * The one byte range a `Range` header asks for (`bytes=0-`, `bytes=100-199`, `bytes=-500`), ends
 * inclusive, or null to answer the whole file: no header, several ranges, another unit, or a range
 * outside the file (a server may always ignore Range). A browser's <video> asks for ranges to seek,
 * and Safari plays nothing without them.
 */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "");
  if (!m || size === 0 || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    return suffix > 0 ? { start: Math.max(0, size - suffix), end: size - 1 } : null;
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start < size && start <= end ? { start, end } : null;
}
