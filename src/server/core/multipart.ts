import { AppError } from "./errors.js";

/**
 * Limits of every multipart request. Our forms send one file in `file` and nothing else, so the
 * few fields a client may add before it are capped in number and size: nothing a caller sends
 * ahead of the file is buffered beyond ~8 KB. The file's own size is limited per route (and per
 * kind of upload): every reader passes its own `fileSize` to `req.file`, which replaces this one.
 * `fileSize` here is only the ceiling for a reader that forgot: the largest file any route takes,
 * a KS's practice video (`MAX_VIDEO_BYTES` in files/contract.ts; tests/server/upload-limits.test.ts
 * checks the two agree).
 */
export const MULTIPART_LIMITS = {
  fieldNameSize: 100,
  fieldSize: 1024,
  fields: 8,
  files: 1,
  parts: 10,
  headerPairs: 50,
  fileSize: 50 * 1024 * 1024,
} as const;

const TOO_MANY = new Set(["FST_PARTS_LIMIT", "FST_FILES_LIMIT", "FST_FIELDS_LIMIT"]);
/** Codes @fastify/multipart raises for a bad form: the error handler's safety net maps these too. */
export const MULTIPART_CODES: ReadonlySet<string> = new Set([
  ...TOO_MANY,
  "FST_PROTO_VIOLATION",
  "FST_INVALID_MULTIPART_CONTENT_TYPE",
  "FST_INVALID_JSON_FIELD_ERROR",
  "FST_MP_PREMATURE_CLOSE",
]);

/**
 * A multipart parsing failure as the error the caller should see: too many parts is a 413,
 * anything else wrong with the form (no boundary, cut off, malformed headers) a 400. Null for
 * errors that are ours to handle (AppError, a file over its limit).
 */
export function multipartError(err: unknown): AppError | null {
  if (err instanceof AppError) return null;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "FST_REQ_FILE_TOO_LARGE") return null;
  if (typeof code === "string" && TOO_MANY.has(code)) {
    return new AppError("TOO_LARGE", "upload.tooManyParts", { fields: MULTIPART_LIMITS.fields });
  }
  return new AppError("VALIDATION", "upload.malformed");
}
