import type { Db } from "../../db/client.js";
import { resultPredikat } from "../../domain/assessment/results.js";
import { stageLabel } from "../../domain/export/stage-label.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import { OBSERVATION_MODES, type ObservationMode } from "../../domain/practice/context.js";
import { dateInZone } from "../../domain/time/today.js";
import type { SessionActor } from "../core/session.js";
import { buildExcelReport, type ExcelReportPerson, type ExcelReportSchool } from "./excel-report.js";
import { angkaKreditFor, cycleRows, expectationOf, fileStem } from "./export-rows.js";
import { loadResultsPeriod } from "./load.js";

type Options = { db: Db; actor: SessionActor; periodId: string; now: Date };

/** The sheet of the pegawai without a school (pengawas: they accompany several). */
export const NO_SCHOOL = "Tanpa sekolah";

const modeOf = (v: string | null): ObservationMode | null =>
  v !== null && (OBSERVATION_MODES as readonly string[]).includes(v) ? (v as ObservationMode) : null;

/**
 * The district's report of a period as an .xlsx (`buildExcelReport`): every pegawai of the period,
 * all cycles, with where they stand (`stageLabel`), ratings and predikat once rated; a sheet per
 * school and a Ringkasan. Two statements; reads only.
 */
export async function exportReport({ db, actor, periodId, now }: Options) {
  const loaded = await loadResultsPeriod(db, actor, periodId, "results.read");
  const { period } = loaded;
  const today = dateInZone(now, loaded.timeZone);
  const bySchool = new Map<string | null, ExcelReportSchool & { people: ExcelReportPerson[] }>();
  for (const r of await cycleRows(db, periodId)) {
    const hasilKerja = expectationOf(r.hasil);
    const perilaku = expectationOf(r.perilaku);
    const result = resultPredikat(hasilKerja, perilaku);
    const person: ExcelReportPerson = {
      nip: r.nip,
      name: r.name,
      track: r.track,
      stage: stageLabel({
        track: r.track,
        planStatus: r.plan_status as PlanStatus | "not_started",
        windows: period,
        today,
        documents: r.documents ?? {},
        observationMode: modeOf(r.observation_mode),
      }),
      ratingHasilKerja: result ? hasilKerja : null,
      ratingPerilaku: result ? perilaku : null,
      predikat: result?.predikat ?? null,
      angkaKredit: result
        ? angkaKreditFor(
            { positionLevel: r.position_level, employmentStatus: r.employment_status },
            result.predikat,
            period,
          )
        : null,
    };
    let school = bySchool.get(r.school_id);
    if (!school) {
      school = { name: r.school_name ?? NO_SCHOOL, npsn: r.npsn, people: [] };
      bySchool.set(r.school_id, school);
    }
    school.people.push(person);
  }
  const body = await buildExcelReport({
    districtName: loaded.districtName,
    periodName: period.name,
    generatedAt: now.toISOString(),
    schools: [...bySchool.values()],
  });
  return {
    fileName: `${fileStem("laporan-penilaian", loaded)}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body,
  };
}
