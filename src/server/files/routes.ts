import type { FastifyInstance } from "fastify";
import { pickLang } from "../core/messages.js";
import { route } from "../core/route.js";
import { storageFor } from "../core/storage.js";
import type { FeatureDeps } from "../features.js";
import { attachmentHeader } from "./content.js";
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

  route(app, c.downloadFile, async ({ actor, params, reply }) => {
    const file = await downloadFile({ db, storage, actor, fileId: params.id, now: clock.now() });
    return reply
      .header("content-type", file.mimeType)
      .header("content-disposition", attachmentHeader(file.fileName))
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "private, no-store")
      .send(file.bytes);
  });
}
