import { and, eq } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";
import { cycles, documents, periods, schools, windowExtensions } from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { emptyPlanContent } from "../../src/domain/planning/content.js";
import { testToday } from "./clock.js";
import { assign, makeDistrict, makeDistrictWorld, makePerson, makeSchool } from "./factories.js";
import { openRunningPeriod } from "./factories-planning.js";

/**
 * The dashboards' small world. District A (planning closed yesterday, pelaksanaan open five days):
 *   SD Alpha (9 cycles): KS A (own plan submitted, a leadership indicator) and eight teachers —
 *     Guru A, Ani (not started), Budi (draft), Gita (draft, planning extended for her), Citra
 *     (submitted), Dedi (approved), Eka (agreed, persiapan to write), Fajar (agreed, persiapan
 *     handed in: waits on the KS).
 *   SD Beta (2): Guru B (not started), Hana (agreed, persiapan handed in).
 *   SD Cempaka (2): a Plt whose term ended yesterday (back to a guru cycle) and Guru C.
 *   SD Delima (4): a definitive KS beside a Plt in their dates, and two teachers.
 *   A Tim Kinerja member, the admin and the Kepala Dinas. District B: its admin, a school, a teacher.
 */
export async function buildDashboardWorld(db: Db) {
  const today = testToday();
  const w = await makeDistrictWorld(db);
  const d = w.district.id;
  const schoolC = await makeSchool(db, d);
  const schoolD = await makeSchool(db, d);
  const names: [string, string][] = [
    [w.schoolA.id, "SD Alpha"],
    [w.schoolB.id, "SD Beta"],
    [schoolC.id, "SD Cempaka"],
    [schoolD.id, "SD Delima"],
  ];
  for (const [id, name] of names) await db.update(schools).set({ name }).where(eq(schools.id, id));

  const teacher = async (name: string, schoolId: string, districtId = d) => {
    const p = await makePerson(db, { name });
    await assign(db, p.id, "teacher", districtId, { schoolId });
    return p;
  };
  const a = {} as Record<"ani" | "budi" | "citra" | "dedi" | "eka" | "fajar" | "gita", { id: string }>;
  for (const name of ["Ani", "Budi", "Citra", "Dedi", "Eka", "Fajar", "Gita"] as const) {
    a[name.toLowerCase() as keyof typeof a] = await teacher(name, w.schoolA.id);
  }
  const hana = await teacher("Hana", w.schoolB.id);
  const pltOut = await teacher("Plt Lalu", schoolC.id);
  await assign(db, pltOut.id, "principal", d, {
    schoolId: schoolC.id,
    acting: true,
    startsOn: addDays(today, -60),
    endsOn: addDays(today, -1),
  });
  await teacher("Guru C", schoolC.id);
  const ksD = await makePerson(db, { name: "KS Delima" });
  await assign(db, ksD.id, "principal", d, { schoolId: schoolD.id });
  const pltIn = await teacher("Plt Delima", schoolD.id);
  await assign(db, pltIn.id, "principal", d, {
    schoolId: schoolD.id,
    acting: true,
    startsOn: addDays(today, -30),
    endsOn: addDays(today, 30),
  });
  await teacher("Guru D1", schoolD.id);
  await teacher("Guru D2", schoolD.id);
  const tim = await makePerson(db, { name: "Anggota Tim" });
  await assign(db, tim.id, "tim_kinerja", d);

  const districtB = await makeDistrict(db);
  const schoolB2 = await makeSchool(db, districtB.id);
  const adminB = await makePerson(db, { name: "Admin B" });
  await assign(db, adminB.id, "admin", districtB.id);
  await teacher("Guru Dinas B", schoolB2.id, districtB.id);

  const { periodId } = await openRunningPeriod(db, d);
  const periodB = (await openRunningPeriod(db, districtB.id)).periodId;
  await db
    .update(periods)
    .set({ planningClosesOn: addDays(today, -1), executionOpensOn: addDays(today, -5) })
    .where(eq(periods.id, periodId));
  await db.insert(windowExtensions).values({
    periodId,
    phase: "perencanaan",
    scope: "person",
    personId: a.gita.id,
    closesOn: addDays(today, 5),
    reason: "Cuti melahirkan.",
  });

  const cycleOf = async (personId: string) => {
    const [c] = await db
      .select({ id: cycles.id })
      .from(cycles)
      .where(and(eq(cycles.personId, personId), eq(cycles.periodId, periodId)));
    if (!c) throw new Error(`no cycle for ${personId}`);
    return c.id;
  };
  const plan = async (personId: string, status: string, indicatorCode: string | null = null) => {
    const cycleId = await cycleOf(personId);
    await db
      .update(documents)
      .set({ status, version: 2, content: { ...emptyPlanContent(), indicatorCode } })
      .where(and(eq(documents.cycleId, cycleId), eq(documents.kind, "plan")));
    if (status === "agreed") await db.update(cycles).set({ phase: "pelaksanaan" }).where(eq(cycles.id, cycleId));
    return cycleId;
  };
  await plan(a.budi.id, "draft", "keteraturan-suasana-kelas");
  await plan(a.gita.id, "draft");
  await plan(a.citra.id, "submitted", "umpan-balik-konstruktif");
  await plan(a.dedi.id, "approved", "aktivitas-interaktif");
  await plan(a.eka.id, "agreed", "umpan-balik-konstruktif");
  const fajarCycle = await plan(a.fajar.id, "agreed", "umpan-balik-konstruktif");
  const hanaCycle = await plan(hana.id, "agreed", "aktivitas-interaktif");
  await plan(w.ksA.id, "submitted", "presentasi-visi-misi");
  for (const cycleId of [fajarCycle, hanaCycle]) {
    await db.insert(documents).values({ cycleId, kind: "persiapan", status: "submitted", version: 2, content: {} });
  }

  return {
    ...w,
    periodId,
    periodB,
    schoolC,
    schoolD,
    people: { ...a, hana, pltOut, pltIn, ksD, tim, adminB },
    fajarCycle,
  };
}

export type DashboardWorld = Awaited<ReturnType<typeof buildDashboardWorld>>;
