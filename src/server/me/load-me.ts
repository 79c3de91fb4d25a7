import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.js";
import { assignments, cycles, districts, people, periods, plans, schools } from "../../db/schema.js";
import { adminDistricts, hasAdminAccess } from "../../domain/auth/policy.js";
import { nextStepKey, type Phase, windowOf, windowState } from "../../domain/cycles/phase.js";
import { DEFAULT_TIME_ZONE, dateInZone } from "../../domain/time/today.js";
import { notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { planStatusOf } from "../planning/plan-status.js";
import type { Me, Role } from "./contract.js";

const superior = alias(people, "superior");

function rolesOf(actor: SessionActor): Role[] {
  const roles = new Set<Role>();
  for (const h of actor.hats) {
    if (h.kind === "teacher") roles.add("guru");
    if (h.kind === "principal") roles.add(h.acting ? "plt_kepala_sekolah" : "kepala_sekolah");
    if (h.kind === "supervisor") roles.add("pengawas");
    if (h.kind === "tim_kinerja") roles.add("tim_kinerja");
    if (h.kind === "operator") roles.add("operator");
    if (h.kind === "admin") roles.add("admin");
    if (h.kind === "head_of_district") roles.add("kepala_dinas");
  }
  return [...roles];
}

/**
 * Everything the home pages need in one request: fast on a cheap phone over a slow link. The
 * people I assess are not in it (a Kepala Dinas assesses thousands): "Pegawai Saya" reads them a
 * page at a time from the planning queue.
 */
export async function loadMe(db: Db, actor: SessionActor, now: Date): Promise<Me> {
  const [person] = await db.select().from(people).where(eq(people.id, actor.personId));
  if (!person) throw notFound();

  const hatRows = await db
    .select({ a: assignments, districtName: districts.name, timeZone: districts.timeZone, schoolName: schools.name })
    .from(assignments)
    .innerJoin(districts, eq(districts.id, assignments.districtId))
    .leftJoin(schools, eq(schools.id, assignments.schoolId))
    .where(eq(assignments.personId, actor.personId));

  const cycleCols = {
    cycle: cycles,
    period: periods,
    schoolName: schools.name,
    superiorName: superior.name,
    plan: { status: plans.status, version: plans.version, revision: plans.revision },
    timeZone: districts.timeZone,
  };
  const mine = await db
    .select(cycleCols)
    .from(cycles)
    .innerJoin(periods, eq(periods.id, cycles.periodId))
    .innerJoin(districts, eq(districts.id, periods.districtId))
    .leftJoin(schools, eq(schools.id, cycles.schoolId))
    .leftJoin(superior, eq(superior.id, cycles.superiorId))
    .leftJoin(plans, eq(plans.cycleId, cycles.id))
    .where(eq(cycles.personId, actor.personId))
    .orderBy(desc(periods.startsOn));

  // "My" date: the district of my first active hat (one district for nearly everyone).
  const home = hatRows.find((h) => h.a.districtId === actor.hats[0]?.districtId) ?? hatRows[0];
  const homeZone = home?.timeZone ?? mine[0]?.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    person: {
      id: person.id,
      name: person.name,
      nip: person.nip,
      nuptk: person.nuptk,
      email: person.email,
      employmentStatus: person.employmentStatus,
      rank: person.rank,
      positionLevel: person.positionLevel,
    },
    roles: rolesOf(actor),
    hats: hatRows
      .filter((h) => h.a.endsOn === null || h.a.endsOn >= dateInZone(now, h.timeZone))
      .map((h) => ({
        kind: h.a.kind,
        acting: h.a.acting,
        districtId: h.a.districtId,
        districtName: h.districtName,
        schoolId: h.a.schoolId,
        schoolName: h.schoolName,
        startsOn: h.a.startsOn,
        endsOn: h.a.endsOn,
      })),
    csrfToken: actor.csrfToken,
    mustChangePassword: actor.mustChangePassword,
    canAdmin: hasAdminAccess(actor),
    canManageDistrict: adminDistricts(actor).length > 0,
    today: dateInZone(now, homeZone),
    myCycles: mine.map(({ cycle, period, schoolName, superiorName, plan, timeZone }) => {
      const phase = cycle.phase as Phase;
      const state = windowState(phase, period, dateInZone(now, timeZone));
      return {
        cycleId: cycle.id,
        periodId: period.id,
        periodName: period.name,
        track: cycle.track,
        phase,
        windowState: state,
        nextStepKey: nextStepKey(phase, state),
        deadline: windowOf(phase, period)?.closesOn ?? null,
        schoolName,
        superiorName,
        superiorKind: cycle.superiorKind,
        planStatus: planStatusOf(plan),
      };
    }),
  };
}
