import { Command } from "commander";
import { sql } from "drizzle-orm";
import { addDays } from "../domain/cycles/phase.js";
import { findTemplate } from "../domain/rulesets/catalogue/templates.js";
import { DEFAULT_TIME_ZONE, dateInZone } from "../domain/time/today.js";
import { systemClock } from "../server/core/clock.js";
import { hashPassword } from "../server/core/passwords.js";
import { openPeriod } from "../server/periods/open-period.js";
import { seedScaleOrg } from "./demo-scale/seed-org.js";
import { seedScalePlans } from "./demo-scale/seed-plans.js";
import { openCliDatabase } from "./open-db.js";

/** Benchmark-only: every generated account has this password. Never use demo-scale on real data. */
export const SCALE_PASSWORD = "kinerja-scale";
const TEMPLATE = "2025-annual";

/** `kinerja demo-scale --teachers 10000`: a synthetic district for load tests (see docs/performance.md). */
export function demoScaleCommand(): Command {
  return new Command("demo-scale")
    .description("Buat dinas sintetis untuk uji beban (data benchmark, satu kata sandi untuk semua akun)")
    .option("--teachers <n>", "jumlah guru", "10000")
    .option("--code <kode>", "kode dinas (awalan nama pengguna)", "SCALE")
    .action(async (o: { teachers: string; code: string }) => {
      const teachers = Number(o.teachers);
      if (!Number.isInteger(teachers) || teachers < 30) throw new Error("--teachers: bilangan bulat ≥ 30");
      const template = findTemplate(TEMPLATE);
      if (!template) throw new Error(`template ${TEMPLATE} missing`);
      const database = await openCliDatabase();
      const step = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
        const t0 = performance.now();
        const out = await fn();
        console.log(`${what}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        return out;
      };
      try {
        const { db } = database;
        const now = systemClock.now();
        // A new synthetic district keeps the default zone (WIB).
        const today = dateInZone(now, DEFAULT_TIME_ZONE);
        const passwordHash = await hashPassword(SCALE_PASSWORD);
        const org = await step("organisasi", () => seedScaleOrg(db, { code: o.code, teachers, today, passwordHash }));
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
            windows: {
              startsOn: addDays(today, -30),
              endsOn: addDays(today, 330),
              planningOpensOn: addDays(today, -30),
              planningClosesOn: addDays(today, 1),
              executionOpensOn: addDays(today, 2),
              executionClosesOn: addDays(today, 280),
              assessmentOpensOn: addDays(today, 281),
              assessmentClosesOn: addDays(today, 330),
            },
          }),
        );
        const counts = await step("rencana per status", () =>
          seedScalePlans(db, { periodId: period.periodId, ruleSet: template.content, now }),
        );
        // The planner needs statistics at once (PGlite has no autovacuum).
        await step("analyze", () => db.execute(sql`analyze`));
        console.log(
          `Dinas ${o.code}: ${org.schools} sekolah, ${period.cycleCount} siklus, rencana ${JSON.stringify(counts)}. ` +
            `Akun: ${o.code.toLowerCase()}.t1 … (guru), .k1 (KS), .p1 (pengawas), .o1 (operator), .a1 (admin), .h1 (Kepala Dinas); ` +
            `kata sandi ${SCALE_PASSWORD} (data benchmark).`,
        );
      } finally {
        await database.close();
      }
    });
}
