import type { Db } from "../../db/client.js";
import { resultPredikat } from "../../domain/assessment/results.js";
import { type EkinerjaRow, ekinerjaCsv, ekinerjaJson } from "../../domain/export/ekinerja.js";
import type { SessionActor } from "../core/session.js";
import { angkaKreditFor, expectationOf, fileStem, ratedRows } from "./export-rows.js";
import { loadResultsPeriod } from "./load.js";

type Options = { db: Db; actor: SessionActor; periodId: string; format: "csv" | "json"; now: Date };

/** A byte-order mark: Excel reads a CSV as UTF-8 only when the file starts with one (docs/ekinerja-export.md). */
const BOM = "\uFEFF";

/**
 * The period's results for e-Kinerja (docs/ekinerja-export.md): a row for everyone with a rated or
 * acknowledged penilaian, as CSV (with a BOM) or JSON. Two statements; reads only.
 */
export async function exportEkinerja({ db, actor, periodId, format, now }: Options) {
  const loaded = await loadResultsPeriod(db, actor, periodId, "results.read");
  const { period } = loaded;
  const rows: EkinerjaRow[] = (await ratedRows(db, loaded)).flatMap((r) => {
    const perilaku = expectationOf(r.perilaku);
    const hasilKerja = expectationOf(r.hasil);
    const result = resultPredikat(hasilKerja, perilaku);
    if (result === null || perilaku === null) return [];
    const person = { positionLevel: r.position_level, employmentStatus: r.employment_status };
    return [
      {
        nip: r.nip,
        name: r.name,
        districtName: loaded.districtName,
        districtCode: loaded.districtCode,
        periodName: period.name,
        periodStartsOn: period.startsOn,
        periodEndsOn: period.endsOn,
        track: r.track,
        schoolName: r.school_name,
        schoolNpsn: r.npsn,
        ratingHasilKerja: hasilKerja,
        ratingPerilaku: perilaku,
        predikat: result.predikat,
        angkaKredit: angkaKreditFor(person, result.predikat, period),
        assessorNip: r.assessor_nip,
        assessorName: r.assessor_name ?? "",
        finalisedOn: r.decided_on,
        acknowledgedAt: r.acknowledged_at,
      },
    ];
  });
  const stem = fileStem("ekinerja", loaded);
  if (format === "csv") {
    return { fileName: `${stem}.csv`, contentType: "text/csv; charset=utf-8", body: BOM + ekinerjaCsv(rows) };
  }
  const meta = {
    district: { code: loaded.districtCode, name: loaded.districtName },
    period: { name: period.name, startsOn: period.startsOn, endsOn: period.endsOn },
    generatedAt: now.toISOString(),
  };
  return {
    fileName: `${stem}.json`,
    contentType: "application/json; charset=utf-8",
    body: `${JSON.stringify(ekinerjaJson(meta, rows), null, 2)}\n`,
  };
}
