import type { Expectation, Predikat } from "../assessment/scale.js";
import type { CycleTrack } from "../org/assessors.js";
import type { IsoDate } from "../org/types.js";
import { toCsv } from "./csv.js";
import { PREDIKAT_LABELS } from "./labels.js";

/**
 * The final Penilaian results of a period, for the Dinas to hand on to the national e-Kinerja (BKN).
 * BKN publishes no field list, so this is our own documented format (DOMAIN.md §5):
 * docs/ekinerja-export.md describes every column. Renaming or removing a column, or changing what
 * a value means, is a new format version (`kinerja.ekinerja/2`); adding a column at the end is not.
 */
export const EKINERJA_FORMAT = "kinerja.ekinerja/1";

/** One pegawai's finalised result, as the use case loads it. */
export type EkinerjaRow = {
  /** Null for a pegawai without a NIP (non-ASN). */
  nip: string | null;
  name: string;
  districtName: string;
  districtCode: string;
  periodName: string;
  periodStartsOn: IsoDate;
  periodEndsOn: IsoDate;
  track: CycleTrack;
  /** Null for a pengawas (no one school) or a pegawai without a current school. */
  schoolName: string | null;
  schoolNpsn: string | null;
  /** Null for a pegawai rated on perilaku only (appointed late in the period, DOMAIN.md §5). */
  ratingHasilKerja: Expectation | null;
  ratingPerilaku: Expectation;
  predikat: Predikat;
  /** The year's (or semester's) angka kredit; null where none applies (no jenjang jabatan recorded, non-ASN). */
  angkaKredit: number | null;
  /** The pejabat penilai who gave the final rating (the atasan; the Kepala Dinas for KS and pengawas). */
  /** Null when the pejabat penilai has no NIP recorded. */
  assessorNip: string | null;
  assessorName: string;
  /** The district's calendar date the result was finalised. */
  finalisedOn: IsoDate;
  /** The instant (ISO 8601) the pegawai acknowledged the result; null while they have not. */
  acknowledgedAt: string | null;
};

/** A row of the JSON document: the CSV's column names, typed values, the file-wide columns left out. */
export type EkinerjaJsonRow = {
  nip: string | null;
  nama: string;
  peran: CycleTrack;
  npsn: string | null;
  nama_sekolah: string | null;
  rating_hasil_kerja: Expectation | null;
  rating_perilaku_kerja: Expectation;
  predikat: Predikat;
  predikat_label: string;
  angka_kredit: number | null;
  nip_pejabat_penilai: string | null;
  nama_pejabat_penilai: string;
  tanggal_penetapan: IsoDate;
  waktu_diketahui_pegawai: string | null;
};

/** The columns the same for every row of a file: in the CSV on each line, in the JSON once at the top. */
type FileCells = {
  kode_dinas: string;
  nama_dinas: string;
  periode: string;
  tanggal_mulai: IsoDate;
  tanggal_selesai: IsoDate;
};

/** The CSV's columns, in order. docs/ekinerja-export.md lists each; a test holds the two together. */
export const EKINERJA_CSV_COLUMNS = [
  "nip",
  "nama",
  "kode_dinas",
  "nama_dinas",
  "periode",
  "tanggal_mulai",
  "tanggal_selesai",
  "peran",
  "npsn",
  "nama_sekolah",
  "rating_hasil_kerja",
  "rating_perilaku_kerja",
  "predikat",
  "predikat_label",
  "angka_kredit",
  "nip_pejabat_penilai",
  "nama_pejabat_penilai",
  "tanggal_penetapan",
  "waktu_diketahui_pegawai",
] as const satisfies readonly (keyof (EkinerjaJsonRow & FileCells))[];

/**
 * Angka kredit with a dot decimal, at most 4 decimals (a semester's 12.5 × 25% ÷ 2 = 1.5625),
 * trailing zeros dropped, never an exponent: 37.5 → "37.5", 25 → "25".
 */
export function formatAngkaKredit(value: number): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`angka kredit must be a number ≥ 0, got ${value}`);
  return value.toFixed(4).replace(/\.?0+$/, "");
}

function jsonRow(r: EkinerjaRow): EkinerjaJsonRow {
  return {
    nip: r.nip,
    nama: r.name,
    peran: r.track,
    npsn: r.schoolNpsn,
    nama_sekolah: r.schoolName,
    rating_hasil_kerja: r.ratingHasilKerja,
    rating_perilaku_kerja: r.ratingPerilaku,
    predikat: r.predikat,
    predikat_label: PREDIKAT_LABELS[r.predikat],
    angka_kredit: r.angkaKredit === null ? null : Number(formatAngkaKredit(r.angkaKredit)),
    nip_pejabat_penilai: r.assessorNip,
    nama_pejabat_penilai: r.assessorName,
    tanggal_penetapan: r.finalisedOn,
    waktu_diketahui_pegawai: r.acknowledgedAt,
  };
}

function fileCells(r: EkinerjaRow): FileCells {
  return {
    kode_dinas: r.districtCode,
    nama_dinas: r.districtName,
    periode: r.periodName,
    tanggal_mulai: r.periodStartsOn,
    tanggal_selesai: r.periodEndsOn,
  };
}

/** The CSV (UTF-8, comma, LF, header first): null is an empty cell, formula-like text neutralised by toCsv. */
export function ekinerjaCsv(rows: readonly EkinerjaRow[]): string {
  return toCsv(
    EKINERJA_CSV_COLUMNS,
    rows.map((r) => {
      const cells = { ...fileCells(r), ...jsonRow(r) };
      return EKINERJA_CSV_COLUMNS.map((c) => {
        const v = cells[c];
        return v === null ? "" : typeof v === "number" ? formatAngkaKredit(v) : v;
      });
    }),
  );
}

export type EkinerjaMeta = {
  district: { code: string; name: string };
  period: { name: string; startsOn: IsoDate; endsOn: IsoDate };
  /** When the file was made (ISO 8601 instant); passed in so the function stays pure. */
  generatedAt: string;
};

export type EkinerjaDocument = EkinerjaMeta & { format: typeof EKINERJA_FORMAT; rows: EkinerjaJsonRow[] };

/**
 * The JSON document (the caller stringifies it). One file is one district and one period: a row
 * of another is a bug in the caller's query, refused rather than exported under the wrong header.
 */
export function ekinerjaJson(meta: EkinerjaMeta, rows: readonly EkinerjaRow[]): EkinerjaDocument {
  for (const r of rows) {
    const p = meta.period;
    if (r.districtCode !== meta.district.code)
      throw new Error(`row ${r.nip}: district ${r.districtCode}, not ${meta.district.code}`);
    if (r.periodName !== p.name || r.periodStartsOn !== p.startsOn || r.periodEndsOn !== p.endsOn)
      throw new Error(`row ${r.nip}: period ${r.periodName}, not ${p.name}`);
  }
  return {
    format: EKINERJA_FORMAT,
    generatedAt: meta.generatedAt,
    district: { code: meta.district.code, name: meta.district.name },
    period: { name: meta.period.name, startsOn: meta.period.startsOn, endsOn: meta.period.endsOn },
    rows: rows.map(jsonRow),
  };
}
