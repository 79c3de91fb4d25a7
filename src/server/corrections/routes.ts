import type { FastifyInstance } from "fastify";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import * as c from "./contract.js";
import { listCorrections, listMyCorrections } from "./list-corrections.js";
import { reportCorrection } from "./report-correction.js";
import { resolveCorrection } from "./resolve-correction.js";

export function correctionsRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const db = database.db;
  route(app, c.reportCorrection, async ({ actor, body }) =>
    reportCorrection({ db, actor, note: body.note, now: clock.now() }),
  );
  route(app, c.listMyCorrections, async ({ actor }) => ({ corrections: await listMyCorrections(db, actor) }));
  route(app, c.listCorrections, async ({ actor, query }) => listCorrections(db, actor, query, clock.now()));
  route(app, c.resolveCorrection, async ({ actor, params, body }) =>
    resolveCorrection({ db, actor, correctionId: params.id, resolutionNote: body.resolutionNote }),
  );
}
