import type { FastifyInstance } from "fastify";
import { authorize } from "../core/authorize.js";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import { attachmentHeader } from "../files/content.js";
import * as c from "./contract.js";
import { readExampleFile } from "./example-file.js";
import { importStaff } from "./import-staff.js";
import { readCsvUpload } from "./read-upload.js";

export function importRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const db = database.db;

  route(app, c.importStaff, async ({ actor, params, query, req }) => {
    // Checked before reading the upload: a forbidden caller's file is never parsed.
    authorize(actor, { do: "import.staff", districtId: params.id });
    const csvText = await readCsvUpload(req, c.MAX_IMPORT_BYTES);
    return importStaff({
      db,
      districtId: params.id,
      csvText,
      actorId: actor.personId,
      actingAs: "admin",
      dryRun: query.dryRun === "true",
      now: clock.now(),
    });
  });

  route(app, c.getExampleFile, async ({ params, reply }) =>
    reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", attachmentHeader(params.name))
      .header("cache-control", "private, max-age=3600")
      .send(await readExampleFile(params.name)),
  );
}
