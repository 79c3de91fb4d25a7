import type { FastifyInstance } from "fastify";
import { authorize } from "../core/authorize.js";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import { readCsvUpload } from "../import/read-upload.js";
import { assignTimMember } from "./assign.js";
import * as c from "./contract.js";
import { importTimLinks } from "./import-links.js";
import { unassignTimMember } from "./unassign.js";
import { listTimMembers, listTimSubjects } from "./workload.js";

export function timKinerjaRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const db = database.db;
  route(app, c.listTimMembers, async ({ actor, params, query }) =>
    listTimMembers(db, actor, params.id, clock.now(), query),
  );
  route(app, c.listTimSubjects, async ({ actor, params, query }) =>
    listTimSubjects(db, actor, params.id, clock.now(), query),
  );
  route(app, c.assignTimMember, async ({ actor, params, body }) =>
    assignTimMember(db, { actor, districtId: params.id, ...body, now: clock.now() }),
  );
  route(app, c.unassignTimMember, async ({ actor, params, body }) =>
    unassignTimMember(db, { actor, districtId: params.id, ...body, now: clock.now() }),
  );
  route(app, c.importTimLinks, async ({ actor, params, query, req }) => {
    // Checked before reading the upload: a forbidden caller's file is never parsed.
    authorize(actor, { do: "timKinerja.assign", districtId: params.id });
    const csvText = await readCsvUpload(req, c.MAX_LINK_CSV_BYTES);
    return importTimLinks({
      db,
      districtId: params.id,
      actorId: actor.personId,
      csvText,
      dryRun: query.dryRun === "true",
      now: clock.now(),
    });
  });
}
