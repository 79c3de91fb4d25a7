import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  json,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { ASSIGNMENT_KINDS, EMPLOYMENT_STATUSES, SCHOOL_LEVELS } from "../../domain/org/types.js";
import { DEFAULT_TIME_ZONE, TIME_ZONES, type TimeZone } from "../../domain/time/today.js";
import { createdAt, id, updatedAt } from "./columns.js";

// Organisation: districts, schools, people and their dated assignments (hats).

export const assignmentKind = pgEnum("assignment_kind", ASSIGNMENT_KINDS);
export const employmentStatus = pgEnum("employment_status", EMPLOYMENT_STATUSES);
export const schoolLevel = pgEnum("school_level", SCHOOL_LEVELS);

export const districts = pgTable(
  "districts",
  {
    id: id(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    /** Whose midnight "today" follows: planning windows and Plt terms change at local midnight. */
    timeZone: text("time_zone").$type<TimeZone>().notNull().default(DEFAULT_TIME_ZONE),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      "districts_time_zone_check",
      sql.raw(`${t.timeZone.name} in (${TIME_ZONES.map((z) => `'${z}'`).join(", ")})`),
    ),
  ],
);

export const schools = pgTable(
  "schools",
  {
    id: id(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id),
    npsn: text("npsn").notNull().unique(),
    name: text("name").notNull(),
    level: schoolLevel("level").notNull(),
    address: text("address").notNull().default(""),
    /** What a search box matches: see `people.searchKey`. */
    searchKey: text("search_key").notNull().generatedAlwaysAs(sql`lower(name || ' ' || npsn)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("schools_district_idx").on(t.districtId),
    index("schools_search_trgm_idx").using("gin", t.searchKey.op("gin_trgm_ops")),
    // A search's schools within the district (btree_gin, as district_people): a sequential scan read
    // every school of the district, 3,334 at 100,000 people (2.7 ms of a cycles search).
    index("schools_district_search_trgm_idx").using("gin", t.districtId, t.searchKey.op("gin_trgm_ops")),
  ],
);

export const people = pgTable(
  "people",
  {
    id: id(),
    nip: text("nip").unique(),
    nuptk: text("nuptk").unique(),
    name: text("name").notNull(),
    email: text("email").unique(),
    /** The language e-mail reaches the person in (the UI's own choice lives on the device). */
    language: text("language", { enum: ["id", "en"] })
      .notNull()
      .default("id"),
    employmentStatus: employmentStatus("employment_status").notNull(),
    rank: text("rank").notNull().default(""),
    positionLevel: text("position_level").notNull().default(""),
    ptkType: text("ptk_type").notNull().default(""),
    /** Tugas tambahan from the staff data (wali kelas, kepala laboratorium, ...). */
    additionalDuties: jsonb("additional_duties").$type<string[]>().notNull().default([]),
    /**
     * Name and NIP in lower case, kept by the database: every search box matches `LIKE '%…%'` on
     * it. ILIKE folds the case of every row at every search (most of a search's CPU under load);
     * LIKE on a stored lower-case copy does not, and one trigram index serves both fields.
     */
    // NUPTK too (migration 0023): a non-ASN teacher has no NIP, and the box says "nama, NIP, atau NUPTK".
    searchKey: text("search_key")
      .notNull()
      .generatedAlwaysAs(sql`lower(name || ' ' || coalesce(nip, '') || ' ' || coalesce(nuptk, ''))`),
    /**
     * Every hat of the person as text rows with its district's time zone (`hatsOf`), and their
     * account's username: copies kept by the database (migration 0034), so the session's statement
     * and a page of people read them with the person instead of two lookups per person.
     */
    hats: json("hats").$type<(string | null)[][]>().notNull().default(sql`'[]'::json`),
    accountUsername: text("account_username"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The admin's people list: pages in (name, id) order; `?q=` is a substring anywhere, which only
    // a trigram index serves (pg_trgm, loaded on both engines: src/db/client.ts).
    index("people_name_id_idx").on(t.name, t.id),
    index("people_search_trgm_idx").using("gin", t.searchKey.op("gin_trgm_ops")),
    // Sign-in with belajar.id matches the provider's e-mail case-insensitively (as the import does).
    index("people_email_lower_idx").on(sql`lower(${t.email})`),
    check("people_language_check", sql`${t.language} in ('id', 'en')`),
  ],
);

/**
 * Every word start of a person's search key, to its end ("ani wulandari 1970…", "wulandari
 * 1970…", "1970…"), kept by statement triggers on `people` (migration 0021). A search box first
 * lists the people a word of whose name or NIP starts with the term, walking this index in
 * order: a page costs the same at 10,000 people and at a million however common the term,
 * where a substring match in name order reads every match or every name before it.
 */
export const personSearchWords = pgTable(
  "person_search_words",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    suffix: text("suffix").notNull(),
    /**
     * How many leading characters this suffix shares with the person's previous one in byte order
     * (0 for the first). A term finds the person once, at the first of their suffixes it starts:
     * the one sharing fewer than the term's length with the one before (migration 0030).
     */
    shared: smallint("shared").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.suffix] }),
    // Byte order: LIKE 'term%' is a range of this index and its walk is the page's order.
    index("person_search_words_suffix_idx").on(sql`(${t.suffix} collate "C")`, t.personId),
  ],
);

/**
 * `person_search_words` for each district the person has a hat in (any date: a hat is ended, never
 * deleted), kept by statement triggers on `assignments` and `person_search_words` (migration 0028).
 * A district's search box walks its own word starts: over the whole table, a common first name
 * walked every match of the province or the country to find the district's (10 districts of
 * 10,000: "Budi" walked 1,010 word starts for a page and its count of 101).
 */
export const districtSearchWords = pgTable(
  "district_search_words",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id, { onDelete: "cascade" }),
    suffix: text("suffix").notNull(),
    /** `person_search_words.shared`. */
    shared: smallint("shared").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.districtId, t.suffix] }),
    // As person_search_words_suffix_idx, within the district; with `shared`, the walk reads no table row.
    index("district_search_words_walk_idx").on(t.districtId, sql`(${t.suffix} collate "C")`, t.personId, t.shared),
  ],
);

/**
 * Each person once per district of their hats (any date), with their search key, kept by statement
 * triggers on `assignments` and `people` (migration 0029). A district's search box finds a term inside
 * a word ("yanto" in "Suryanto") in one GIN index on (district, trigrams) (btree_gin): over
 * `people`, it read every match of the province or the country ("udi": 8,950 rows for 895).
 */
export const districtPeople = pgTable(
  "district_people",
  {
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    searchKey: text("search_key").notNull(),
    /** The person's name: the second group's order, without a lookup per match. */
    name: text("name").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.personId] }),
    index("district_people_person_idx").on(t.personId),
    index("district_people_search_trgm_idx").using("gin", t.districtId, t.searchKey.op("gin_trgm_ops")),
  ],
);

export const assignments = pgTable(
  "assignments",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: assignmentKind("kind").notNull(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id),
    /** Null for district-wide hats: tim_kinerja, admin, head_of_district. */
    schoolId: uuid("school_id").references(() => schools.id),
    /** Plt: acting principal for the date range. */
    acting: boolean("acting").notNull().default(false),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    /** Inclusive; null = open-ended. */
    endsOn: date("ends_on", { mode: "string" }),
    createdAt: createdAt(),
    /**
     * The person's name, kept by triggers (migration 0027: set on insert, followed on a rename, as
     * `cycles.person_name`) so the district's list walks its own rows in name order: ordered by
     * `people.name`, a small district's page walked the whole country's people by name.
     */
    personName: text("person_name").notNull().default(""),
  },
  (t) => [
    index("assignments_person_idx").on(t.personId),
    // The district's assignments list, a page at a time in name order.
    index("assignments_district_name_idx").on(t.districtId, t.personName, t.id),
    // (school, kind): a school's KS among its hats, probed by every plan and practice scope.
    index("assignments_school_kind_idx").on(t.schoolId, t.kind),
    // (district, person): "is this person in the district" and the district's head count, index-only.
    index("assignments_district_person_idx").on(t.districtId, t.personId),
    // The district's people list, a page at a time in (name, person) order, each person once.
    index("assignments_district_person_name_idx").on(t.districtId, t.personName, t.personId),
    index("assignments_district_kind_idx").on(t.districtId, t.kind),
  ],
);

/**
 * How many assignments of each kind a district has, per end date (open-ended as 'infinity'), kept
 * by triggers on `assignments` (migration 0018): the assignments list counts its current hats per
 * kind by summing the rows that end today or later, a few rows whatever the district's size.
 */
export const assignmentTallies = pgTable(
  "assignment_tallies",
  {
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id, { onDelete: "cascade" }),
    kind: assignmentKind("kind").notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.kind, t.endsOn] })],
);

/**
 * Which Tim Kinerja member(s) observe a KS or pengawas, named by the district admin (usually one
 * each, ~25 subjects per member). A link has no dates of its own: it counts while the member
 * holds an active tim_kinerja hat in the district (`superiorOn` checks), so ending the hat ends
 * every link at once. Unassigning deletes the row; the audit log keeps the history.
 */
export const timKinerjaSubjects = pgTable(
  "tim_kinerja_subjects",
  {
    id: id(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id),
    memberId: uuid("member_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    subjectId: uuid("subject_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("tim_kinerja_subjects_member_subject_key").on(t.memberId, t.subjectId),
    // A member never observes themselves (DOMAIN.md §1; also refused by the use case with a clear message).
    check("tim_kinerja_subjects_not_self", sql`${t.memberId} <> ${t.subjectId}`),
    index("tim_kinerja_subjects_subject_idx").on(t.subjectId),
    index("tim_kinerja_subjects_district_member_idx").on(t.districtId, t.memberId),
  ],
);
