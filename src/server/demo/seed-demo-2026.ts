import type { Db } from "../../db/client.js";
import { districts, schools } from "../../db/schema.js";
import { addDays, windowsAround } from "../../domain/cycles/phase.js";
import type { IsoDate } from "../../domain/org/types.js";
import { openPeriod } from "../periods/open-period.js";
import type { DemoPerson } from "./demo-people.js";
import { insertDemoPeople } from "./insert-demo-people.js";

/**
 * A second, small demo district whose period runs the 2026 rules (no RHK points, a written
 * reflection instead of uploads), so a visitor can compare both years. Its own district: a
 * district runs one period at a time, and the main demo's people keep their one cycle.
 */
export const DEMO_2026_DISTRICT_CODE = "DEMO-2026";
export const DEMO_2026_PERIOD_NAME = "Periode Demo · Aturan 2026 (tanpa poin RHK)";

const nip = (n: number) => `19800101200501${String(1000 + n).slice(-4)}`;

export const DEMO_2026_PEOPLE: DemoPerson[] = [
  {
    name: "Rina Marlina, S.Pd., M.Pd.",
    nip: nip(50),
    status: "PNS",
    rank: "Pembina / IV-a",
    positionLevel: "Guru Ahli Madya",
    ptkType: "Kepala Sekolah",
    username: "kepsek2026.demo",
    description: "Kepala Sekolah SD Negeri 5 Contoh (aturan 2026, tanpa poin)",
    hats: [
      { kind: "principal", school: 0 },
      { kind: "teacher", school: 0 },
    ],
  },
  {
    name: "Taufik Hidayat, S.Pd.",
    nip: nip(51),
    status: "PNS",
    rank: "Penata Muda Tk. I / III-b",
    positionLevel: "Guru Ahli Pertama",
    ptkType: "Guru Kelas",
    duties: ["Wali kelas"],
    username: "guru2026.demo",
    description: "Guru SD Negeri 5 Contoh (aturan 2026, tanpa poin)",
    hats: [{ kind: "teacher", school: 0 }],
  },
  {
    name: "Wulan Sari, S.Pd.",
    nip: nip(52),
    status: "PPPK",
    rank: "IX",
    positionLevel: "Guru Ahli Pertama",
    ptkType: "Guru Kelas",
    hats: [{ kind: "teacher", school: 0 }],
  },
  {
    name: "Drs. Bambang Sutrisno, M.Pd.",
    nip: nip(53),
    status: "PNS",
    rank: "Pembina Utama Muda / IV-c",
    positionLevel: "Kepala Dinas",
    ptkType: "Kepala Dinas",
    hats: [{ kind: "head_of_district" }],
  },
];

export async function seedDemo2026(db: Db, o: { now: Date; today: IsoDate; passwordHash: string }): Promise<void> {
  const districtId = await db.transaction(async (tx) => {
    const [district] = await tx
      .insert(districts)
      .values({ code: DEMO_2026_DISTRICT_CODE, name: "Dinas Pendidikan Kota Contoh (Demo aturan 2026)" })
      .returning();
    if (!district) throw new Error("demo district insert failed");
    const schoolRows = await tx
      .insert(schools)
      .values({
        districtId: district.id,
        npsn: "20100005",
        name: "SD Negeri 5 Contoh",
        level: "SD",
        address: "Jl. Anggrek 5",
      })
      .returning();
    await insertDemoPeople(tx, {
      districtId: district.id,
      schoolIds: schoolRows.map((r) => r.id),
      people: DEMO_2026_PEOPLE,
      today: o.today,
      passwordHash: o.passwordHash,
    });
    return district.id;
  });
  // Planning open today, like the main demo's, so both years can be tried side by side.
  await openPeriod({
    db,
    actorId: null,
    actingAs: "demo",
    districtId,
    templateCode: "2026-annual",
    name: DEMO_2026_PERIOD_NAME,
    now: o.now,
    windows: {
      ...windowsAround(o.today, { openedDaysAgo: 14, planningDaysLeft: 30, executionEndsIn: 300, endsIn: 350 }),
      executionOpensOn: addDays(o.today, -7),
      assessmentOpensOn: addDays(o.today, -7),
    },
  });
}
