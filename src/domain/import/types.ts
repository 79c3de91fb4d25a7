import type { EmploymentStatus, IsoDate, SchoolLevel } from "../org/types.js";

/** The columns of the staff CSV, in the order the example and the docs list them. */
export const STAFF_COLUMNS = [
  "npsn",
  "nama_sekolah",
  "jenjang",
  "alamat_sekolah",
  "nip",
  "nuptk",
  "nama",
  "email",
  "status_kepegawaian",
  "pangkat_golongan",
  "jenjang_jabatan",
  "jenis_ptk",
  "peran",
  "plt",
  "tugas_tambahan",
  "tanggal_mulai",
  "tanggal_selesai",
] as const;
export type StaffColumn = (typeof STAFF_COLUMNS)[number];

export const SCHOOL_COLUMNS = ["nama_sekolah", "jenjang", "alamat_sekolah"] as const satisfies StaffColumn[];
export const PERSON_COLUMNS = STAFF_COLUMNS.filter(
  (c) => c !== "npsn" && !(SCHOOL_COLUMNS as readonly string[]).includes(c),
);

/** The assignment kinds a CSV row can create: school staff only, never district-wide hats. */
export const IMPORT_KINDS = ["teacher", "principal", "supervisor", "operator"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One problem in one cell (or the whole row when `column` is empty). Line 1 is the header. */
export type RowError = { line: number; column: string; message: string };

/** Problems that stop reading the file before any row is looked at. */
export type FileProblem =
  | { kind: "notCsv" }
  | { kind: "notUtf8" }
  | { kind: "empty" }
  | { kind: "missingColumns"; columns: string[] }
  | { kind: "duplicateColumns"; columns: string[] };

export type SchoolCells = {
  npsn: string;
  /** Null when the cell is empty: the row only refers to the school. */
  name: string | null;
  level: SchoolLevel | null;
  address: string | null;
};

export type PersonCells = {
  nip: string | null;
  nuptk: string | null;
  /** Lower-cased. */
  email: string | null;
  name: string;
  /** Null when empty: required only for a new person (checked against the database). */
  employmentStatus: EmploymentStatus | null;
  rank: string | null;
  positionLevel: string | null;
  ptkType: string | null;
  /** Null when the cell is empty: existing duties are kept. */
  additionalDuties: string[] | null;
};

export type AssignmentCells = {
  kind: ImportKind;
  acting: boolean;
  startsOn: IsoDate;
  /** False when tanggal_mulai was empty and `startsOn` is the import date. */
  startsGiven: boolean;
  endsOn: IsoDate | null;
};

export type StaffRow = {
  line: number;
  school: SchoolCells;
  /** Both null for a row that only creates or updates a school. */
  person: PersonCells | null;
  assignment: AssignmentCells | null;
};

/** Rows that name the same person (sharing a NIP, NUPTK or e-mail), merged. */
export type PersonGroup = {
  key: string;
  /** Line of the first row naming this person: where person-level problems are reported. */
  line: number;
  lines: number[];
  person: PersonCells;
};

/** Rows with the same NPSN, merged: the first non-empty value of each school cell. */
export type SchoolGroup = { line: number; lines: number[]; school: SchoolCells };

export type FileAssignment = AssignmentCells & { line: number; personKey: string; npsn: string };
