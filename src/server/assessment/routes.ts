import type { FastifyInstance, FastifyReply } from "fastify";
import { langOf } from "../core/messages.js";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import { attachmentHeader } from "../files/content.js";
import * as c from "./contract.js";
import { exportEkinerja } from "./export-ekinerja.js";
import { exportReport } from "./export-report.js";
import { finaliseResults } from "./finalise-results.js";
import { getResults } from "./get-results.js";
import { listResultPeriods } from "./list-result-periods.js";
import { setOrganisationPredikat } from "./set-organisation-predikat.js";

/** A period's results (issue 10 §2) and their exports (§3). */
export function resultsRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const { db } = database;
  route(app, c.listResultPeriods, async ({ actor, params }) =>
    listResultPeriods({ db, actor, districtId: params.id, now: clock.now() }),
  );
  route(app, c.getResults, async ({ actor, params }) => getResults({ db, actor, periodId: params.id }));
  route(app, c.setOrganisationPredikat, async ({ actor, params, body }) =>
    setOrganisationPredikat({ db, actor, periodId: params.id, organisationPredikat: body.organisationPredikat }),
  );
  route(app, c.finaliseResults, async ({ actor, params, body, req }) =>
    finaliseResults({ db, actor, periodId: params.id, reason: body.reason, lang: langOf(req), now: clock.now() }),
  );
  route(app, c.exportEkinerjaCsv, async ({ actor, params, reply }) =>
    sendFile(reply, await exportEkinerja({ db, actor, periodId: params.id, format: "csv", now: clock.now() })),
  );
  route(app, c.exportEkinerjaJson, async ({ actor, params, reply }) =>
    sendFile(reply, await exportEkinerja({ db, actor, periodId: params.id, format: "json", now: clock.now() })),
  );
  route(app, c.exportReportXlsx, async ({ actor, params, reply }) =>
    sendFile(reply, await exportReport({ db, actor, periodId: params.id, now: clock.now() })),
  );
}

function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; body: string | Buffer }) {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", attachmentHeader(file.fileName))
    .header("cache-control", "private, no-store")
    .send(file.body);
}
