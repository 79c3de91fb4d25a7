import type { FastifyInstance } from "fastify";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import * as c from "./contract.js";
import { getEmailSettings } from "./get-email-settings.js";
import { listRemindersSent } from "./list-reminders-sent.js";
import { setEmailSettings } from "./set-email-settings.js";

export function mailRoutes(app: FastifyInstance, { database, config }: FeatureDeps): void {
  const db = database.db;
  const enabled = config.mail !== null;
  route(app, c.getEmailSettings, async ({ actor }) => getEmailSettings(db, actor, enabled));
  route(app, c.setEmailSettings, async ({ actor, body }) => setEmailSettings(db, actor, body, enabled));
  route(app, c.listRemindersSent, async ({ actor, params, query }) => listRemindersSent(db, actor, params.id, query));
}
