import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { PracticeKind } from "../../domain/practice/stages.js";
import { langOf } from "../core/messages.js";
import { route } from "../core/route.js";
import type { SessionActor } from "../core/session.js";
import type { FeatureDeps } from "../features.js";
import { actOnDocument, type PracticeCommand } from "./act-on-document.js";
import { calendarFeedStatus, createCalendarFeed, deleteCalendarFeed, feedObservations } from "./calendar-feed.js";
import * as c from "./contract.js";
import { getPractice } from "./get-practice.js";
import { practiceRider } from "./load.js";
import { observationsIcs, type UpcomingObservation, upcomingObservations } from "./observations.js";
import { requestDocumentReopen } from "./request-reopen.js";
import * as s from "./survey-contract.js";
import { answerSurvey, getSurvey, mySurveys } from "./surveys.js";

export function practiceRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const { db } = database;
  // The screen and each document's save or action read the cycle's scope with the session (`practiceRider`).
  const rides = { rider: practiceRider };
  route(
    app,
    c.getPractice,
    async ({ actor, params, req, ride }) => getPractice(db, actor, params.cycleId, langOf(req), clock.now(), ride),
    rides,
  );
  type Ctx = {
    actor: SessionActor;
    params: { cycleId: string; kind: PracticeKind };
    req: FastifyRequest;
    ride: unknown;
  };
  const act = ({ actor, params, req, ride }: Ctx, command: PracticeCommand) =>
    actOnDocument({
      db,
      actor,
      cycleId: params.cycleId,
      kind: params.kind,
      command,
      lang: langOf(req),
      now: clock.now(),
      ride,
    });
  route(app, c.saveDocument, async (ctx) => act(ctx, { type: "save", ...ctx.body }), rides);
  route(
    app,
    c.actOnDocument,
    async (ctx) => act(ctx, { type: "act", action: ctx.params.action, version: ctx.body.version, note: ctx.body.note }),
    rides,
  );
  route(app, c.requestDocumentReopen, async ({ actor, params, body, req }) =>
    requestDocumentReopen(db, actor, params.cycleId, params.kind, body.reason, langOf(req), clock.now()),
  );
  route(app, s.mySurveys, async ({ actor }) => mySurveys(db, actor));
  route(app, s.getSurvey, async ({ actor, params }) => getSurvey(db, actor, params.id));
  route(app, s.answerSurvey, async ({ actor, params, body, req }) =>
    answerSurvey(db, actor, params.id, body.answers, langOf(req), clock.now()),
  );
  route(app, c.upcomingObservations, async ({ actor }) => ({
    items: await upcomingObservations(db, actor, clock.now()),
  }));
  route(app, c.upcomingObservationsIcs, async ({ actor, req, reply }) =>
    sendIcs(reply, await upcomingObservations(db, actor, clock.now()), origin(req)),
  );
  route(app, c.calendarFeed, async ({ actor }) => calendarFeedStatus(db, actor));
  route(app, c.createCalendarFeed, async ({ actor, req }) => createCalendarFeed(db, actor, origin(req), clock.now()));
  route(app, c.deleteCalendarFeed, async ({ actor }) => deleteCalendarFeed(db, actor));
  route(
    app,
    c.calendarFeedIcs,
    async ({ params, req, reply }) =>
      sendIcs(reply, await feedObservations(db, params.token, clock.now()), origin(req)),
    // A calendar app polls every few hours; anything much faster is not a calendar.
    { rateLimit: { max: 60, timeWindow: "1 minute" } },
  );
}

const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

function sendIcs(reply: FastifyReply, items: UpcomingObservation[], base: string) {
  return reply
    .header("content-type", "text/calendar; charset=utf-8")
    .header("content-disposition", 'attachment; filename="jadwal-observasi.ics"')
    .header("cache-control", "private, no-store")
    .send(observationsIcs(items, base));
}
