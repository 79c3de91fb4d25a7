import { and, eq, inArray, isNull, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { cycleAssessors, cycles, people, periods } from "../../db/schema.js";
import type { Phase } from "../../domain/cycles/phase.js";
import type { CycleTrack } from "../../domain/org/assessors.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import { cappedCountSql, cappedTotal, countOf, pageCount, SEARCH_COUNT_CAP } from "../core/capped-count.js";
import {
  afterPlaceholders,
  decodeCursor,
  decodeSearchCursor,
  encodeCursor,
  personOrSchoolSearch,
  type SearchAfter,
} from "../core/cursor.js";
import { type SearchTerm, searchTermOf, TERM_PLACEHOLDERS, termValues } from "../core/word-search.js";

export type CycleFilter = {
  q?: string | undefined;
  status?: PlanStatus | "not_started" | undefined;
  phase?: Phase | undefined;
  track?: CycleTrack | undefined;
  schoolId?: string | undefined;
  /** `missing`: only the cycles without an atasan (they need the admin). */
  superior: "any" | "missing";
};

/** A filter's values, or placeholders of the same names for a statement built once per shape. */
type ConditionValues = {
  periodId: string | Placeholder;
  status?: PlanStatus | "not_started" | Placeholder | undefined;
  phase?: Phase | Placeholder | undefined;
  track?: CycleTrack | Placeholder | undefined;
  schoolId?: string | Placeholder | undefined;
  superior: CycleFilter["superior"];
};

/** The filters other than the search box: on `cycles` alone (the plan status is kept on the cycle). */
function cycleConditions(f: ConditionValues) {
  return and(
    eq(cycles.periodId, f.periodId),
    f.status !== undefined ? eq(cycles.planStatus, f.status) : undefined,
    f.phase !== undefined ? eq(cycles.phase, f.phase) : undefined,
    f.track !== undefined ? eq(cycles.track, f.track) : undefined,
    f.schoolId !== undefined ? eq(cycles.schoolId, f.schoolId) : undefined,
    f.superior === "missing" ? isNull(cycles.superiorId) : undefined,
  );
}

const CYCLE_ROWS = {
  table: cycles,
  id: cycles.id,
  personId: cycles.personId,
  schoolId: cycles.schoolId,
  name: cycles.personName,
};

/** One page of a period's cycles in (name, id) order, searched and filtered; `total` counts the matches up to `COUNT_CAP` (`SEARCH_COUNT_CAP` with a search). */
export async function cyclePage(
  db: Queryable,
  periodId: string,
  filter: CycleFilter & { cursor?: string | undefined; limit: number },
) {
  if (filter.q) return searchedCyclePage(db, periodId, { ...filter, q: filter.q });
  const where = cycleConditions({ ...filter, periodId });
  const take = filter.limit + 1;
  const after = decodeCursor(filter.cursor, 2) as [string, string] | null;
  // The name the cycle keeps (`cycles_period_name_idx`): the period's own rows in page order. By
  // `people.name`, a page walked the names of every district's people (10 districts: 514 for 51).
  const rows = await cycleSelect(db)
    .where(and(where, after ? sql`(${cycles.personName}, ${cycles.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined))
    .orderBy(cycles.personName, cycles.id)
    .limit(take);
  const total = await pageCount(rows.length, filter.limit, !after, () =>
    countOf(db, sql`select ${cappedCountSql(sql`from ${cycles} where ${where}`)} as n`),
  );
  const shown = rows.slice(0, filter.limit);
  const last = shown.at(-1);
  return {
    cycles: cycleViews(shown),
    nextCursor: rows.length > filter.limit && last ? encodeCursor([last.name, last.c.id]) : null,
    ...cappedTotal(total),
  };
}

const FILTERS = ["status", "phase", "track", "schoolId"] as const;

/**
 * The searched page's statement for one shape (which filters are set, which group the cursor is
 * in), built once and prepared with a generic plan (`personOrSchoolSearch`): planning it for each
 * term cost the database several times what running it did. The count rides along (an init plan).
 */
function searchStatement(db: Queryable, filter: CycleFilter & { limit: number }, group: 0 | 1 | null) {
  const set = FILTERS.filter((k) => filter[k] !== undefined);
  const name = `cycles_search_${set.join("_")}_${filter.superior}_${group ?? "first"}_${filter.limit}`;
  return preparedOn(db, name, () => {
    const p = sql.placeholder;
    const where = cycleConditions({
      periodId: p("periodId"),
      ...Object.fromEntries(set.map((k) => [k, p(k)])),
      superior: filter.superior,
    });
    const take = filter.limit + 1;
    const search = searchOf(
      p("periodId"),
      where,
      TERM_PLACEHOLDERS,
      group === null ? null : afterPlaceholders(group),
      take,
    );
    return cycleSelect(db, { g: sql<number>`s.g`, k: sql<string>`s.k`, n: sql<number>`s.n` })
      .innerJoin(sql`${search.ordered}`, sql`s.id = ${cycles.id}`)
      .orderBy(sql`s.g`, sql`s.pos`)
      .limit(take)
      .prepare(name);
  });
}

/** `personOrSchoolSearch` over a period's cycles: the schools of the period's district. */
const searchOf = (
  periodId: string | Placeholder,
  where: SQL | undefined,
  term: SearchTerm,
  after: SearchAfter | null,
  take: number,
) =>
  personOrSchoolSearch(
    CYCLE_ROWS,
    where,
    term,
    after,
    take,
    sql`(select pd.district_id from ${periods} pd where pd.id = ${periodId}::uuid)`,
    true,
  );

/** `cyclePage` with a search box: `personOrSchoolSearch`'s groups, counted to `SEARCH_COUNT_CAP`. */
async function searchedCyclePage(
  db: Queryable,
  periodId: string,
  filter: CycleFilter & { q: string; cursor?: string | undefined; limit: number },
) {
  const after = decodeSearchCursor(filter.cursor);
  const group = after?.group ?? null;
  const values = {
    periodId,
    ...Object.fromEntries(FILTERS.flatMap((k) => (filter[k] === undefined ? [] : [[k, filter[k]]]))),
    ...termValues(filter.q),
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
  };
  const rows = await searchStatement(db, filter, group).execute(values);
  // A page past the last match has no row to carry the count: asked apart (rare).
  const total =
    rows[0]?.n ??
    (after
      ? await countOf(
          db,
          sql`select ${searchOf(periodId, cycleConditions({ ...filter, periodId }), searchTermOf(filter.q), null, 1).count} as n`,
        )
      : 0);
  const shown = rows.slice(0, filter.limit);
  const last = shown.at(-1);
  return {
    cycles: cycleViews(shown),
    nextCursor: rows.length > filter.limit && last ? encodeCursor([last.g, last.k, last.c.id]) : null,
    ...cappedTotal(total, SEARCH_COUNT_CAP),
  };
}

function cycleSelect<E extends Record<string, SQL.Aliased | SQL>>(db: Queryable, extra?: E) {
  // No join: the person's name and NIP, the school's and the atasan's names and the plan status are
  // the cycle's copies (migrations 0024, 0031); only the Tim Kinerja, rarely there, is a probe per row.
  return db
    .select({
      // The columns `cycleViews` shows, not the whole row (its timestamps and copies cost every row of a page).
      c: {
        id: cycles.id,
        personId: cycles.personId,
        track: cycles.track,
        superiorKind: cycles.superiorKind,
        phase: cycles.phase,
      },
      // The cycle's copy of the name (migration 0024), which its page is ordered and paged by.
      name: cycles.personName,
      nip: cycles.personNip,
      schoolName: cycles.schoolName,
      superiorName: cycles.superiorName,
      status: sql<PlanStatus | "not_started">`${cycles.planStatus}`,
      // "cycles".id written out: Drizzle leaves a column unqualified in a one-table select (here it
      // would be the Tim Kinerja member's id).
      assessorNames: sql<string[]>`array(select tk.name from ${cycleAssessors} ca
        join ${people} tk on tk.id = ca.person_id where ca.cycle_id = "cycles".id order by tk.name)`,
      ...(extra as E),
    })
    .from(cycles);
}

type CycleSelectRow = Awaited<ReturnType<ReturnType<typeof cycleSelect>["where"]>>[number];

/** A page's rows as the period page shows them. */
function cycleViews(rows: CycleSelectRow[]) {
  return rows.map((r) => ({
    cycleId: r.c.id,
    personId: r.c.personId,
    name: r.name,
    nip: r.nip,
    track: r.c.track,
    schoolName: r.schoolName,
    superiorName: r.superiorName,
    superiorKind: r.c.superiorKind,
    assessorNames: r.assessorNames,
    phase: r.c.phase as Phase,
    planStatus: r.status,
  }));
}

/** The given people's cycles of a period (those just opened without an atasan), at most `limit`. */
export async function cycleRows(db: Queryable, periodId: string, personIds: string[], limit = 100) {
  if (personIds.length === 0) return [];
  const rows = await cycleSelect(db)
    .where(and(eq(cycles.periodId, periodId), inArray(cycles.personId, personIds.slice(0, limit))))
    .orderBy(cycles.personName, cycles.id);
  return cycleViews(rows);
}
