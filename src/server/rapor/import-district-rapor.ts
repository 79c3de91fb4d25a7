import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { raporResults, schools } from "../../db/schema.js";
import { raporIndicators } from "../../domain/rapor/indicators.js";
import { parseRaporCsv, type RaporRow } from "../../domain/rapor/parse.js";
import { writeAudits } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import type { SessionActor } from "../core/session.js";
import { fileProblemError, invalidRowsError } from "../import/import-errors.js";
import { type DistrictRaporResult, MAX_DISTRICT_RAPOR_BYTES } from "./contract.js";

type Options = {
  db: Db;
  actor: SessionActor;
  districtId: string;
  /** Reads the uploaded CSV as text; called only once the actor may import. */
  readCsv: (maxBytes: number) => Promise<string>;
};

/** Rows per INSERT: 5 parameters each stays far below PostgreSQL's 65,535. */
const CHUNK = 2000;

/**
 * One district file of Rapor Pendidikan results (an NPSN column), all or nothing like the staff
 * import: every row is checked against the district's schools first; then each school named in
 * the file has its results replaced as a whole, with one audit event per school as a
 * single-school upload writes, in one transaction. Schools not in the file keep theirs.
 */
export async function importDistrictRapor({ db, actor, districtId, readCsv }: Options): Promise<DistrictRaporResult> {
  authorize(actor, { do: "rapor.importDistrict", districtId });
  const text = await readCsv(MAX_DISTRICT_RAPOR_BYTES);
  const known = await db
    .select({ id: schools.id, npsn: schools.npsn, name: schools.name })
    .from(schools)
    .where(eq(schools.districtId, districtId));
  const byNpsn = new Map(known.map((s) => [s.npsn, s]));
  const parsed = parseRaporCsv(text, { npsn: new Set(byNpsn.keys()), indicators: raporIndicators() });
  if (!parsed.ok && "problem" in parsed) throw fileProblemError(parsed.problem);
  if (!parsed.ok) throw invalidRowsError(parsed.errors);

  const rowsBySchool = new Map<string, RaporRow[]>();
  for (const r of parsed.rows) {
    const id = byNpsn.get(r.npsn)?.id as string;
    rowsBySchool.set(id, [...(rowsBySchool.get(id) ?? []), r]);
  }
  const schoolIds = [...rowsBySchool.keys()];
  const values = (r: Pick<RaporRow, "indicatorCode" | "score"> & { category: string | null }) => ({
    indicatorCode: r.indicatorCode,
    score: r.score,
    category: r.category,
  });

  await db.transaction(async (tx) => {
    const before = await tx.select().from(raporResults).where(inArray(raporResults.schoolId, schoolIds));
    await tx.delete(raporResults).where(inArray(raporResults.schoolId, schoolIds));
    const importedAt = new Date();
    const inserts = [...rowsBySchool].flatMap(([schoolId, rows]) =>
      rows.map((r) => ({ schoolId, ...values(r), importedAt })),
    );
    for (let i = 0; i < inserts.length; i += CHUNK) await tx.insert(raporResults).values(inserts.slice(i, i + CHUNK));
    const audits = [...rowsBySchool].map(([schoolId, rows]) => ({
      actorId: actor.personId,
      actingAs: "admin",
      entityType: "school",
      entityId: schoolId,
      action: "rapor_imported",
      data: {
        districtFile: true,
        before: before.filter((r) => r.schoolId === schoolId).map(values),
        after: rows.map(values),
      },
    }));
    for (let i = 0; i < audits.length; i += CHUNK) await writeAudits(tx, audits.slice(i, i + CHUNK));
  });

  return {
    schools: [...rowsBySchool].map(([id, rows]) => {
      const school = byNpsn.get(rows[0]?.npsn as string);
      return { id, npsn: school?.npsn ?? "", name: school?.name ?? "", results: rows.length };
    }),
    rows: parsed.rows.length,
    ignoredColumns: parsed.ignoredColumns,
  };
}
