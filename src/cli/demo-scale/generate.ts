import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { windowsAround } from "../../domain/cycles/phase.js";
import { findTemplate } from "../../domain/rulesets/catalogue/templates.js";
import { DEFAULT_TIME_ZONE, dateInZone } from "../../domain/time/today.js";
import { hashPassword } from "../../server/core/passwords.js";
import { openPeriod } from "../../server/periods/open-period.js";
import { seedScaleOrg } from "./seed-org.js";
import { seedScalePlans } from "./seed-plans.js";

/** Benchmark-only: every generated account has this password. Never generate into real data. */
export const SCALE_PASSWORD = "kinerja-scale";
const TEMPLATE = "2025-annual";

export type ScaleOptions = {
  db: Db;
  code: string;
  teachers: number;
  now: Date;
  /** Told how long each step took (the CLI prints it). */
  onStep?: (step: string, seconds: number) => void;
};

export type ScaleResult = {
  districtId: string;
  periodId: string;
  schools: number;
  cycles: number;
  plans: Record<string, number>;
};

/** A synthetic district (seedScaleOrg), a period opened by the product's openPeriod, plans in every state. */
export async function generateScaleDistrict(o: ScaleOptions): Promise<ScaleResult> {
  const template = findTemplate(TEMPLATE);
  if (!template) throw new Error(`template ${TEMPLATE} missing`);
  const step = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    o.onStep?.(what, (performance.now() - t0) / 1000);
    return out;
  };
  const { db, now } = o;
  // A new synthetic district keeps the default zone (WIB).
  const today = dateInZone(now, DEFAULT_TIME_ZONE);
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const org = await step("organisasi", () =>
    seedScaleOrg(db, { code: o.code, teachers: o.teachers, today, passwordHash }),
  );
  // Deadline day: the planning window closes tomorrow.
  const period = await step("buka periode", () =>
    openPeriod({
      db,
      actorId: null,
      actingAs: "demo-scale",
      districtId: org.districtId,
      templateCode: TEMPLATE,
      name: `Periode Skala ${today.slice(0, 4)}`,
      now,
      windows: windowsAround(today, { openedDaysAgo: 30, planningDaysLeft: 1, executionEndsIn: 280, endsIn: 330 }),
    }),
  );
  const plans = await step("rencana per status", () =>
    seedScalePlans(db, { periodId: period.periodId, ruleSet: template.content, now }),
  );
  // The planner needs statistics at once (PGlite has no autovacuum), and the bulk writes left dead
  // row versions (the tallies above all) that months of real use would have vacuumed away.
  await step("analyze", () => db.execute(sql`vacuum analyze`));
  return {
    districtId: org.districtId,
    periodId: period.periodId,
    schools: org.schools,
    cycles: period.cycleCount,
    plans,
  };
}
