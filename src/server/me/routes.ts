import type { FastifyInstance } from "fastify";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import { me } from "./contract.js";
import { loadMe, meRider } from "./load-me.js";

export function meRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  route(app, me, async ({ actor, ride }) => loadMe(database.db, actor, clock.now(), ride), { rider: meRider });
}
