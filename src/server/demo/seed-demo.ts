import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { accounts, districts, people, schools, timKinerjaSubjects } from "../../db/schema.js";
import { addDays, windowsAround } from "../../domain/cycles/phase.js";
import { DEFAULT_TIME_ZONE, dateInZone } from "../../domain/time/today.js";
import { hashPassword, verifyPassword } from "../core/passwords.js";
import { openPeriod } from "../periods/open-period.js";
import { seedDemoRapor } from "../rapor/seed-demo-rapor.js";
import { DEMO_DISTRICT_CODE, DEMO_PEOPLE, type DemoPerson } from "./demo-people.js";
import { insertDemoPeople } from "./insert-demo-people.js";
import { DEMO_2026_PEOPLE, seedDemo2026 } from "./seed-demo-2026.js";
import { seedDemoPlans } from "./seed-demo-plans.js";
import { seedDemoPractice } from "./seed-demo-practice.js";

export const DEMO_PASSWORD = "kinerja-demo";
/** Named by its rule set: the main demo runs the 2025 rules (RHK points), whatever the year today. */
export const DEMO_PERIOD_NAME = "Periode Demo · Aturan 2025 (dengan poin RHK)";
/** `demoPassword`: the account still signs in with DEMO_PASSWORD (nobody changed it). */
export type DemoAccount = { username: string; description: string; demoPassword: boolean };

export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(districts);
  return (row?.n ?? 0) === 0;
}

/**
 * The demo accounts of this database, each saying whether the demo password still opens it (the
 * start banner prints it only then). Cheap: every untouched account shares the seed's one hash,
 * so each distinct hash is checked once (one argon2 verify, plus one per changed password).
 */
export async function demoAccountsIfPresent(db: Db): Promise<DemoAccount[] | null> {
  const [d] = await db.select({ id: districts.id }).from(districts).where(eq(districts.code, DEMO_DISTRICT_CODE));
  if (!d) return null;
  const listed = [...DEMO_PEOPLE, ...DEMO_2026_PEOPLE].filter((p) => p.username);
  const rows = await db
    .select({ username: accounts.username, passwordHash: accounts.passwordHash, disabled: accounts.disabled })
    .from(accounts)
    .where(
      inArray(
        accounts.username,
        listed.map((p) => p.username as string),
      ),
    );
  const opens = new Map<string, boolean>();
  for (const hash of new Set(rows.map((r) => r.passwordHash)))
    opens.set(hash, await verifyPassword(hash, DEMO_PASSWORD));
  const byUsername = new Map(rows.map((r) => [r.username, r]));
  return listed.flatMap((p) => {
    const row = byUsername.get(p.username as string);
    if (!row) return [];
    const demoPassword = !row.disabled && (opens.get(row.passwordHash) ?? false);
    return [{ username: row.username, description: p.description ?? p.name, demoPassword }];
  });
}

/**
 * A demo district for trying Kinerja on a laptop: 2 schools with staff (and 2 more only the
 * pengawas supervises), 21 teachers, a KS, a Plt KS,
 * a pengawas, a Tim Kinerja, an operator, an admin and a Kepala Dinas, with a period under the
 * 2025 rules whose planning window is open today (windows are relative to the seed date so the
 * demo never starts out expired); and a small second district under the 2026 rules
 * (seed-demo-2026.ts). One password hash serves every demo account: they share a password.
 */
export async function seedDemo(db: Db, now: Date): Promise<void> {
  // The demo district keeps the default zone (WIB).
  const today = dateInZone(now, DEFAULT_TIME_ZONE);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const districtId = await db.transaction(async (tx) => {
    const [district] = await tx
      .insert(districts)
      .values({ code: DEMO_DISTRICT_CODE, name: "Dinas Pendidikan Kabupaten Contoh (Demo)" })
      .returning();
    if (!district) throw new Error("demo district insert failed");
    const schoolRows = await tx
      .insert(schools)
      .values([
        {
          districtId: district.id,
          npsn: "20100001",
          name: "SD Negeri 1 Contoh",
          level: "SD",
          address: "Jl. Merdeka No. 1",
        },
        {
          districtId: district.id,
          npsn: "20100002",
          name: "SMP Negeri 2 Contoh",
          level: "SMP",
          address: "Jl. Pendidikan No. 2",
        },
        // Supervised by the pengawas only, so a pengawas plan can name 3 schools; no staff of their own.
        { districtId: district.id, npsn: "20100003", name: "SD Negeri 3 Contoh", level: "SD", address: "Jl. Melati 3" },
        {
          districtId: district.id,
          npsn: "20100004",
          name: "SD Negeri 4 Contoh",
          level: "SD",
          address: "Jl. Kenanga 4",
        },
      ])
      .returning();
    const idByNip = await insertDemoPeople(tx, {
      districtId: district.id,
      schoolIds: schoolRows.map((r) => r.id),
      people: DEMO_PEOPLE,
      today,
      passwordHash,
    });
    // Tim Kinerja naming (before the period opens, so its cycles get these observers).
    for (const p of DEMO_PEOPLE) {
      for (const subjectNip of p.observes ?? []) {
        await tx.insert(timKinerjaSubjects).values({
          districtId: district.id,
          memberId: idByNip.get(p.nip ?? "") as string,
          subjectId: idByNip.get(subjectNip) as string,
        });
      }
    }
    return district.id;
  });

  const { periodId } = await openPeriod({
    db,
    actorId: null,
    actingAs: "demo",
    districtId,
    templateCode: "2025-annual",
    name: DEMO_PERIOD_NAME,
    now,
    // Pelaksanaan opened a week ago while late plans are still being agreed (windows may overlap),
    // so the demo shows teachers in both phases.
    windows: {
      ...windowsAround(today, { openedDaysAgo: 14, planningDaysLeft: 30, executionEndsIn: 300, endsIn: 350 }),
      executionOpensOn: addDays(today, -7),
      // Open already, so the whole year can be tried in one sitting (a district opens it near the
      // year's end; the penilaian of a teacher opens once their practice is done).
      assessmentOpensOn: addDays(today, -7),
    },
  });
  const [sd] = await db.select({ id: schools.id }).from(schools).where(eq(schools.npsn, "20100001"));
  if (sd) await seedDemoRapor(db, sd.id);
  const [ks] = await db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.nip, DEMO_PEOPLE[1]?.nip ?? ""));
  if (ks) await seedDemoPlans(db, periodId, ks.id, now);
  if (ks) await seedDemoPractice(db, periodId, ks.id, now, today);
  await seedDemo2026(db, { now, today, passwordHash });
}

export type { DemoPerson };
