import { sql } from "drizzle-orm";
import {
  check,
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
import type { ResultViolations } from "../../domain/assessment/finalise.js";
import { ORGANISATION_PREDIKATS, type OrganisationPredikat } from "../../domain/assessment/scale.js";
import { CYCLE_TRACKS, SUPERIOR_KINDS } from "../../domain/org/assessors.js";
import type { RuleSetContent } from "../../domain/rulesets/types.js";
import { createdAt, id, updatedAt } from "./columns.js";
import { districts, people, schools } from "./org.js";

// Rule sets, periods, one cycle per person per period, and the audit log.

export const cycleTrack = pgEnum("cycle_track", CYCLE_TRACKS);
export const superiorKind = pgEnum("superior_kind", SUPERIOR_KINDS);

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
    /** The organisation predikat the district admin sets (SE MenPANRB): it caps the distribution. */
    organisationPredikat: text("organisation_predikat").$type<OrganisationPredikat>(),
    /** The results' finalisation (issue 10 §2): the penilaian documents of the period are locked after it. */
    resultsFinalisedAt: timestamp("results_finalised_at", { withTimezone: true }),
    resultsFinalisedBy: uuid("results_finalised_by").references(() => people.id),
    /** Why it was finalised although caps were broken; null when none were. */
    resultsFinaliseReason: text("results_finalise_reason"),
    /** The caps broken when it was finalised anyway (the district's and each school's); null when none. */
    resultsFinaliseViolations: jsonb("results_finalise_violations").$type<ResultViolations>(),
  },
  (t) => [
    index("periods_district_idx").on(t.districtId),
    check(
      "periods_organisation_predikat_check",
      sql.raw(`${t.organisationPredikat.name} in (${ORGANISATION_PREDIKATS.map((p) => `'${p}'`).join(", ")})`),
    ),
  ],
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
    /**
     * `planStatusOf` of the cycle's plan, kept by a trigger on `documents` (migration 0017): the
     * tallies below count by it, and a cycle without a plan yet is `not_started`.
     */
    planStatus: text("plan_status").notNull().default("not_started"),
    /**
     * The person's name, kept by triggers (migration 0024: set on insert, followed on a rename) so
     * the queues rank a Kepala Dinas's thousands of cycles by name without a lookup per row.
     */
    personName: text("person_name").notNull().default(""),
    /**
     * The person's NIP, the school's name and the atasan's name, kept the same way (migration 0031):
     * a queue's or a period's page shows them for each row without a lookup in three tables.
     */
    personNip: text("person_nip"),
    schoolName: text("school_name"),
    superiorName: text("superior_name"),
    /**
     * The plan document's id and submission time, kept by the trigger on `documents` with the plan
     * status (migration 0033): a queue row in planning shows them without looking the plan up.
     */
    planId: uuid("plan_id"),
    planSubmittedAt: timestamp("plan_submitted_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("cycles_period_person_idx").on(t.periodId, t.personId),
    // The period page's "without atasan" count: the few rows the admin must fix, not the period.
    index("cycles_period_without_superior_idx").on(t.periodId).where(sql`superior_id is null`),
    index("cycles_superior_idx").on(t.superiorId),
    // The scoped org refresh: a person's cycles, a school's, the ones the Dinas assesses.
    index("cycles_person_idx").on(t.personId),
    index("cycles_school_idx").on(t.schoolId),
    index("cycles_period_track_idx").on(t.periodId, t.track),
    index("cycles_period_superior_kind_idx").on(t.periodId, t.superiorKind),
    // A searched period page's rows at matching schools, walked in page order (`personOrSchoolSearch`).
    index("cycles_period_name_idx").on(t.periodId, t.personName, t.id),
  ],
);

/**
 * How many cycles of a period are in each phase and plan status, kept by triggers on `cycles`
 * (migration 0017) so the period page reads a few dozen rows at any size instead of grouping every
 * cycle. A shard per database connection (migration 0020: the backend's pid modulo 32) so the
 * deadline day's concurrent submits in one district do not queue on one counter row; a shard's
 * count may be negative, only the sum over shards means anything.
 */
export const cycleTallies = pgTable(
  "cycle_tallies",
  {
    periodId: uuid("period_id")
      .notNull()
      .references(() => periods.id, { onDelete: "cascade" }),
    phase: text("phase").notNull(),
    planStatus: text("plan_status").notNull(),
    shard: integer("shard").notNull(),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.phase, t.planStatus, t.shard] })],
);

/**
 * Whose queue holds a cycle: its atasan (`superior_id`) and its Tim Kinerja members
 * (`cycle_assessors`), with the cycle's columns the queue ranks and counts by, kept by triggers
 * (migration 0025). A Kepala Dinas's or a Tim Kinerja member's queue holds every KS and pengawas
 * of the district: the queue walks this index a rank at a time and stops at the page instead of
 * ranking them all. A separate table so a plan's status change stays a HOT update of `cycles`.
 */
export const queueEntries = pgTable(
  "queue_entries",
  {
    viewerId: uuid("viewer_id").notNull(),
    periodId: uuid("period_id").notNull(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    planStatus: text("plan_status").notNull(),
    name: text("name").notNull(),
    phase: text("phase").notNull(),
    track: cycleTrack("track").notNull(),
    personId: uuid("person_id").notNull(),
    schoolId: uuid("school_id"),
    /** The cycle's `person_nip` and `school_name`: the page's rows are read from the walk alone. */
    nip: text("nip"),
    schoolName: text("school_name"),
    /** The cycle's `plan_id` and `plan_submitted_at` (migration 0033): no plan lookup for a row in planning. */
    planId: uuid("plan_id"),
    planSubmittedAt: timestamp("plan_submitted_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.viewerId, t.periodId, t.cycleId] }),
    // Walked a rank at a time in name order; the columns after the cycle id make the walks and the
    // counts index-only scans (Drizzle writes no INCLUDE: they are key columns, after a unique prefix).
    index("queue_entries_walk_idx").on(
      t.viewerId,
      t.planStatus,
      t.periodId,
      t.name,
      t.cycleId,
      t.personId,
      t.track,
      t.schoolId,
      t.phase,
      t.nip,
      t.schoolName,
      t.planId,
      t.planSubmittedAt,
    ),
    index("queue_entries_cycle_idx").on(t.cycleId, t.viewerId),
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
