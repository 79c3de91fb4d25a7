import type { AssignmentKind, EmploymentStatus, IsoDate, SchoolLevel } from "../org/types.js";
import type { ImportKind, RowError } from "./types.js";

/** What the database already holds, as far as the file touches it (loaded by the server). */
export type ExistingSchool = {
  id: string;
  districtId: string;
  npsn: string;
  name: string;
  level: SchoolLevel;
  address: string;
};

export type PersonFields = {
  nip: string | null;
  nuptk: string | null;
  email: string | null;
  name: string;
  employmentStatus: EmploymentStatus;
  rank: string;
  positionLevel: string;
  ptkType: string;
  additionalDuties: string[];
};

export type ExistingPerson = PersonFields & { id: string };

export type ExistingAssignment = {
  id: string;
  personId: string;
  kind: AssignmentKind;
  schoolId: string | null;
  acting: boolean;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
};

export type Existing = {
  schools: ExistingSchool[];
  people: ExistingPerson[];
  /** Assignments of the people above. */
  assignments: ExistingAssignment[];
  /**
   * Every district where each person above holds or held an assignment, by person id. An import
   * may only match people of its own district (or with no assignment anywhere).
   */
  personDistricts: Record<string, string[]>;
  /** Principal (KS and Plt) assignments at the file's schools, whoever holds them. */
  schoolPrincipals: ExistingAssignment[];
  /** Account usernames already taken among the ones the file would create. */
  takenUsernames: string[];
};

export type NewSchool = ExistingSchool;
export type SchoolChange = {
  id: string;
  npsn: string;
  set: Partial<Pick<ExistingSchool, "name" | "level" | "address">>;
};
export type NewPerson = ExistingPerson;
export type PersonChange = { id: string; set: Partial<PersonFields> };
export type NewAssignment = {
  id: string;
  personId: string;
  kind: ImportKind;
  districtId: string;
  schoolId: string;
  acting: boolean;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
};
export type AssignmentChange = { id: string; endsOn: IsoDate | null };
export type NewAccount = { personId: string; name: string; username: string };

/** Everything the import would write; applied as is, in one transaction, only when `errors` is empty. */
export type ImportPlan = {
  schools: { create: NewSchool[]; update: SchoolChange[]; unchanged: number };
  people: { create: NewPerson[]; update: PersonChange[]; unchanged: number };
  assignments: { create: NewAssignment[]; update: AssignmentChange[]; unchanged: number };
  accounts: NewAccount[];
  errors: RowError[];
};
