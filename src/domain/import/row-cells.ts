import type { IsoDate } from "../org/types.js";
import * as cell from "./cells.js";
import { PERSON_COLUMNS, type RowError, STAFF_COLUMNS, type StaffColumn, type StaffRow } from "./types.js";

/** One CSV row (cells by column name) → a typed row, or every problem found in its cells. */
export function toStaffRow(
  get: (column: StaffColumn) => string,
  line: number,
  today: IsoDate,
): { row: StaffRow | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const take = <T>(column: StaffColumn, result: cell.Cell<T>): T | undefined => {
    if (result.ok) return result.value;
    errors.push({ line, column, message: result.message });
    return undefined;
  };
  const fail = (column: StaffColumn | "", message: string) => errors.push({ line, column, message });
  for (const column of STAFF_COLUMNS) {
    const message = cell.controlCharacterMessage(get(column), column);
    if (message) fail(column, message);
  }
  if (errors.length > 0) return { row: null, errors };

  const npsn = take("npsn", cell.digits(get("npsn"), "NPSN", 8));
  if (npsn === null) fail("npsn", "NPSN wajib diisi pada setiap baris.");
  const schoolName = take("nama_sekolah", cell.text(get("nama_sekolah"), "Nama sekolah", 200));
  if (schoolName && schoolName.length < 3) fail("nama_sekolah", "Nama sekolah terlalu pendek (min. 3 karakter).");
  const level = take("jenjang", cell.level(get("jenjang")));
  const address = take("alamat_sekolah", cell.text(get("alamat_sekolah"), "Alamat sekolah", 500));

  const hasPerson = PERSON_COLUMNS.some((c) => cell.clean(get(c)) !== "");
  if (!hasPerson) {
    if (errors.length > 0 || !npsn) return { row: null, errors };
    return {
      row: {
        line,
        school: { npsn, name: schoolName ?? null, level: level ?? null, address: address ?? null },
        person: null,
        assignment: null,
      },
      errors,
    };
  }

  const nip = take("nip", cell.digits(get("nip"), "NIP", 18));
  const nuptk = take("nuptk", cell.digits(get("nuptk"), "NUPTK", 16));
  const email = take("email", cell.email(get("email")));
  if (nip === null && nuptk === null && email === null) {
    fail("nip", "Isi minimal satu identitas: NIP, NUPTK, atau e-mail.");
  }
  const name = take("nama", cell.personName(get("nama")));
  const status = take("status_kepegawaian", cell.employmentStatus(get("status_kepegawaian")));
  const rank = take("pangkat_golongan", cell.text(get("pangkat_golongan"), "Pangkat/golongan", 100));
  const positionLevel = take("jenjang_jabatan", cell.text(get("jenjang_jabatan"), "Jenjang jabatan", 100));
  const ptkType = take("jenis_ptk", cell.text(get("jenis_ptk"), "Jenis PTK", 100));
  const duties = take("tugas_tambahan", cell.duties(get("tugas_tambahan")));
  const kind = take("peran", cell.role(get("peran")));
  const acting = take("plt", cell.yesNo(get("plt")));
  if (acting && kind && kind !== "principal") fail("plt", "Plt hanya berlaku untuk peran kepala_sekolah.");
  const starts = take("tanggal_mulai", cell.date(get("tanggal_mulai")));
  const ends = take("tanggal_selesai", cell.date(get("tanggal_selesai")));
  const startsOn = starts ?? today;
  if (starts !== undefined && ends && ends < startsOn) {
    const from = starts ? startsOn : `${startsOn}, tanggal impor, karena tanggal_mulai kosong`;
    fail("tanggal_selesai", `Tanggal selesai (${ends}) sebelum tanggal mulai (${from}).`);
  }

  if (errors.length > 0 || !npsn || name === undefined || kind === undefined) return { row: null, errors };
  return {
    row: {
      line,
      school: { npsn, name: schoolName ?? null, level: level ?? null, address: address ?? null },
      person: {
        nip: nip ?? null,
        nuptk: nuptk ?? null,
        email: email ?? null,
        name,
        employmentStatus: status ?? null,
        rank: rank ?? null,
        positionLevel: positionLevel ?? null,
        ptkType: ptkType ?? null,
        additionalDuties: duties ?? null,
      },
      assignment: {
        kind,
        acting: acting ?? false,
        startsOn,
        startsGiven: starts !== null && starts !== undefined,
        endsOn: ends ?? null,
      },
    },
    errors,
  };
}
