import { eq } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { raporResults } from "../../db/schema.js";

/**
 * A plausible Rapor Pendidikan result set for the demo's SD Negeri 1 Contoh, the same as
 * examples/rapor-pendidikan.csv: "umpan balik konstruktif" is the weakest, so it is recommended.
 */
export const DEMO_RAPOR = [
  { indicatorCode: "keteraturan-suasana-kelas", score: 78, category: "baik" },
  { indicatorCode: "penerapan-disiplin-positif", score: 71, category: "baik" },
  { indicatorCode: "umpan-balik-konstruktif", score: 48, category: "kurang" },
  { indicatorCode: "perhatian-dan-kepedulian", score: 74, category: "baik" },
  { indicatorCode: "ekspektasi-pada-peserta-didik", score: 66, category: "sedang" },
  { indicatorCode: "instruksi-pembelajaran", score: 63, category: "sedang" },
  { indicatorCode: "aktivitas-interaktif", score: 59, category: "sedang" },
  { indicatorCode: "instruksi-yang-adaptif", score: 55, category: "sedang" },
] as const;

/** Replaces the school's results with the demo set; safe to run twice. */
export async function seedDemoRapor(db: Queryable, schoolId: string): Promise<void> {
  await db.delete(raporResults).where(eq(raporResults.schoolId, schoolId));
  await db.insert(raporResults).values(DEMO_RAPOR.map((r) => ({ schoolId, ...r })));
}
