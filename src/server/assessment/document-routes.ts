import type { FastifyInstance, FastifyReply } from "fastify";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import * as c from "./document-contract.js";
import { planPdf, skpPdf } from "./skp.js";

/** The printed documents of a cycle: the SKP and the agreed plan. */
export function assessmentDocumentRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const { db } = database;
  route(app, c.skpPdf, async ({ actor, params, reply }) =>
    sendPdf(reply, await skpPdf(db, actor, params.cycleId, clock.now())),
  );
  route(app, c.planPdf, async ({ actor, params, reply }) =>
    sendPdf(reply, await planPdf(db, actor, params.cycleId, clock.now())),
  );
}

function sendPdf(reply: FastifyReply, { pdf, fileName }: { pdf: Buffer; fileName: string }) {
  // An ASCII name for old clients, the exact one (RFC 5987) for the rest.
  const ascii = fileName.replace(/[^A-Za-z0-9._-]+/g, "-");
  return reply
    .header("content-type", "application/pdf")
    .header("content-disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header("cache-control", "private, no-store")
    .send(pdf);
}
