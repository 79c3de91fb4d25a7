import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { CYCLE_TRACKS, SUPERIOR_KINDS } from "../domain/org/assessors.js";
import { ASSIGNMENT_KINDS, EMPLOYMENT_STATUSES, SCHOOL_LEVELS } from "../domain/org/types.js";
import type { PlanContent } from "../domain/planning/content.js";
import { PLAN_STATUSES } from "../domain/planning/state.js";
import type { RuleSetContent } from "../domain/rulesets/types.js";

// Workflow fields are real columns with constraints; free-form documents are typed JSONB.

export const assignmentKind = pgEnum("assignment_kind", ASSIGNMENT_KINDS);
export const employmentStatus = pgEnum("employment_status", EMPLOYMENT_STATUSES);
export const schoolLevel = pgEnum("school_level", SCHOOL_LEVELS);
export const cycleTrack = pgEnum("cycle_track", CYCLE_TRACKS);
export const superiorKind = pgEnum("superior_kind", SUPERIOR_KINDS);

const id = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const districts = pgTable("districts", {
  id: id(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("schools_district_idx").on(t.districtId)],
);

export const people = pgTable("people", {
  id: id(),
  nip: text("nip").unique(),
  nuptk: text("nuptk").unique(),
  name: text("name").notNull(),
  email: text("email").unique(),
  employmentStatus: employmentStatus("employment_status").notNull(),
  rank: text("rank").notNull().default(""),
  positionLevel: text("position_level").notNull().default(""),
  ptkType: text("ptk_type").notNull().default(""),
  /** Tugas tambahan from the staff data (wali kelas, kepala laboratorium, ...). */
  additionalDuties: jsonb("additional_duties").$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

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
  },
  (t) => [
    index("assignments_person_idx").on(t.personId),
    index("assignments_school_idx").on(t.schoolId),
    index("assignments_district_idx").on(t.districtId),
  ],
);

export const accounts = pgTable("accounts", {
  personId: uuid("person_id")
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  /** NIP or e-mail, stored lower-case. */
  username: text("username").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  mustChangePassword: boolean("must_change_password").notNull().default(false),
  failedAttempts: integer("failed_attempts").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  disabled: boolean("disabled").notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie token: a leaked table does not hand out live sessions. */
    tokenHash: text("token_hash").primaryKey(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    userAgent: text("user_agent").notNull().default(""),
    ip: text("ip").notNull().default(""),
  },
  (t) => [index("sessions_person_idx").on(t.personId)],
);

export const ruleSets = pgTable(
  "rule_sets",
  {
    id: id(),
    /** Template code, e.g. "2024-semester", "2026-annual". */
    code: text("code").notNull(),
    version: integer("version").notNull(),
    name: text("name").notNull(),
    content: jsonb("content").$type<RuleSetContent>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("rule_sets_code_version_idx").on(t.code, t.version)],
);

export const periods = pgTable(
  "periods",
  {
    id: id(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id),
    ruleSetId: uuid("rule_set_id")
      .notNull()
      .references(() => ruleSets.id),
    name: text("name").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    planningOpensOn: date("planning_opens_on", { mode: "string" }).notNull(),
    planningClosesOn: date("planning_closes_on", { mode: "string" }).notNull(),
    executionOpensOn: date("execution_opens_on", { mode: "string" }).notNull(),
    executionClosesOn: date("execution_closes_on", { mode: "string" }).notNull(),
    assessmentOpensOn: date("assessment_opens_on", { mode: "string" }).notNull(),
    assessmentClosesOn: date("assessment_closes_on", { mode: "string" }).notNull(),
    createdBy: uuid("created_by").references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [index("periods_district_idx").on(t.districtId)],
);

export const cycles = pgTable(
  "cycles",
  {
    id: id(),
    periodId: uuid("period_id")
      .notNull()
      .references(() => periods.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    track: cycleTrack("track").notNull(),
    schoolId: uuid("school_id").references(() => schools.id),
    /** Null when no atasan could be derived: listed to the admin, never dropped. */
    superiorId: uuid("superior_id").references(() => people.id),
    superiorKind: superiorKind("superior_kind"),
    phase: text("phase").notNull().default("perencanaan"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("cycles_period_person_idx").on(t.periodId, t.personId),
    index("cycles_superior_idx").on(t.superiorId),
  ],
);

/** Tim Kinerja members who observe and rate a KS or pengawas on the Kepala Dinas' behalf. */
export const cycleAssessors = pgTable(
  "cycle_assessors",
  {
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.personId] }), index("cycle_assessors_person_idx").on(t.personId)],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: id(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => people.id),
    /** e.g. "plt_kepala_sekolah", "admin", "cli". */
    actingAs: text("acting_as").notNull().default(""),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    reason: text("reason"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_entity_idx").on(t.entityType, t.entityId)],
);

// ── Perencanaan (planning) ──────────────────────────────────────────────────────────────────

export const planStatus = pgEnum("plan_status", PLAN_STATUSES);

/** One plan per cycle. `version` guards concurrent edits; `revision` counts reopenings. */
export const plans = pgTable(
  "plans",
  {
    id: id(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    status: planStatus("status").notNull().default("draft"),
    version: integer("version").notNull().default(1),
    revision: integer("revision").notNull().default(1),
    content: jsonb("content").$type<PlanContent>().notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => people.id),
    /** How the decider held the role: principal, acting_principal (Plt), head_of_district, tim_kinerja. */
    decidedAs: text("decided_as"),
    returnNote: text("return_note"),
    agreedAt: timestamp("agreed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("plans_cycle_idx").on(t.cycleId), index("plans_status_idx").on(t.status)],
);

/** Earlier versions of a plan, kept when it is reopened. Never updated. */
export const planRevisions = pgTable(
  "plan_revisions",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    status: planStatus("status").notNull(),
    content: jsonb("content").$type<PlanContent>().notNull(),
    archivedAt: timestamp("archived_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("plan_revisions_plan_rev_idx").on(t.planId, t.revision)],
);

export const reopenStatus = pgEnum("reopen_status", ["pending", "approved", "refused"]);

/** Replaces the "Form Reset SKP": a pegawai asks, the atasan or admin decides. */
export const reopenRequests = pgTable(
  "reopen_requests",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => people.id),
    reason: text("reason").notNull(),
    status: reopenStatus("status").notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => people.id),
    decidedAs: text("decided_as"),
    decisionNote: text("decision_note"),
    createdAt: createdAt(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [index("reopen_requests_plan_idx").on(t.planId)],
);

export const correctionStatus = pgEnum("correction_status", ["open", "resolved"]);

/** "Laporkan perbaikan": a pegawai tells the school operator their staff data is wrong. */
export const profileCorrections = pgTable(
  "profile_corrections",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    schoolId: uuid("school_id").references(() => schools.id),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id),
    note: text("note").notNull(),
    status: correctionStatus("status").notNull().default("open"),
    resolvedBy: uuid("resolved_by").references(() => people.id),
    resolutionNote: text("resolution_note"),
    createdAt: createdAt(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [
    index("profile_corrections_person_idx").on(t.personId),
    index("profile_corrections_school_idx").on(t.schoolId),
  ],
);

/** Rapor Pendidikan results per school, imported as CSV; the basis of the indicator recommendation. */
export const raporResults = pgTable(
  "rapor_results",
  {
    schoolId: uuid("school_id")
      .notNull()
      .references(() => schools.id, { onDelete: "cascade" }),
    indicatorCode: text("indicator_code").notNull(),
    score: integer("score"),
    category: text("category"),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.schoolId, t.indicatorCode] })],
);

/** Uploaded evidence (SK, RPP, ...). The bytes live in storage under `storageKey`. */
export const files = pgTable(
  "files",
  {
    id: id(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => people.id),
    kind: text("kind").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("files_owner_idx").on(t.ownerId)],
);

export const extensionScope = pgEnum("extension_scope", ["district", "school", "person"]);

/** A later planning close for a school or one person (the district-wide one moves the period itself). */
export const windowExtensions = pgTable(
  "window_extensions",
  {
    id: id(),
    periodId: uuid("period_id")
      .notNull()
      .references(() => periods.id, { onDelete: "cascade" }),
    phase: text("phase").notNull(),
    scope: extensionScope("scope").notNull(),
    schoolId: uuid("school_id").references(() => schools.id),
    personId: uuid("person_id").references(() => people.id),
    closesOn: date("closes_on", { mode: "string" }).notNull(),
    reason: text("reason").notNull().default(""),
    createdBy: uuid("created_by").references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [index("window_extensions_period_idx").on(t.periodId)],
);

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    /** Names and ids needed to render the message in either language. */
    data: jsonb("data").$type<Record<string, string>>().notNull().default({}),
    link: text("link").notNull().default(""),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_person_idx").on(t.personId, t.readAt)],
);
