import { type Placeholder, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { districtSearchWords, people } from "../../db/schema.js";
import { cappedCountSql, cappedTotal, countOf, SEARCH_COUNT_CAP, twoGroupCountSql } from "../core/capped-count.js";
import { afterPlaceholders, decodeSearchCursor, encodeCursor, type SearchAfter } from "../core/cursor.js";
import type { SessionActor } from "../core/session.js";
import { type SearchTerm, searchTermOf, TERM_PLACEHOLDERS, termValues, wordSearch } from "../core/word-search.js";
import { personViewColumns, personViewsOf } from "./person-views.js";
import { PERSON_DTO_COLUMNS } from "./queries.js";

// The district people list's search box (`listDistrictPeople` in people.ts asks it for a page with `q`).

/**
 * The people box's search (`wordSearch`): those a word of whose name or NIP starts with the term,
 * then those who contain it elsewhere, each group in its order; counted to `SEARCH_COUNT_CAP`.
 */
export async function searchDistrictPeople(
  db: Db,
  actor: SessionActor,
  districtId: string,
  now: Date,
  page: { q: string; cursor?: string | undefined; limit: number },
) {
  const { limit } = page;
  const after = decodeSearchCursor(page.cursor);
  const rows = await peopleSearchStatement(db, limit, after?.group ?? null).execute({
    districtId,
    ...termValues(page.q),
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
  });
  // A page past the last match has no row to carry the count: asked apart (rare).
  const total =
    rows[0]?.n ??
    (after ? await countOf(db, sql`select ${peopleSearch(searchTermOf(page.q), districtId, null, 1).count} as n`) : 0);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    people: personViewsOf(actor, shown, now),
    nextCursor: rows.length > limit && last ? encodeCursor([last.g, last.k, last.p.id]) : null,
    ...cappedTotal(total, SEARCH_COUNT_CAP),
  };
}

/**
 * The search's statement for one page size and cursor group, built once and prepared (a generic
 * plan; building it with Drizzle on every request had cost a fifth of the search's Node time).
 * The count rides along (an init plan, run once): a search is one statement, not two.
 */
function peopleSearchStatement(db: Db, limit: number, group: 0 | 1 | null) {
  const name = `people_search_${group ?? "first"}_${limit}`;
  return preparedOn(db, name, () => {
    const after = group === null ? null : afterPlaceholders(group);
    const search = peopleSearch(TERM_PLACEHOLDERS, sql.placeholder("districtId"), after, limit + 1);
    return (
      db
        .select({
          p: PERSON_DTO_COLUMNS,
          ...personViewColumns,
          g: sql<number>`s.g`,
          k: sql<string>`s.k`,
          n: after === null ? sql<number>`s.n` : search.count,
        })
        .from(search.ordered)
        // A probe of the primary key per row of the page: a join let PostgreSQL pick a hash join over
        // every person when it guessed a few more rows (2 ms more at 10,000 people). The LIMIT keeps
        // the subquery from being pulled up into that join.
        .crossJoinLateral(db.select().from(people).where(sql`${people.id} = s.id`).limit(1).as("people"))
        .orderBy(sql`s.g`, sql`s.pos`)
        .limit(limit + 1)
        .prepare(name)
    );
  });
}

/**
 * `wordSearch` over one district's people: the page's rows `s (id, g, k, pos, n)` and the count.
 * A first page walks the word starts once for both (`hits`, to the count's cap; the page is its
 * head) and carries the count as `n`; a later page starts after its cursor and counts apart.
 */
function peopleSearch(term: SearchTerm, districtId: string | Placeholder, after: SearchAfter | null, take: number) {
  const search = wordSearch(term);
  const limit = sql.raw(String(Math.trunc(take)));
  // The district's own word starts: a walk that does not grow with the other districts.
  const inWords = sql`from ${districtSearchWords} w where w.district_id = ${districtId}::uuid and ${search.firstWordHit}`;
  // The second group from the district's own people (`district_people`'s GIN index on district and trigrams).
  const elsewhere = search.elsewhereIn(sql`${districtId}::uuid`);
  const afterWord =
    after === null
      ? sql`true`
      : after.group === 0
        ? sql`(w.suffix collate "C", w.person_id) > (${after.key}::text collate "C", ${after.id}::uuid)`
        : sql`false`;
  const afterName = after?.group === 1 ? sql`(m.name, m.id) > (${after.key}::text, ${after.id}::uuid)` : sql`true`;
  const cap = sql.raw(String(SEARCH_COUNT_CAP));
  // The first group: a later page's walk from its cursor, or a first page's head of `hits`.
  const first =
    after === null
      ? sql`hits as materialized (
      select w.person_id as id, w.suffix as k ${inWords}
      order by w.suffix collate "C", w.person_id limit ${cap} + 1
    ), a as materialized (
      select id, 0 as g, k, row_number() over (order by k collate "C", id) as pos from hits
      order by k collate "C", id limit ${limit}
    )`
      : sql`a as materialized (
      select w.person_id as id, 0 as g, w.suffix as k, row_number() over (order by w.suffix collate "C", w.person_id) as pos
      ${inWords} and ${afterWord}
      order by w.suffix collate "C", w.person_id limit ${limit}
    )`;
  const elsewhereCount = cappedCountSql(elsewhere, SEARCH_COUNT_CAP);
  // When the first group left room on the page, `m` holds every match of the second: counted from it,
  // not read again (init plans run when first used: the other branch is never run).
  const elsewhereCounted = sql`(case when (select count(*) from a) < ${limit}
    then (select count(*)::int from (select 1 from m limit ${cap} + 1) capped) else ${elsewhereCount} end)`;
  const n = after === null ? twoGroupCountSql(sql`(select count(*) from hits)`, elsewhereCounted) : sql`null::int`;
  // The second group is read only when the first leaves room on the page (a one-time filter).
  const ordered = sql`(with ${first}, m as materialized (
      -- The second group from its matches, not a walk of every name (see personOrSchoolSearch).
      select d.person_id as id, d.name ${elsewhere}
        and (select count(*) from a) < ${limit}
    ), b as materialized (
      select m.id, 1 as g, m.name as k, row_number() over (order by m.name, m.id) as pos from m
      where ${afterName}
      order by m.name, m.id limit ${limit}
    ) select u.*, ${n} as n from (select id, g, k::text as k, pos from a union all select id, g, k::text, pos from b) u) as s`;
  const count = twoGroupCountSql(cappedCountSql(inWords, SEARCH_COUNT_CAP), elsewhereCount);
  return { ordered, count };
}
