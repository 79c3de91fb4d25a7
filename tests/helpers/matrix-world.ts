import { and, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../src/db/client.js";
import {
  accounts,
  calendarFeeds,
  cycles,
  documents,
  files,
  periods,
  practiceSurveys,
  profileCorrections,
  reopenRequests,
} from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { emptyPlanContent } from "../../src/domain/planning/content.js";
import { DEFAULT_SURVEY_QUESTIONS } from "../../src/domain/practice/pengawas/survey.js";
import { hashPassword } from "../../src/server/core/passwords.js";
import { hashToken } from "../../src/server/core/session.js";
import type { Storage } from "../../src/server/core/storage.js";
import { testToday } from "./clock.js";
import { assign, makeDistrict, makePerson, makeSchool, TEST_PASSWORD } from "./factories.js";
import { openRunningPeriod, pdfBytes } from "./factories-planning.js";
import { type Client, sessionFor } from "./test-app.js";

/**
 * The authorization matrix's world. District A has schools S1 and S2, district B school T1.
 * Every role of DOMAIN.md §1 is a signed-in actor; each location has a victim guru (a plain
 * teacher) with a plan, a file, a profile correction and a pending reopen request.
 *   S1: guru, ks (definitive KS who also teaches), pltOut (a Plt whose term ended yesterday),
 *       pengawas, operator.          S2: pltIn (Plt today, no definitive KS there).
 *   District A: tim (Tim Kinerja), admin, kadin (Kepala Dinas).      District B: adminB.
 */
export const ROLES = [
  "guru",
  "ks",
  "pltIn",
  "pltOut",
  "pengawas",
  "tim",
  "operator",
  "admin",
  "kadin",
  "adminB",
  "anon",
] as const;
export type Role = (typeof ROLES)[number];
export type Actor = Exclude<Role, "anon">;

/** Where the resource is: the actor's own, at school S1, at school S2, in district B. */
export const LOCATIONS = ["own", "s1", "s2", "b"] as const;
/**
 * Routes that act on a person (edit, reset the account, give or end a hat) are tried on every
 * person of the world: each actor (self included), the victims, and `dual`, who is a teacher in
 * district B and on district A's Tim Kinerja.
 */
export const PERSON_TARGETS = [...ROLES.filter((r) => r !== "anon"), "s1", "s2", "b", "dual"] as const;
export type Location = (typeof LOCATIONS)[number] | (typeof PERSON_TARGETS)[number];

export type Target = {
  personId: string;
  schoolId: string;
  districtId: string;
  cycleId: string | null;
  planId: string | null;
  fileId: string | null;
  hatId: string;
};

type Victim = Target & { correctionId: string; reopenId: string | null; periodId: string };

export type MatrixWorld = {
  districtA: string;
  districtB: string;
  schools: Record<"s1" | "s2" | "b", string>;
  periods: Record<"a" | "b", string>;
  /** The rule set of district A's period (rule sets are shared templates, readable by anyone signed in). */
  ruleSetId: string;
  actors: Record<Actor, Target & { username: string }>;
  victims: Record<"s1" | "s2" | "b", Victim>;
  dual: Target;
  clients: Record<Actor, Client>;
  /** A calendar-feed token of victim s1: the public feed answers whoever holds it, signed in or not. */
  feedToken: string;
  /** A pengawas's survey sent to school S1: only S1's KS reads and answers it. */
  surveyId: string;
};

const today = () => testToday();

async function planOf(db: Db, personId: string): Promise<{ cycleId: string; planId: string } | null> {
  const [cycle] = await db.select().from(cycles).where(eq(cycles.personId, personId));
  if (!cycle) return null;
  // A plan row for every cycle, whichever way the code under test creates them.
  await db
    .insert(documents)
    .values({ cycleId: cycle.id, kind: "plan", status: "draft", content: emptyPlanContent() })
    .onConflictDoNothing();
  const [plan] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.cycleId, cycle.id), eq(documents.kind, "plan")));
  return { cycleId: cycle.id, planId: plan?.id as string };
}

async function fileOf(db: Db, storage: Storage, ownerId: string): Promise<string> {
  const storageKey = await storage.put(pdfBytes());
  const [f] = await db
    .insert(files)
    .values({
      ownerId,
      kind: "evidence",
      fileName: "bukti.pdf",
      mimeType: "application/pdf",
      size: 1,
      sha256: "0".repeat(64),
      storageKey,
    })
    .returning();
  return f?.id as string;
}

