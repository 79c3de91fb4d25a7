import { eq } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { raporResults, type schools } from "../../db/schema.js";
import { recommendIndicator } from "../../domain/planning/recommend.js";
import { raporIndicators } from "../../domain/rapor/indicators.js";
import type { RaporView } from "./contract.js";

/** A school's results in catalogue order, with the recommendation the planning screen shows. */
export async function raporView(tx: Queryable, school: typeof schools.$inferSelect): Promise<RaporView> {
  const indicators = raporIndicators();
  const order = indicators.map((i) => i.code);
  const nameOf = (code: string) => indicators.find((i) => i.code === code)?.name ?? code;
  const rows = await tx.select().from(raporResults).where(eq(raporResults.schoolId, school.id));
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  const sorted = [...rows].sort((a, b) => rank(a.indicatorCode) - rank(b.indicatorCode));
  const recommended = recommendIndicator(rows, order);
  const importedAt = rows.reduce<Date | null>((max, r) => (max && max > r.importedAt ? max : r.importedAt), null);
  return {
    school: { id: school.id, name: school.name, npsn: school.npsn },
    results: sorted.map((r) => ({
      indicatorCode: r.indicatorCode,
      indicatorName: nameOf(r.indicatorCode),
      score: r.score,
      category: r.category,
    })),
    importedAt: importedAt?.toISOString() ?? null,
    recommendation: recommended
      ? {
          indicatorCode: recommended.indicatorCode,
          indicatorName: nameOf(recommended.indicatorCode),
          basis: recommended.basis,
        }
      : null,
  };
}
