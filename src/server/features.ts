import type { FastifyInstance } from "fastify";
import type { Database } from "../db/client.js";
import { assessmentDocumentRoutes } from "./assessment/document-routes.js";
import { resultsRoutes } from "./assessment/routes.js";
import { authRoutes } from "./auth/routes.js";
import type { Clock } from "./core/clock.js";
import type { Config } from "./core/config.js";
import { correctionsRoutes } from "./corrections/routes.js";
import { dashboardRoutes } from "./dashboard/routes.js";
import { extensionsRoutes } from "./extensions/routes.js";
import { filesRoutes } from "./files/routes.js";
import { healthRoutes } from "./health/routes.js";
import { importRoutes } from "./import/routes.js";
import { mailRoutes } from "./mail/routes.js";
import { meRoutes } from "./me/routes.js";
import { notificationsRoutes } from "./notifications/routes.js";
import { orgRoutes } from "./org/routes.js";
import { periodRoutes } from "./periods/routes.js";
import { planningRoutes } from "./planning/routes.js";
import { practiceRoutes } from "./practice/routes.js";
import { raporRoutes } from "./rapor/routes.js";
import { ssoRoutes } from "./sso/routes.js";
import { timKinerjaRoutes } from "./tim-kinerja/routes.js";

export type FeatureDeps = { config: Config; database: Database; clock: Clock };

/** Every feature folder registers its routes here: the list of what the API can do. */
export async function registerFeatures(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  healthRoutes(app, deps);
  authRoutes(app, deps);
  ssoRoutes(app, deps);
  meRoutes(app, deps);
  orgRoutes(app, deps);
  periodRoutes(app, deps);
  importRoutes(app, deps);
  timKinerjaRoutes(app, deps);
  planningRoutes(app, deps);
  practiceRoutes(app, deps);
  assessmentDocumentRoutes(app, deps);
  resultsRoutes(app, deps);
  filesRoutes(app, deps);
  correctionsRoutes(app, deps);
  raporRoutes(app, deps);
  notificationsRoutes(app, deps);
  mailRoutes(app, deps);
  extensionsRoutes(app, deps);
  dashboardRoutes(app, deps);
}
