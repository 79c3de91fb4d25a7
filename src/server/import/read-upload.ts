import type { FastifyRequest } from "fastify";
import { decodeCsvBytes } from "../../domain/import/csv-text.js";
import { AppError } from "../core/errors.js";
import { multipartError } from "../core/multipart.js";
import { fileProblemError } from "./import-errors.js";

/** The one uploaded file of a multipart request, as text; refused when too large, binary or not UTF-8. */
export async function readCsvUpload(req: FastifyRequest, maxBytes: number): Promise<string> {
  if (!req.isMultipart()) throw new AppError("VALIDATION", "import.noFile");
  const tooLarge = () => new AppError("VALIDATION", "import.tooLarge", { max: Math.round(maxBytes / 1024 / 1024) });
  let buffer: Buffer;
  try {
    const part = await req.file({ limits: { fileSize: maxBytes, files: 1 }, throwFileSizeLimit: true });
    if (!part) throw new AppError("VALIDATION", "import.noFile");
    buffer = await part.toBuffer();
  } catch (err) {
    if ((err as { code?: unknown }).code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge();
    throw multipartError(err) ?? err;
  }
  const decoded = decodeCsvBytes(buffer);
  if (!decoded.ok) throw fileProblemError(decoded.problem);
  return decoded.text;
}
