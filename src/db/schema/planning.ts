import { sql } from "drizzle-orm";
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.js";
import { documents } from "./documents.js";
import { districts, people, schools } from "./org.js";
import { periods } from "./periods.js";

// ── Perencanaan (planning) ──────────────────────────────────────────────────────────────────
// A plan is a document of kind "plan" (src/db/schema/documents.ts, migration 0008).

export const reopenStatus = pgEnum("reopen_status", ["pending", "approved", "refused"]);

/** Replaces the "Form Reset SKP": a pegawai asks, the atasan or admin decides. */
export const reopenRequests = pgTable(
  "reopen_requests",
  {
    id: id(),
    /** The document to reopen: a plan today, a practice document too. */
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
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
  (t) => [
    index("reopen_requests_document_idx").on(t.documentId),
    // The queues rank a plan with a pending request first: the few pending, not every request ever made.
    index("reopen_requests_pending_idx").on(t.documentId).where(sql`status = 'pending'`),
  ],
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
    /** Insertion order: timestamps tie within a transaction and on coarse clocks. */
    seq: bigserial("seq", { mode: "number" }).notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_person_idx").on(t.personId, t.readAt)],
);
