import type {
  FileAssignment,
  PersonCells,
  PersonGroup,
  RowError,
  SchoolCells,
  SchoolGroup,
  StaffColumn,
  StaffRow,
} from "./types.js";

export type GroupedRows = {
  schools: SchoolGroup[];
  people: PersonGroup[];
  assignments: FileAssignment[];
  errors: RowError[];
};

type Conflict = (line: number, column: StaffColumn, message: string) => void;
type Field<T> = readonly [keyof T & string, StaffColumn, string];

const SCHOOL_FIELDS: readonly Field<SchoolCells>[] = [
  ["name", "nama_sekolah", "Nama sekolah"],
  ["level", "jenjang", "Jenjang"],
  ["address", "alamat_sekolah", "Alamat sekolah"],
];

const PERSON_FIELDS: readonly Field<PersonCells>[] = [
  ["nip", "nip", "NIP"],
  ["nuptk", "nuptk", "NUPTK"],
  ["email", "email", "E-mail"],
  ["name", "nama", "Nama"],
  ["employmentStatus", "status_kepegawaian", "Status kepegawaian"],
  ["rank", "pangkat_golongan", "Pangkat/golongan"],
  ["positionLevel", "jenjang_jabatan", "Jenjang jabatan"],
  ["ptkType", "jenis_ptk", "Jenis PTK"],
];

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * A merged entity: the first non-empty value of each field, and the line it came from. A later
 * row with another value is a conflict, reported on that row instead of one value silently winning.
 */
class Merged<T extends object> {
  readonly lines: number[];
  private readonly from = new Map<string, number>();

  constructor(
    readonly value: T,
    line: number,
    private readonly fields: readonly Field<T>[],
    private readonly subject: string,
  ) {
    this.lines = [line];
    for (const [f] of fields) if (value[f] !== null) this.from.set(f, line);
  }

  add(row: T, line: number, conflict: Conflict): void {
    this.lines.push(line);
    for (const [f, column, label] of this.fields) {
      const mine = row[f];
      const theirs = this.value[f];
      if (mine === null) continue;
      if (theirs === null) {
        this.value[f] = mine;
        this.from.set(f, line);
      } else if (!same(String(mine), String(theirs))) {
        const at = this.from.get(f);
        conflict(line, column, `${label} "${mine}" berbeda dengan baris ${at} ("${theirs}") untuk ${this.subject}.`);
      }
    }
  }
}

/**
 * Cross-row checks. Rows naming the same person (a pengawas on one row per school, a Plt also
 * listed as guru) are merged: any shared NIP, NUPTK or e-mail links them.
 */
export function groupRows(rows: readonly StaffRow[]): GroupedRows {
  const errors: RowError[] = [];
  const conflict: Conflict = (line, column, message) => errors.push({ line, column, message });

  const schools = new Map<string, Merged<SchoolCells>>();
  for (const row of rows) {
    const g = schools.get(row.school.npsn);
    if (g) g.add(row.school, row.line, conflict);
    else schools.set(row.school.npsn, new Merged({ ...row.school }, row.line, SCHOOL_FIELDS, "NPSN yang sama"));
  }

  const keyOf = personKeys(rows);
  const people = new Map<string, Merged<PersonCells>>();
  for (const row of rows) {
    if (!row.person) continue;
    const key = keyOf(row.person);
    const g = people.get(key);
    if (!g) {
      people.set(key, new Merged({ ...row.person }, row.line, PERSON_FIELDS, "orang yang sama"));
      continue;
    }
    g.add(row.person, row.line, conflict);
    // Duties are gathered from every row: a pengawas may list some on each school's row.
    const known = g.value.additionalDuties ?? [];
    const extra = (row.person.additionalDuties ?? []).filter((d) => !known.some((k) => same(k, d)));
    g.value.additionalDuties = known.length + extra.length > 0 ? [...known, ...extra] : null;
  }

  const assignments: FileAssignment[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!row.person || !row.assignment) continue;
    const personKey = keyOf(row.person);
    const a = row.assignment;
    // An empty tanggal_mulai stands for "the current assignment", whatever the import date.
    const key = [personKey, a.kind, row.school.npsn, a.acting, a.startsGiven ? a.startsOn : "-"].join("|");
    const first = seen.get(key);
    if (first !== undefined) {
      const message = `Duplikat dengan baris ${first}: orang, peran, sekolah, plt dan tanggal mulai sama.`;
      errors.push({ line: row.line, column: "", message });
      continue;
    }
    seen.set(key, row.line);
    assignments.push({ ...a, line: row.line, personKey, npsn: row.school.npsn });
  }

  return {
    schools: [...schools.values()].map((g) => ({ line: g.lines[0] as number, lines: g.lines, school: g.value })),
    people: [...people].map(([key, g]) => ({ key, line: g.lines[0] as number, lines: g.lines, person: g.value })),
    assignments,
    errors: errors.sort((a, b) => a.line - b.line),
  };
}

/** Union-find over identifiers: rows sharing any NIP, NUPTK or e-mail get the same key. */
function personKeys(rows: readonly StaffRow[]): (p: PersonCells) => string {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  const ids = (p: PersonCells) =>
    (["nip", "nuptk", "email"] as const).filter((f) => p[f] !== null).map((f) => `${f}:${p[f]}`);
  for (const row of rows) {
    if (!row.person) continue;
    const [first, ...rest] = ids(row.person);
    if (first) for (const k of rest) parent.set(find(k), find(first));
  }
  // Every person row has at least one identifier (checked per row before grouping).
  return (p) => find(ids(p)[0] as string);
}
