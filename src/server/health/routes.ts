import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { RETRY_AFTER_SECONDS } from "../core/db-errors.js";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import { health } from "./contract.js";

export function healthRoutes(app: FastifyInstance, { config, database }: FeatureDeps): void {
  route(app, health, async ({ reply }) => {
    const ok = await Promise.resolve()
      .then(() => database.db.execute(sql`select 1`))
      .then(() => true)
      .catch(() => false);
    // A load balancer or monitor reads the status code: 503 while the database is unreachable.
    if (!ok) reply.status(503).header("retry-after", String(RETRY_AFTER_SECONDS));
    return { status: ok ? "ok" : "degraded", db: database.kind, version: config.version };
  });
}
