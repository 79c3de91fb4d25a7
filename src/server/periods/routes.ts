import { eq, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { periods } from "../../db/schema.js";
import { RULE_SET_TEMPLATES } from "../../domain/rulesets/catalogue/templates.js";
import { authorize } from "../core/authorize.js";
import { notFound } from "../core/errors.js";
import { route } from "../core/route.js";
import { rideOnPathId, type SessionRider } from "../core/session.js";
import type { FeatureDeps } from "../features.js";
import * as c from "./contract.js";
import { extendPeriod } from "./extend-period.js";
import { openPeriod } from "./open-period.js";
import { periodDto, periodDtos, periodWithCounts } from "./period-dto.js";
import { cyclePage, cycleRows } from "./queries.js";

/** The period's district, read with the session: listing its cycles is authorised on it alone. */
const periodDistrictRider: SessionRider = {
  name: "period_district",
  fields: { districtId: periods.districtId },
  join: (q) => q.leftJoin(periods, eq(periods.id, sql.placeholder("rideId"))),
  values: rideOnPathId("id"),
};

export function periodRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const db = database.db;

  route(app, c.listTemplates, async () => ({
    templates: RULE_SET_TEMPLATES.map((t) => ({
      code: t.code,
      version: t.version,
      name: t.name,
      cadence: t.content.settings.cadence,
      rhkPoints: t.content.settings.rhkPoints,
      evidenceUploadsRequired: t.content.settings.evidenceUploadsRequired,
      defaultWindows: t.content.settings.defaultWindows,
    })),
  }));

  route(app, c.listPeriods, async ({ actor, params }) => {
    authorize(actor, { do: "district.manage", districtId: params.id });
    return { periods: await periodDtos(db, eq(periods.districtId, params.id)) };
  });

  route(app, c.openPeriod, async ({ actor, params, body }) => {
    authorize(actor, { do: "district.manage", districtId: params.id });
    const { name, templateCode, ...windows } = body;
    const result = await openPeriod({
      db,
      actorId: actor.personId,
      actingAs: "admin",
      districtId: params.id,
      templateCode,
      name,
      windows,
      now: clock.now(),
    });
    return {
      period: await periodDto(db, result.periodId),
      withoutSuperior: await cycleRows(db, result.periodId, result.withoutSuperiorIds),
    };
  });

  route(app, c.getPeriod, async ({ actor, params }) => {
    // Read with its counts in one statement; nothing is sent before the actor is authorized.
    const page = await periodWithCounts(db, params.id);
    authorize(actor, { do: "district.manage", districtId: page.period.districtId });
    return page;
  });

  route(
    app,
    c.listPeriodCycles,
    async ({ actor, params, query, ride }) => {
      const rode = ride as { districtId: string | null } | null | undefined;
      const districtId = rode === undefined ? (await periodDto(db, params.id)).districtId : rode?.districtId;
      if (!districtId) throw notFound();
      authorize(actor, { do: "district.manage", districtId });
      return cyclePage(db, params.id, query);
    },
    { rider: periodDistrictRider },
  );

  route(app, c.extendPeriod, async ({ actor, params, body }) => {
    await extendPeriod(db, actor, params.id, body);
    return periodDto(db, params.id);
  });
}
