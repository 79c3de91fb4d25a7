import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { raporResults } from "../../db/schema.js";
import { isAdminOf } from "../../domain/auth/policy.js";
import { raporIndicators } from "../../domain/rapor/indicators.js";
import { parseRaporCsv } from "../../domain/rapor/parse.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import type { SessionActor } from "../core/session.js";
import { fileProblemError, invalidRowsError } from "../import/import-errors.js";
import { schoolById } from "../org/queries.js";
import { MAX_RAPOR_BYTES, type RaporView } from "./contract.js";
import { raporView } from "./present.js";

type Options = {
  db: Db;
  actor: SessionActor;
  schoolId: string;
  /** Reads the uploaded CSV as text; called only once the actor may import. */
  readCsv: (maxBytes: number) => Promise<string>;
};

/** Replaces the school's Rapor Pendidikan results with the file's, all or nothing. */
export async function importRapor({ db, actor, schoolId, readCsv }: Options) {
  const school = await schoolById(db, schoolId);
  authorize(actor, { do: "rapor.import", school: { districtId: school.districtId, schoolId } });
  const text = await readCsv(MAX_RAPOR_BYTES);
  const parsed = parseRaporCsv(text, { npsn: school.npsn, indicators: raporIndicators() });
  if (!parsed.ok && "problem" in parsed) throw fileProblemError(parsed.problem);
  if (!parsed.ok) throw invalidRowsError(parsed.errors);

  const view: RaporView = await db.transaction(async (tx) => {
    const before = await tx.select().from(raporResults).where(eq(raporResults.schoolId, schoolId));
    await tx.delete(raporResults).where(eq(raporResults.schoolId, schoolId));
    const importedAt = new Date();
    await tx.insert(raporResults).values(
      parsed.rows.map((r) => ({
        schoolId,
        indicatorCode: r.indicatorCode,
        score: r.score,
        category: r.category,
        importedAt,
      })),
    );
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: isAdminOf(actor, school.districtId) ? "admin" : "operator",
      entityType: "school",
      entityId: schoolId,
      action: "rapor_imported",
      data: {
        before: before.map((r) => ({ indicatorCode: r.indicatorCode, score: r.score, category: r.category })),
        after: parsed.rows.map((r) => ({ indicatorCode: r.indicatorCode, score: r.score, category: r.category })),
      },
    });
    return raporView(tx, school);
  });
  return { ...view, ignoredColumns: parsed.ignoredColumns };
}
