import type { FastifyInstance } from "fastify";
import { langOf } from "../core/messages.js";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import { actOnDocument } from "./act-on-document.js";
import * as c from "./contract.js";
import { getPractice } from "./get-practice.js";
import { observationsIcs, upcomingObservations } from "./observations.js";
import { requestDocumentReopen } from "./request-reopen.js";

export function practiceRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const { db } = database;
  route(app, c.getPractice, async ({ actor, params, req }) =>
    getPractice(db, actor, params.cycleId, langOf(req), clock.now()),
  );
  route(app, c.saveDocument, async ({ actor, params, body, req }) =>
    actOnDocument({
      db,
      actor,
      cycleId: params.cycleId,
      kind: params.kind,
      command: { type: "save", version: body.version, content: body.content },
      lang: langOf(req),
      now: clock.now(),
    }),
  );
  route(app, c.actOnDocument, async ({ actor, params, body, req }) =>
    actOnDocument({
      db,
      actor,
      cycleId: params.cycleId,
      kind: params.kind,
      command: { type: "act", action: params.action, version: body.version, note: body.note },
      lang: langOf(req),
      now: clock.now(),
    }),
  );
  route(app, c.requestDocumentReopen, async ({ actor, params, body, req }) =>
    requestDocumentReopen(db, actor, params.cycleId, params.kind, body.reason, langOf(req), clock.now()),
  );
  route(app, c.upcomingObservations, async ({ actor }) => ({
    items: await upcomingObservations(db, actor, clock.now()),
  }));
  route(app, c.upcomingObservationsIcs, async ({ actor, req, reply }) => {
    const items = await upcomingObservations(db, actor, clock.now());
    return reply
      .header("content-type", "text/calendar; charset=utf-8")
      .header("content-disposition", 'attachment; filename="jadwal-observasi.ics"')
      .header("cache-control", "private, no-store")
      .send(observationsIcs(items, `${req.protocol}://${req.host}`));
  });
}
