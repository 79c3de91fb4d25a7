import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import { health } from "./contract.js";

export function healthRoutes(app: FastifyInstance, { config, database }: FeatureDeps): void {
  route(app, health, async () => {
    const ok = await database.db
      .execute(sql`select 1`)
      .then(() => true)
      .catch(() => false);
    return { status: ok ? "ok" : "degraded", db: database.kind, version: config.version };
  });
}