export async function buildMatrixWorld(app: FastifyInstance, db: Db, storage: Storage): Promise<MatrixWorld> {
  const dA = (await makeDistrict(db)).id;
  const dB = (await makeDistrict(db)).id;
  const s1 = (await makeSchool(db, dA)).id;
  const s2 = (await makeSchool(db, dA)).id;
  const t1 = (await makeSchool(db, dB)).id;
  const t = today();
  const hats: Record<Actor, [string, Parameters<typeof assign>[2], Parameters<typeof assign>[4]][]> = {
    guru: [[dA, "teacher", { schoolId: s1 }]],
    ks: [
      [dA, "principal", { schoolId: s1 }],
      [dA, "teacher", { schoolId: s1 }],
    ],
    pltIn: [
      [dA, "teacher", { schoolId: s2 }],
      [dA, "principal", { schoolId: s2, acting: true, startsOn: addDays(t, -30), endsOn: addDays(t, 30) }],
    ],
    pltOut: [
      [dA, "teacher", { schoolId: s1 }],
      [dA, "principal", { schoolId: s1, acting: true, startsOn: addDays(t, -60), endsOn: addDays(t, -1) }],
    ],
    pengawas: [[dA, "supervisor", { schoolId: s1 }]],
    tim: [[dA, "tim_kinerja", {}]],
    operator: [[dA, "operator", { schoolId: s1 }]],
    admin: [[dA, "admin", {}]],
    kadin: [[dA, "head_of_district", {}]],
    adminB: [[dB, "admin", {}]],
  };
  const made = {} as Record<
    Actor,
    { id: string; username: string; hatId: string; schoolId: string; districtId: string }
  >;
  for (const [role, list] of Object.entries(hats) as [Actor, (typeof hats)[Actor]][]) {
    const p = await makePerson(db, { name: `Aktor ${role}`, status: role === "operator" ? "NON_ASN" : "PNS" });
    const ids: string[] = [];
    for (const [d, kind, o] of list) ids.push((await assign(db, p.id, kind, d, o)).id);
    const hatId = ids[0] as string;
    const first = list[0] as (typeof list)[number];
    const home = first[0] === dB ? t1 : s1;
    made[role] = {
      id: p.id,
      username: p.username as string,
      hatId,
      districtId: first[0],
      schoolId: first[2]?.schoolId ?? home,
    };
  }
  const victimPeople = {
    s1: { district: dA, school: s1 },
    s2: { district: dA, school: s2 },
    b: { district: dB, school: t1 },
  } as const;
  const victimRows = {} as Record<"s1" | "s2" | "b", { id: string; hatId: string }>;
  for (const [loc, v] of Object.entries(victimPeople) as ["s1" | "s2" | "b", { district: string; school: string }][]) {
    const p = await makePerson(db, { name: `Korban ${loc}` });
    victimRows[loc] = { id: p.id, hatId: (await assign(db, p.id, "teacher", v.district, { schoolId: v.school })).id };
  }
  const dualPerson = await makePerson(db, { name: "Pegawai Dua Dinas" });
  const dualHat = await assign(db, dualPerson.id, "teacher", dB, { schoolId: t1 });
  await assign(db, dualPerson.id, "tim_kinerja", dA);
  const periodA = (await openRunningPeriod(db, dA)).periodId;
  const periodB = (await openRunningPeriod(db, dB)).periodId;

  const actors = {} as MatrixWorld["actors"];
  for (const [role, m] of Object.entries(made) as [Actor, (typeof made)[Actor]][]) {
    const plan = await planOf(db, m.id);
    actors[role] = {
      personId: m.id,
      username: m.username,
      schoolId: m.schoolId,
      districtId: m.districtId,
      cycleId: plan?.cycleId ?? null,
      planId: plan?.planId ?? null,
      fileId: await fileOf(db, storage, m.id),
      hatId: m.hatId,
    };
  }
  const victims = {} as MatrixWorld["victims"];
  for (const [loc, v] of Object.entries(victimPeople) as ["s1" | "s2" | "b", { district: string; school: string }][]) {
    const row = victimRows[loc];
    const plan = await planOf(db, row.id);
    if (!plan) throw new Error(`victim ${loc} has no cycle`);
    await db.update(documents).set({ status: "approved" }).where(eq(documents.id, plan.planId));
    const [reopen] = await db
      .insert(reopenRequests)
      .values({ documentId: plan.planId, requestedBy: row.id, reason: "Salah memilih indikator praktik." })
      .returning();
    const [correction] = await db
      .insert(profileCorrections)
      .values({ personId: row.id, schoolId: v.school, districtId: v.district, note: "Pangkat saya seharusnya III-c." })
      .returning();
    victims[loc] = {
      personId: row.id,
      schoolId: v.school,
      districtId: v.district,
      ...plan,
      fileId: await fileOf(db, storage, row.id),
      hatId: row.hatId,
      correctionId: correction?.id as string,
      reopenId: reopen?.id ?? null,
      periodId: loc === "b" ? periodB : periodA,
    };
  }
  const feedToken = "matriks-kalender-rahasia-0123456"; // 32 characters, as a real token
  await db.insert(calendarFeeds).values({ personId: victims.s1.personId, tokenHash: hashToken(feedToken) });
  const [survey] = await db
    .insert(practiceSurveys)
    .values({
      cycleId: victims.s1.cycleId as string,
      schoolId: s1,
      questions: DEFAULT_SURVEY_QUESTIONS,
      sentAt: new Date(),
    })
    .returning({ id: practiceSurveys.id });
  const world: MatrixWorld = {
    feedToken,
    surveyId: survey?.id as string,
    districtA: dA,
    districtB: dB,
    schools: { s1, s2, b: t1 },
    periods: { a: periodA, b: periodB },
    ruleSetId: (await db.select({ id: periods.ruleSetId }).from(periods).where(eq(periods.id, periodA)))[0]
      ?.id as string,
    actors,
    victims,
    dual: {
      personId: dualPerson.id,
      schoolId: t1,
      districtId: dB,
      cycleId: null,
      planId: null,
      fileId: await fileOf(db, storage, dualPerson.id),
      hatId: dualHat.id,
    },
    clients: {} as MatrixWorld["clients"],
  };
  await signInAll(app, db, world);
  return world;
}

let hashed: Promise<string> | null = null;

/** Routes that reset passwords or end sessions are part of the matrix: restore every actor after them. */
export async function signInAll(app: FastifyInstance, db: Db, w: MatrixWorld): Promise<void> {
  hashed ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await hashed;
  for (const [role, a] of Object.entries(w.actors) as [Actor, MatrixWorld["actors"][Actor]][]) {
    await db
      .update(accounts)
      .set({ passwordHash, mustChangePassword: false, failedAttempts: 0, lockedUntil: null })
      .where(eq(accounts.personId, a.personId));
    w.clients[role] = await sessionFor(app, db, a.personId);
  }
}
