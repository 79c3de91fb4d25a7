import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { accounts, assignments, districts, people, schools, timKinerjaSubjects } from "../../db/schema.js";
import { addDays, windowsAround } from "../../domain/cycles/phase.js";
import type { AssignmentKind, EmploymentStatus } from "../../domain/org/types.js";
import { DEFAULT_TIME_ZONE, dateInZone } from "../../domain/time/today.js";
import { hashPassword } from "../core/passwords.js";
import { openPeriod } from "../periods/open-period.js";
import { seedDemoRapor } from "../rapor/seed-demo-rapor.js";
import { DEMO_DISTRICT_CODE, DEMO_PEOPLE, type DemoPerson } from "./demo-people.js";
import { seedDemoPlans } from "./seed-demo-plans.js";
import { seedDemoPractice } from "./seed-demo-practice.js";

export const DEMO_PASSWORD = "kinerja-demo";
export type DemoAccount = { username: string; description: string };

export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(districts);
  return (row?.n ?? 0) === 0;
}

export async function demoAccountsIfPresent(db: Db): Promise<DemoAccount[] | null> {
  const [d] = await db.select({ id: districts.id }).from(districts).where(eq(districts.code, DEMO_DISTRICT_CODE));
  return d ? demoAccounts() : null;
}

function demoAccounts(): DemoAccount[] {
  return DEMO_PEOPLE.filter((p) => p.username).map((p) => ({
    username: p.username as string,
    description: p.description ?? p.name,
  }));
}

/**
 * A demo district for trying Kinerja on a laptop: 2 schools with staff (and 2 more only the
 * pengawas supervises), 21 teachers, a KS, a Plt KS,
 * a pengawas, a Tim Kinerja, an operator, an admin and a Kepala Dinas, with a period whose
 * planning window is open today (windows are relative to the seed date so the demo never
 * starts out expired). One password hash serves every demo account: they share a password.
 */
export async function seedDemo(db: Db, now: Date): Promise<DemoAccount[]> {
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
    const schoolId = (i: 0 | 1 | 2 | 3) => schoolRows[i]?.id as string;
    const idByNip = new Map<string, string>();
    for (const p of DEMO_PEOPLE) {
      const [person] = await tx
        .insert(people)
        .values({
          nip: p.nip ?? null,
          name: p.name,
          email: p.email ?? null,
          employmentStatus: p.status as EmploymentStatus,
          rank: p.rank ?? "",
          positionLevel: p.positionLevel ?? "",
          ptkType: p.ptkType,
          additionalDuties: p.duties ?? [],
        })
        .returning({ id: people.id });
      if (!person) throw new Error("demo person insert failed");
      if (p.nip) idByNip.set(p.nip, person.id);
      for (const a of p.hats) {
        await tx.insert(assignments).values({
          personId: person.id,
          kind: a.kind as AssignmentKind,
          districtId: district.id,
          schoolId: a.school === undefined ? null : schoolId(a.school),
          acting: a.acting ?? false,
          startsOn: addDays(today, a.fromDays ?? -400),
          endsOn: a.toDays === undefined ? null : addDays(today, a.toDays),
        });
      }
      if (p.username) {
        await tx.insert(accounts).values({ personId: person.id, username: p.username, passwordHash });
      }
    }
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

  const year = today.slice(0, 4);
  const { periodId } = await openPeriod({
    db,
    actorId: null,
    actingAs: "demo",
    districtId,
    templateCode: "2025-annual",
    name: `Periode Kinerja Demo ${year}`,
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
  return demoAccounts();
}

export type { DemoPerson };
