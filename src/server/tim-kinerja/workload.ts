import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { assignments, people, schools, timKinerjaSubjects } from "../../db/schema.js";
import { authorize } from "../core/authorize.js";
import { districtToday } from "../core/clock.js";
import { containsPattern, decodeCursor, encodeCursor } from "../core/cursor.js";
import type { SessionActor } from "../core/session.js";

type Page = { q?: string | undefined; filter: "all" | "none"; cursor?: string | undefined; limit: number };

/** Today's hat of a kind (or kinds) in the district, for the person in `person` (a column or alias). */
function holds(person: SQL, kinds: string[], districtId: string, today: string): SQL {
  return sql`exists (select 1 from ${assignments} a where a.person_id = ${person} and a.district_id = ${districtId}
    and a.kind in (${sql.join(
      kinds.map((k) => sql`${k}`),
      sql`, `,
    )}) and a.starts_on <= ${today} and (a.ends_on is null or a.ends_on >= ${today}))`;
}
/** The people holding such a hat today: `p.id = any(array(…))` walks the (district, kind) index, not every person. */
function holders(kinds: string[], d: string, today: string): SQL {
  return sql`array(select a.person_id from ${assignments} a where a.district_id = ${d} and a.kind in (${sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  )}) and a.starts_on <= ${today} and (a.ends_on is null or a.ends_on >= ${today}))`;
}
const isMember = (person: SQL, d: string, today: string) => holds(person, ["tim_kinerja"], d, today);
const isSubject = (person: SQL, d: string, today: string) => holds(person, ["principal", "supervisor"], d, today);

/** Links of the district whose member is on the team today and whose subject is a KS or pengawas today. */
function liveLinks(d: string, today: string): SQL {
  return sql`select l.member_id, l.subject_id from ${timKinerjaSubjects} l where l.district_id = ${d}
    and ${isMember(sql`l.member_id`, d, today)} and ${isSubject(sql`l.subject_id`, d, today)}`;
}

function pageWhere(page: Page, after: [string, string] | null, none: SQL): SQL {
  const pattern = containsPattern(page.q);
  return sql.join(
    [
      sql`true`,
      ...(pattern ? [sql`x.search_key like lower(${pattern})`] : []),
      ...(page.filter === "none" ? [none] : []),
      ...(after ? [sql`(x.name, x.id) > (${after[0]}, ${after[1]}::uuid)`] : []),
    ],
    sql` and `,
  );
}

/**
 * The workload view: the members on the team today with how many KS and pengawas each observes,
 * searched by name or NIP, `none` = members with no subject; a page in (name, id) order. The
 * summary counts the whole district (members without subjects, subjects without a member).
 */
export async function listTimMembers(db: Db, actor: SessionActor, districtId: string, now: Date, page: Page) {
  const after = decodeCursor(page.cursor, 2) as [string, string] | null;
  authorize(actor, { do: "timKinerja.assign", districtId });
  const today = await districtToday(db, districtId, now);
  const d = districtId;
  const { rows } = await db.execute<{ id: string; name: string; nip: string | null; n: number }>(sql`
    with live as (${liveLinks(d, today)})
    select x.id, x.name, x.nip, x.n from (
      select p.id, p.name, p.nip, p.search_key, (select count(*)::int from live where live.member_id = p.id) as n
      from ${people} p where p.id = any(${holders(["tim_kinerja"], d, today)})) x
    where ${pageWhere(page, after, sql`x.n = 0`)}
    order by x.name, x.id limit ${page.limit + 1}`);
  const { rows: counts } = await db.execute<{
    members: number;
    members_without: number;
    subjects: number;
    subjects_without: number;
  }>(sql`
    with live as (${liveLinks(d, today)}),
      m as (select p.id from ${people} p where p.id = any(${holders(["tim_kinerja"], d, today)})),
      s as (select p.id from ${people} p where p.id = any(${holders(["principal", "supervisor"], d, today)}))
    select (select count(*)::int from m) as members,
      (select count(*)::int from m where not exists (select 1 from live where live.member_id = m.id)) as members_without,
      (select count(*)::int from s) as subjects,
      (select count(*)::int from s where not exists (select 1 from live where live.subject_id = s.id)) as subjects_without`);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const c = counts[0];
  return {
    members: shown.map((r) => ({ personId: r.id, name: r.name, nip: r.nip, subjectCount: r.n })),
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.name, last.id]) : null,
    summary: {
      members: c?.members ?? 0,
      membersWithout: c?.members_without ?? 0,
      subjects: c?.subjects ?? 0,
      subjectsWithout: c?.subjects_without ?? 0,
    },
  };
}

type SubjectRow = {
  id: string;
  name: string;
  nip: string | null;
  is_ks: boolean;
  school_name: string | null;
  members: { personId: string; name: string }[];
};

/**
 * The district's KS and pengawas today with the members named for them; `none` = those with no
 * member (they fall back to the whole team: `superiorOn`), `memberId` = one member's subjects.
 */
export async function listTimSubjects(
  db: Db,
  actor: SessionActor,
  districtId: string,
  now: Date,
  page: Page & { memberId?: string | undefined },
) {
  const after = decodeCursor(page.cursor, 2) as [string, string] | null;
  authorize(actor, { do: "timKinerja.assign", districtId });
  const today = await districtToday(db, districtId, now);
  const d = districtId;
  const ofMember = page.memberId
    ? sql`exists (select 1 from ${timKinerjaSubjects} l where l.subject_id = x.id and l.district_id = ${d} and l.member_id = ${page.memberId})`
    : sql`true`;
  const { rows } = await db.execute<SubjectRow>(sql`
    select x.* from (
      select p.id, p.name, p.nip, p.search_key, ${holds(sql`p.id`, ["principal"], d, today)} as is_ks,
        (select s.name from ${assignments} a join ${schools} s on s.id = a.school_id
          where a.person_id = p.id and a.district_id = ${d} and a.kind = 'principal'
            and a.starts_on <= ${today} and (a.ends_on is null or a.ends_on >= ${today})
          order by a.acting, a.starts_on desc limit 1) as school_name,
        coalesce((select json_agg(json_build_object('personId', mp.id, 'name', mp.name) order by mp.name, mp.id)
          from ${timKinerjaSubjects} l join ${people} mp on mp.id = l.member_id
          where l.subject_id = p.id and l.district_id = ${d} and ${isMember(sql`l.member_id`, d, today)}), '[]'::json) as members
      from ${people} p where p.id = any(${holders(["principal", "supervisor"], d, today)})) x
    where ${pageWhere(page, after, sql`json_array_length(x.members) = 0`)} and ${ofMember}
    order by x.name, x.id limit ${page.limit + 1}`);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    subjects: shown.map((r) => ({
      personId: r.id,
      name: r.name,
      nip: r.nip,
      role: r.is_ks ? ("kepala_sekolah" as const) : ("pengawas" as const),
      schoolName: r.school_name,
      members: r.members,
    })),
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.name, last.id]) : null,
  };
}
