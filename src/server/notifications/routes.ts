import type { FastifyInstance } from "fastify";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import * as c from "./contract.js";
import { listNotifications } from "./list-notifications.js";
import { markNotificationsRead } from "./mark-read.js";

export function notificationsRoutes(app: FastifyInstance, { database }: FeatureDeps): void {
  const db = database.db;
  route(app, c.listNotifications, async ({ actor, query }) => listNotifications(db, actor, query));
  route(app, c.markNotificationsRead, async ({ actor, body }) => markNotificationsRead(db, actor, body?.ids));
}
