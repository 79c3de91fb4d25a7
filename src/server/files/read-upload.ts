import type { FastifyRequest } from "fastify";
import { multipartError } from "../core/multipart.js";

export type Upload = { fileName: string; bytes: Buffer };

/** Why an upload could not be read; the use case turns it into a message naming the kind of file. */
export class UploadProblem extends Error {
  constructor(readonly problem: "noFile" | "tooLarge") {
    super(problem);
    this.name = "UploadProblem";
  }
}

/**
 * The one file in the multipart field `file`. The size limit is enforced while the bytes arrive:
 * an oversized upload is cut off at the limit, never buffered whole.
 */
export function multipartReader(req: FastifyRequest) {
  return async (maxBytes: number): Promise<Upload> => {
    if (!req.isMultipart()) throw new UploadProblem("noFile");
    try {
      const part = await req.file({ limits: { fileSize: maxBytes, files: 1 }, throwFileSizeLimit: true });
      if (!part) throw new UploadProblem("noFile");
      if (part.fieldname !== "file") {
        part.file.resume(); // drain it so the connection is not left waiting
        throw new UploadProblem("noFile");
      }
      return { fileName: part.filename, bytes: await part.toBuffer() };
    } catch (err) {
      if ((err as { code?: unknown }).code === "FST_REQ_FILE_TOO_LARGE") throw new UploadProblem("tooLarge");
      if (err instanceof UploadProblem) throw err;
      throw multipartError(err) ?? err;
    }
  };
}
