import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { cycles, documents, people, periods, reopenRequests, schools } from "../../db/schema.js";
import { authorize } from "../core/authorize.js";
import { containsPattern, decodeCursor, encodeCursor, keyContains } from "../core/cursor.js";
import { AppError } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { reopenDtos } from "./reopen.js";

type ReopenPage = {
  status?: "pending" | "approved" | "refused" | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

/**
 * The district admin's list of reopen requests (the "Form Reset SKP" inbox), pending first then
 * newest first, a page at a time, searched by the person's name or NIP. The cursor carries the
 * creation time as PostgreSQL prints it (microseconds), so no row is skipped or repeated.
 */
export async function listDistrictReopenRequests(db: Db, actor: SessionActor, districtId: string, page: ReopenPage) {
  const after = decodeCursor(page.cursor, 3) as [number, string, string] | null;
  if (after && typeof after[0] !== "number") throw new AppError("VALIDATION", "error.badCursor");
  authorize(actor, { do: "district.manage", districtId });
  const settled = sql<number>`(case when ${reopenRequests.status} = 'pending' then 0 else 1 end)`;
  const created = sql<string>`${reopenRequests.createdAt}::text`;
  const pattern = containsPattern(page.q);
  const rows = await db
    .select({
      r: reopenRequests,
      settled,
      created,
      cycleId: cycles.id,
      documentKind: documents.kind,
      personName: people.name,
      schoolName: schools.name,
    })
    .from(reopenRequests)
    .innerJoin(documents, eq(documents.id, reopenRequests.documentId))
    .innerJoin(cycles, eq(cycles.id, documents.cycleId))
    .innerJoin(periods, eq(periods.id, cycles.periodId))
    .innerJoin(people, eq(people.id, cycles.personId))
    .leftJoin(schools, eq(schools.id, cycles.schoolId))
    .where(
      and(
        eq(periods.districtId, districtId),
        page.status ? eq(reopenRequests.status, page.status) : undefined,
        pattern ? keyContains(people.searchKey, pattern) : undefined,
        after
          ? sql`(${settled} > ${after[0]}::int or (${settled} = ${after[0]}::int
              and (${reopenRequests.createdAt}, ${reopenRequests.id}) < (${after[1]}::timestamptz, ${after[2]}::uuid)))`
          : undefined,
      ),
    )
    .orderBy(settled, desc(reopenRequests.createdAt), desc(reopenRequests.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const dtos = await reopenDtos(
    db,
    shown.map((row) => row.r),
  );
  return {
    requests: shown.map((row, i) => ({
      ...(dtos[i] as (typeof dtos)[number]),
      cycleId: row.cycleId,
      documentKind: row.documentKind,
      personName: row.personName,
      schoolName: row.schoolName,
    })),
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.settled, last.created, last.r.id]) : null,
  };
}
