import type { Db } from "../../src/db/client.js";
import { accounts, assignments, districts, people, schools } from "../../src/db/schema.js";
import { windowsAround } from "../../src/domain/cycles/phase.js";
import type { AssignmentKind, EmploymentStatus, SchoolLevel } from "../../src/domain/org/types.js";
import { hashPassword } from "../../src/server/core/passwords.js";
import { openPeriod } from "../../src/server/periods/open-period.js";
import { testNow, testToday } from "./clock.js";

// Factories for server tests: each returns the inserted row. Unique values come from a counter.
let n = 0;
const next = () => ++n;

export const TEST_PASSWORD = "rahasia-uji-123";
let hashed: Promise<string> | null = null;
/** One hash for every test account: argon2 is deliberately slow. */
const testHash = () => {
  hashed ??= hashPassword(TEST_PASSWORD);
  return hashed;
};

export async function makeDistrict(db: Db, name = `Dinas Uji ${next()}`) {
  const [d] = await db
    .insert(districts)
    .values({ code: `D${next()}`, name })
    .returning();
  if (!d) throw new Error("district");
  return d;
}

export async function makeSchool(db: Db, districtId: string, level: SchoolLevel = "SD") {
  const i = next();
  const [s] = await db
    .insert(schools)
    .values({ districtId, npsn: String(30000000 + i), name: `Sekolah Uji ${i}`, level })
    .returning();
  if (!s) throw new Error("school");
  return s;
}

type PersonOpts = { name?: string; status?: EmploymentStatus; username?: string | null; mustChangePassword?: boolean };

export async function makePerson(db: Db, opts: PersonOpts = {}) {
  const i = next();
  const [p] = await db
    .insert(people)
    .values({
      name: opts.name ?? `Pegawai Uji ${i}`,
      nip: String(197000000000000000n + BigInt(i)),
      employmentStatus: opts.status ?? "PNS",
    })
    .returning();
  if (!p) throw new Error("person");
  const username = opts.username === undefined ? `user${i}` : opts.username;
  if (username) {
    await db.insert(accounts).values({
      personId: p.id,
      username,
      passwordHash: await testHash(),
      mustChangePassword: opts.mustChangePassword ?? false,
    });
  }
  return { ...p, username };
}

/**
 * Many teachers of one school in two statements, without accounts (for lists and searches at size):
 * `people` rows from `name` and optional `nip`/`nuptk`/`employmentStatus`, each with a teacher hat.
 */
export async function makeTeachers(
  db: Db,
  rows: { name: string; nip?: string | null; nuptk?: string | null; employmentStatus?: EmploymentStatus }[],
  districtId: string,
  schoolId: string,
) {
  const made = await db
    .insert(people)
    .values(rows.map((r) => ({ employmentStatus: "PNS" as const, ...r })))
    .returning({ id: people.id, name: people.name });
  await db
    .insert(assignments)
    .values(
      made.map((p) => ({ personId: p.id, kind: "teacher" as const, districtId, schoolId, startsOn: "2020-01-01" })),
    );
  return made;
}

type HatOpts = {
  schoolId?: string | null;
  acting?: boolean;
  startsOn?: string;
  endsOn?: string | null;
};

export async function assign(db: Db, personId: string, kind: AssignmentKind, districtId: string, o: HatOpts = {}) {
  const [a] = await db
    .insert(assignments)
    .values({
      personId,
      kind,
      districtId,
      schoolId: o.schoolId ?? null,
      acting: o.acting ?? false,
      startsOn: o.startsOn ?? "2000-01-01",
      endsOn: o.endsOn ?? null,
    })
    .returning();
  if (!a) throw new Error("assignment");
  return a;
}

/** A district with two schools, a KS, teachers, an operator per school, an admin, a Kepala Dinas. */
export async function makeDistrictWorld(db: Db) {
  const district = await makeDistrict(db);
  const schoolA = await makeSchool(db, district.id);
  const schoolB = await makeSchool(db, district.id);
  const admin = await makePerson(db, { name: "Admin Dinas" });
  await assign(db, admin.id, "admin", district.id);
  const head = await makePerson(db, { name: "Kepala Dinas" });
  await assign(db, head.id, "head_of_district", district.id);
  const ksA = await makePerson(db, { name: "KS A" });
  await assign(db, ksA.id, "principal", district.id, { schoolId: schoolA.id });
  const guruA = await makePerson(db, { name: "Guru A" });
  await assign(db, guruA.id, "teacher", district.id, { schoolId: schoolA.id });
  const guruB = await makePerson(db, { name: "Guru B" });
  await assign(db, guruB.id, "teacher", district.id, { schoolId: schoolB.id });
  const operatorA = await makePerson(db, { name: "Operator A", status: "NON_ASN" });
  await assign(db, operatorA.id, "operator", district.id, { schoolId: schoolA.id });
  return { district, schoolA, schoolB, admin, head, ksA, guruA, guruB, operatorA };
}

/** A period of the district running today, with its planning window open (cycles created as on open). */
export async function openRunningPeriod(db: Db, districtId: string, templateCode = "2025-annual") {
  const today = testToday();
  return openPeriod({
    db,
    actorId: null,
    actingAs: "test",
    districtId,
    templateCode,
    name: "Periode Uji",
    now: testNow(),
    windows: windowsAround(today, { openedDaysAgo: 10, planningDaysLeft: 10, executionEndsIn: 200, endsIn: 300 }),
  });
}
