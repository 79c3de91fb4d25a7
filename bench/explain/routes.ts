import { sql } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { startedPlan } from "../../src/cli/demo-scale/plan-content.js";
import type { Db } from "../../src/db/client.js";

/** `known`: why this route's findings are reported but do not fail the run (say where it is fixed). */
export type HotRoute = { name: string; request: () => InjectOptions; known?: string };
type Session = { cookie: string; csrf: string };

/** One row of a query, or a clear error: the generated district must have it. */
async function one<T extends Record<string, unknown>>(db: Db, what: string, q: ReturnType<typeof sql>): Promise<T> {
  const [row] = (await db.execute(q)).rows as T[];
  if (!row) throw new Error(`bench:explain: no ${what} in the generated district`);
  return row;
}

/**
 * The hot routes, each with real parameter values picked in the generated district: a guru with a
 * started draft (home, plan view, autosave), one with a complete draft (submit), a KS and one
 * submitted plan of theirs (home, queue, approve), the Kepala Dinas, an admin (search, lists,
 * adding a teacher, ending an assignment), and a sign-in with the password.
 */
export async function hotRoutes(
  db: Db,
  code: string,
  sessionOf: (personId: string) => Promise<Session>,
  password: string,
): Promise<HotRoute[]> {
  const d = await one<{ district_id: string; period_id: string }>(
    db,
    "period",
    sql`select d.id as district_id, p.id as period_id from districts d join periods p on p.district_id = d.id
        where d.code = ${code}`,
  );
  const planIn = (status: string, version: number) =>
    one<{ person_id: string; cycle_id: string; plan_id: string; version: number }>(
      db,
      `${status} plan v${version}`,
      sql`select c.person_id, c.id as cycle_id, p.id as plan_id, p.version from documents p join cycles c on c.id = p.cycle_id
          where p.kind = 'plan' and c.period_id = ${d.period_id} and c.track = 'guru' and p.status = ${status}
          and p.version = ${version} order by c.id offset 500 limit 1`,
    );
  const drafting = await planIn("draft", 2);
  const submitting = await planIn("draft", 3);
  const review = await one<{ person_id: string; plan_id: string }>(
    db,
    "submitted plan",
    sql`select c.superior_id as person_id, p.id as plan_id from documents p join cycles c on c.id = p.cycle_id
        where p.kind = 'plan' and c.period_id = ${d.period_id} and c.track = 'guru' and p.status = 'submitted'
        and c.superior_kind = 'principal' order by c.id offset 500 limit 1`,
  );
  const hat = (kind: string) =>
    one<{ person_id: string }>(
      db,
      kind,
      sql`select person_id from assignments where district_id = ${d.district_id} and kind = ${kind}::assignment_kind
          order by person_id limit 1`,
    );
  const head = await hat("head_of_district");
  const adminHat = await hat("admin");
  const school = await one<{ id: string }>(
    db,
    "school",
    sql`select id from schools where district_id = ${d.district_id} order by npsn offset 1000 limit 1`,
  );
  const teacherHat = await one<{ id: string }>(
    db,
    "teacher assignment",
    sql`select a.id from assignments a where a.district_id = ${d.district_id} and a.kind = 'teacher'
        and a.ends_on is null and a.school_id = ${school.id} order by a.id offset 3 limit 1`,
  );
  const login = await one<{ username: string }>(
    db,
    "account",
    sql`select a.username from accounts a join cycles c on c.person_id = a.person_id and c.id = ${drafting.cycle_id}`,
  );

  const guru = await sessionOf(drafting.person_id);
  const submitter = await sessionOf(submitting.person_id);
  const ks = await sessionOf(review.person_id);
  const kadis = await sessionOf(head.person_id);
  const admin = await sessionOf(adminHat.person_id);
  const get = (s: Session, url: string) => () => ({ method: "GET" as const, url, headers: { cookie: s.cookie } });
  const write = (s: Session, method: "PUT" | "POST" | "PATCH", url: string, payload?: object) => (): InjectOptions => ({
    method,
    url,
    headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
    ...(payload ? { payload } : {}),
  });
  const people = `/api/admin/districts/${d.district_id}/people`;
  // A new NIP each run: 18 digits from the clock, so reruns on one database do not collide.
  const nip = `19${String(Date.now()).padStart(16, "0")}`.slice(0, 18);
  return [
    {
      name: "sign-in POST /api/auth/login",
      request: () => ({ method: "POST", url: "/api/auth/login", payload: { username: login.username, password } }),
    },
    { name: "home GET /api/me (guru)", request: get(guru, "/api/me") },
    { name: "home GET /api/me (KS)", request: get(ks, "/api/me") },
    {
      name: "home GET /api/me (Kepala Dinas)",
      request: get(kadis, "/api/me"),
      known: "`assesses` lists every KS, Plt and pengawas cycle (3,668 at 100 k): reworked on branch `lists`",
    },
    { name: "plan view GET /api/cycles/:id/plan", request: get(guru, `/api/cycles/${drafting.cycle_id}/plan`) },
    {
      name: "autosave PUT /api/plans/:id",
      request: write(guru, "PUT", `/api/plans/${drafting.plan_id}`, {
        version: drafting.version,
        content: { ...startedPlan(), lastStep: "kompetensi" },
      }),
    },
    {
      name: "submit POST /api/plans/:id/submit",
      request: write(submitter, "POST", `/api/plans/${submitting.plan_id}/submit`, { version: submitting.version }),
    },
    { name: "KS queue GET /api/planning/queue", request: get(ks, "/api/planning/queue") },
    { name: "approve POST /api/plans/:id/approve", request: write(ks, "POST", `/api/plans/${review.plan_id}/approve`) },
    { name: "KS dashboard GET /api/dashboard/school", request: get(ks, "/api/dashboard/school") },
    {
      name: "Kepala Dinas dashboard GET /api/dashboard/district",
      request: get(kadis, `/api/dashboard/district?q=${encodeURIComponent("SD")}&limit=10`),
      known:
        "counts every cycle and plan of the period in SQL (all rows match, so a scan is the cheapest plan; " +
        "~0.3 s at 100 k, ~55 ms for a 10 k district); no cycle leaves the database",
    },
    {
      name: "Kepala Dinas queue GET /api/planning/queue",
      request: get(kadis, "/api/planning/queue"),
      known: "every KS, Plt and pengawas plan (3,668 at 100 k) in one answer: reworked on branch `lists`",
    },
    {
      name: "admin people GET …/people (first page)",
      request: get(admin, people),
      known:
        "`total` counts every person of the district: all rows match, so a scan is the cheapest plan (~0.1 s at 100 k)",
    },
    {
      name: "admin search GET …/people?q=<name>",
      request: get(admin, `${people}?q=${encodeURIComponent("Wulandari Guru 7")}`),
    },
    {
      name: "admin search GET …/people?q=<nip>",
      request: get(admin, `${people}?q=${encodeURIComponent(login.username)}`),
    },
    {
      name: "admin GET …/assignments",
      request: get(admin, `/api/admin/districts/${d.district_id}/assignments`),
      known: "returns every hat of the district: paged on branch `lists`",
    },
    {
      name: "admin period GET /api/admin/periods/:id",
      request: get(admin, `/api/admin/periods/${d.period_id}`),
      known: "returns every cycle of the period: paged on branch `lists`",
    },
    {
      name: "results GET /api/periods/:id/results",
      request: get(kadis, `/api/periods/${d.period_id}/results`),
      known: "counts every cycle of the period by school and ratings: every row is read, a scan is the cheapest plan",
    },
    {
      name: "e-Kinerja GET /api/periods/:id/exports/ekinerja.csv",
      request: get(admin, `/api/periods/${d.period_id}/exports/ekinerja.csv`),
      known:
        "the export is every rated pegawai of the district: every cycle and person is read, a scan is the cheapest plan",
    },
    {
      name: "add teacher POST /api/admin/schools/:id/people",
      request: write(admin, "POST", `/api/admin/schools/${school.id}/people`, {
        nip,
        name: "Guru Baru Bench",
        employmentStatus: "PNS",
        startsOn: new Date().toISOString().slice(0, 10),
      }),
    },
    {
      name: "end assignment PATCH /api/admin/assignments/:id",
      request: write(admin, "PATCH", `/api/admin/assignments/${teacherHat.id}`, {
        endsOn: new Date().toISOString().slice(0, 10),
      }),
    },
  ];
}
