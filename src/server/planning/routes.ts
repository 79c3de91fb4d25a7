import { desc, eq } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { periods, ruleSets } from "../../db/schema.js";
import type { PlanCommand } from "../../domain/planning/decide.js";
import { RULE_SET_TEMPLATES } from "../../domain/rulesets/catalogue/templates.js";
import { notFound } from "../core/errors.js";
import { langOf } from "../core/messages.js";
import { route } from "../core/route.js";
import type { SessionActor } from "../core/session.js";
import type { FeatureDeps } from "../features.js";
import { actOnPlan } from "./act-on-plan.js";
import * as c from "./contract.js";
import { getPlanView } from "./get-plan.js";
import { planHistory } from "./history.js";
import { listDistrictReopenRequests } from "./list-reopen-requests.js";
import { planActionRider, planViewRider, ruleSetById } from "./load.js";
import { planningQueue } from "./queue.js";
import { queueRider } from "./queue-rider.js";
import { decideReopen, requestReopen } from "./reopen.js";

export function planningRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const db = database.db;
  route(
    app,
    c.getCyclePlan,
    async ({ actor, params, req, ride }) => getPlanView(db, actor, params.id, langOf(req), clock.now(), ride),
    { rider: planViewRider },
  );
  // Each action reads the plan's scope with the session (`planActionRider`): one statement fewer.
  type Ctx = { actor: SessionActor; params: { id: string }; req: FastifyRequest; ride: unknown };
  const act = ({ actor, params, req, ride }: Ctx, command: PlanCommand) =>
    actOnPlan({ db, actor, planId: params.id, command, lang: langOf(req), now: clock.now(), ride });
  const rides = { rider: planActionRider };
  route(app, c.savePlan, async (ctx) => act(ctx, { type: "save", ...ctx.body }), rides);
  route(app, c.submitPlan, async (ctx) => act(ctx, { type: "submit", version: ctx.body.version }), rides);
  route(app, c.approvePlan, async (ctx) => act(ctx, { type: "approve" }), rides);
  route(app, c.returnPlan, async (ctx) => act(ctx, { type: "return", note: ctx.body.note }), rides);
  route(app, c.agreePlan, async (ctx) => act(ctx, { type: "agree" }), rides);
  route(app, c.requestReopen, async ({ actor, params, body, req }) =>
    requestReopen(db, actor, params.id, body.reason, langOf(req), clock.now()),
  );
  route(app, c.decideReopen, async ({ actor, params, body, req }) =>
    decideReopen(db, actor, params.id, body, langOf(req), clock.now()),
  );
  route(app, c.planHistory, async ({ actor, params }) => planHistory(db, actor, params.id, clock.now()));
  route(app, c.planningQueue, async ({ actor, query, ride }) => planningQueue(db, actor, clock.now(), query, ride), {
    rider: queueRider,
  });
  route(app, c.districtReopenRequests, async ({ actor, params, query }) =>
    listDistrictReopenRequests(db, actor, params.id, query),
  );

  // A stored rule set never changes (a new version is a new row): cached by the browser for good.
  route(app, c.ruleSet, async ({ params, reply }) => {
    const rs = await ruleSetById(db, params.id);
    reply.header("cache-control", "private, max-age=31536000, immutable");
    return { id: rs.id, code: rs.code, name: rs.name, content: rs.content };
  });

  // Rubrics are public to every signed-in user, before and after planning (DOMAIN.md §4).
  route(app, c.catalogue, async ({ query }) => {
    if (query.periodId) {
      const [row] = await db
        .select({ code: ruleSets.code, name: ruleSets.name, content: ruleSets.content })
        .from(periods)
        .innerJoin(ruleSets, eq(ruleSets.id, periods.ruleSetId))
        .where(eq(periods.id, query.periodId));
      if (!row) throw notFound();
      return row;
    }
    const [latest] = await db
      .select({ code: ruleSets.code, name: ruleSets.name, content: ruleSets.content })
      .from(periods)
      .innerJoin(ruleSets, eq(ruleSets.id, periods.ruleSetId))
      .orderBy(desc(periods.startsOn))
      .limit(1);
    const fallback = RULE_SET_TEMPLATES[RULE_SET_TEMPLATES.length - 1];
    if (latest) return latest;
    if (!fallback) throw notFound();
    return { code: fallback.code, name: fallback.name, content: fallback.content };
  });
}
