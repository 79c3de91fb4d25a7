import type { FastifyInstance } from "fastify";
import { pickLang } from "../core/messages.js";
import { route } from "../core/route.js";
import { storageFor } from "../core/storage.js";
import type { FeatureDeps } from "../features.js";
import { attachmentHeader, byteRange } from "./content.js";
import * as c from "./contract.js";
import { downloadFile } from "./download-file.js";
import { multipartReader } from "./read-upload.js";
import { uploadFile } from "./upload-file.js";

export function filesRoutes(app: FastifyInstance, { database, config, clock }: FeatureDeps): void {
  const db = database.db;
  const storage = storageFor(config);

  route(app, c.uploadFile, async ({ actor, query, req }) =>
    uploadFile({
      db,
      storage,
      actor,
      kind: query.kind,
      lang: pickLang(req.cookies.kinerja_lang),
      read: multipartReader(req),
    }),
  );

  route(app, c.downloadFile, async ({ actor, params, req, reply }) => {
    const file = await downloadFile({ db, storage, actor, fileId: params.id, now: clock.now() });
    reply
      .header("content-type", file.mimeType)
      .header("content-disposition", attachmentHeader(file.fileName))
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "private, no-store")
      .header("accept-ranges", "bytes");
    // A practice video played in the page: the browser seeks with ranges (each checked like a download).
    const range = byteRange(req.headers.range, file.bytes.length);
    if (!range) return reply.send(file.bytes);
    return reply
      .code(206)
      .header("content-range", `bytes ${range.start}-${range.end}/${file.bytes.length}`)
      .send(file.bytes.subarray(range.start, range.end + 1));
  });
}
