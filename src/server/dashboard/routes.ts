import type { FastifyInstance } from "fastify";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import * as c from "./contract.js";
import { districtDashboard } from "./district-dashboard.js";
import { schoolDashboard } from "./school-dashboard.js";

export function dashboardRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const db = database.db;
  route(app, c.schoolDashboard, async ({ actor, query }) =>
    schoolDashboard({ db, actor, now: clock.now(), schoolId: query.schoolId, periodId: query.periodId }),
  );
  route(app, c.districtDashboard, async ({ actor, query }) =>
    districtDashboard({ db, actor, now: clock.now(), ...query }),
  );
}
