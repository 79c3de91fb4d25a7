import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";
import { sessions } from "../../src/db/schema.js";
import { benchSession } from "../session.js";

export type Session = { personId: string; cookie: string; csrf: string };
export type PlanUser = Session & { cycleId: string; planId: string; version: number };
export type Reviewer = Session & { planId: string };
/** A KS with one teacher waiting to be observed: the observation autosave. */
export type Observer = Session & { cycleId: string; targetCode: string; version: number };

export type Workload = {
  districtId: string;
  periodId: string;
  schoolIds: string[];
  /** Teachers with a started draft: home, plan view, autosave. */
  drafting: PlanUser[];
  /** Teachers whose draft is complete: submit. */
  submitting: PlanUser[];
  /** A KS or Plt and one submitted plan of their school each: approve / return. */
  reviews: Reviewer[];
  principals: Session[];
  /** Kepala Dinas and Tim Kinerja: the queue of KS and pengawas plans. */
  dinas: Session[];
  admins: Session[];
  observers: Observer[];
};

const rows = async <T>(db: Db, q: ReturnType<typeof sql>) => (await db.execute<T & Record<string, unknown>>(q)).rows;

/**
 * Picks the workload's users in the generated district and signs them in by writing their
 * sessions directly (sign-in is rate limited per IP and argon2 costs ~30 ms): like `sessionFor`
 * in tests/helpers/test-app.ts.
 */
export async function prepareWorkload(db: Db, code: string): Promise<Workload> {
  const [d] = await rows<{ district_id: string; period_id: string }>(
    db,
    sql`select d.id as district_id, p.id as period_id from districts d join periods p on p.district_id = d.id
        where d.code = ${code}`,
  );
  if (!d) throw new Error(`district ${code} with a period not found: run demo-scale first`);
  const plansIn = (status: string, version: number) =>
    rows<{ person_id: string; cycle_id: string; plan_id: string; version: number }>(
      db,
      sql`select c.person_id, c.id as cycle_id, p.id as plan_id, p.version from documents p join cycles c on c.id = p.cycle_id
          where p.kind = 'plan' and c.period_id = ${d.period_id} and c.track = 'guru' and p.status = ${status}
          and p.version = ${version} order by c.id`,
    );
  const drafting = await plansIn("draft", 2);
  const submitting = await plansIn("draft", 3);
  const reviews = await rows<{ person_id: string; plan_id: string }>(
    db,
    sql`select c.superior_id as person_id, p.id as plan_id from documents p join cycles c on c.id = p.cycle_id
        where p.kind = 'plan' and c.period_id = ${d.period_id} and c.track = 'guru' and p.status = 'submitted' order by c.id`,
  );
  const ids = async (kinds: string[]) =>
    (
      await rows<{ person_id: string }>(
        db,
        sql`select distinct person_id from assignments where district_id = ${d.district_id}
            and kind::text = any(${`{${kinds.join(",")}}`}::text[])`,
      )
    ).map((r) => r.person_id);
  const principals = await ids(["principal"]);
  const dinas = await ids(["head_of_district", "tim_kinerja"]);
  const admins = await ids(["admin"]);
  const schoolIds = (
    await rows<{ id: string }>(db, sql`select id from schools where district_id = ${d.district_id}`)
  ).map((r) => r.id);

  const observing = await prepareObservations(db, d.period_id);
  const everyone = new Set([
    ...observing.map((r) => r.person_id),
    ...drafting.map((r) => r.person_id),
    ...submitting.map((r) => r.person_id),
    ...reviews.map((r) => r.person_id),
    ...principals,
    ...dinas,
    ...admins,
  ]);
  const byPerson = new Map<string, Session>();
  const values = [...everyone].map((personId) => {
    const s = benchSession(personId, "bench:load", 6);
    byPerson.set(personId, { personId, cookie: s.cookie, csrf: s.csrf });
    return s.row;
  });
  for (let i = 0; i < values.length; i += 1000) await db.insert(sessions).values(values.slice(i, i + 1000));
  const session = (id: string) => byPerson.get(id) as Session;
  const planUser = (r: { person_id: string; cycle_id: string; plan_id: string; version: number }): PlanUser => ({
    ...session(r.person_id),
    cycleId: r.cycle_id,
    planId: r.plan_id,
    version: r.version,
  });
  return {
    districtId: d.district_id,
    periodId: d.period_id,
    schoolIds,
    drafting: drafting.map(planUser),
    submitting: submitting.map(planUser),
    reviews: reviews.map((r) => ({ ...session(r.person_id), planId: r.plan_id })),
    principals: principals.map(session),
    dinas: dinas.map(session),
    admins: admins.map(session),
    observers: observing.map((r) => ({
      ...session(r.person_id),
      cycleId: r.cycle_id,
      targetCode: r.target_code,
      version: 0,
    })),
  };
}

/**
 * Puts one agreed guru cycle per KS in Praktik Kinerja, waiting to be observed: pelaksanaan opened
 * yesterday (windows may overlap) and a scheduled persiapan naming the first target perilaku of the
 * plan's indicator. Benchmark data, written directly.
 */
async function prepareObservations(db: Db, periodId: string) {
  await db.execute(sql`update periods set execution_opens_on = (current_date - 1) where id = ${periodId}`);
  const picked = await rows<{ person_id: string; cycle_id: string; target_code: string }>(
    db,
    sql`select distinct on (c.superior_id) c.superior_id as person_id, c.id as cycle_id,
          (select t->>'code' from jsonb_array_elements(rs.content->'practiceIndicators') i,
             jsonb_array_elements(i->'targets') t where i->>'code' = pl.content->>'indicatorCode' limit 1) as target_code
        from documents pl join cycles c on c.id = pl.cycle_id and pl.kind = 'plan' join periods p on p.id = c.period_id
          join rule_sets rs on rs.id = p.rule_set_id
        where c.period_id = ${periodId} and c.track = 'guru' and pl.status = 'agreed' and c.superior_kind = 'principal'
        order by c.superior_id, c.id`,
  );
  for (const r of picked) {
    const content = {
      targets: [{ code: r.target_code, upaya: "Membaca modul dan mencobanya di kelas." }],
      schedule: { date: null, time: "08:00", className: "V A", subject: "Matematika", place: "Kelas V A" },
      files: [],
      proposedSchedule: null,
    };
    await db.execute(sql`insert into documents (cycle_id, kind, status, version, content)
      values (${r.cycle_id}, 'persiapan', 'scheduled', 2, ${JSON.stringify(content)}::jsonb)
      on conflict (cycle_id, kind) do nothing`);
  }
  return picked;
}
