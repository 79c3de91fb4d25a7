import { Command } from "commander";
import { systemClock } from "../server/core/clock.js";
import { generateScaleDistrict, SCALE_PASSWORD } from "./demo-scale/generate.js";
import { openCliDatabase } from "./open-db.js";

/** `kinerja demo-scale --teachers 10000`: a synthetic district for load tests (see docs/performance.md). */
export function demoScaleCommand(): Command {
  return new Command("demo-scale")
    .description("Buat dinas sintetis untuk uji beban (data benchmark, satu kata sandi untuk semua akun)")
    .option("--teachers <n>", "jumlah guru", "10000")
    .option("--code <kode>", "kode dinas (awalan nama pengguna)", "SCALE")
    .action(async (o: { teachers: string; code: string }) => {
      const teachers = Number(o.teachers);
      if (!Number.isInteger(teachers) || teachers < 30) throw new Error("--teachers: bilangan bulat ≥ 30");
      const database = await openCliDatabase();
      try {
        const r = await generateScaleDistrict({
          db: database.db,
          code: o.code,
          teachers,
          now: systemClock.now(),
          onStep: (step, seconds) => console.log(`${step}: ${seconds.toFixed(1)} s`),
        });
        const u = o.code.toLowerCase();
        console.log(
          `Dinas ${o.code}: ${r.schools} sekolah, ${r.cycles} siklus, rencana ${JSON.stringify(r.plans)}. ` +
            `Akun: ${u}.t1 … (guru), ${u}.k1 (KS), ${u}.p1 (pengawas), ${u}.o1 (operator), ${u}.a1 (admin), ` +
            `${u}.h1 (Kepala Dinas); kata sandi ${SCALE_PASSWORD} (data benchmark).`,
        );
      } finally {
        await database.close();
      }
    });
}
