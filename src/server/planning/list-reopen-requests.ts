import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { cycles, people, periods, plans, reopenRequests, schools } from "../../db/schema.js";
import { authorize } from "../core/authorize.js";
import type { SessionActor } from "../core/session.js";
import { reopenDtos } from "./reopen.js";

/** The district admin's list of reopen requests (the "Form Reset SKP" inbox), pending first. */
export async function listDistrictReopenRequests(db: Db, actor: SessionActor, districtId: string) {
  authorize(actor, { do: "district.manage", districtId });
  const rows = await db
    .select({ r: reopenRequests, cycleId: cycles.id, personName: people.name, schoolName: schools.name })
    .from(reopenRequests)
    .innerJoin(plans, eq(plans.id, reopenRequests.planId))
    .innerJoin(cycles, eq(cycles.id, plans.cycleId))
    .innerJoin(periods, eq(periods.id, cycles.periodId))
    .innerJoin(people, eq(people.id, cycles.personId))
    .leftJoin(schools, eq(schools.id, cycles.schoolId))
    .where(eq(periods.districtId, districtId))
    .orderBy(sql`${reopenRequests.status} <> 'pending'`, desc(reopenRequests.createdAt))
    .limit(200);
  const dtos = await reopenDtos(
    db,
    rows.map((row) => row.r),
  );
  return rows.map((row, i) => ({
    ...(dtos[i] as (typeof dtos)[number]),
    cycleId: row.cycleId,
    personName: row.personName,
    schoolName: row.schoolName,
  }));
}
