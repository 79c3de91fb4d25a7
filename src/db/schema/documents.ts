import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns.js";
import { people, schools } from "./org.js";
import { cycles } from "./periods.js";

// ── Documents of a cycle (the document engine, src/domain/documents/engine.ts) ─────────────────

/**
 * One document of each kind per cycle: the plan (kind "plan", created with the cycle) and the
 * practice stages (persiapan, observasi, tindak_lanjut, upaya, refleksi, created by their first write). Status and content are the kind's definition's (text and JSONB, checked by the
 * definition's schema); `version` guards concurrent edits, `revision` counts reopenings.
 */
export const documents = pgTable(
  "documents",
  {
    id: id(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    status: text("status").notNull(),
    version: integer("version").notNull().default(1),
    revision: integer("revision").notNull().default(1),
    content: jsonb("content").$type<unknown>().notNull(),
    /** The owner's last hand-over to the atasan. */
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** The last status change by someone else than the owner, who, and in which role. */
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => people.id),
    decidedAs: text("decided_as"),
    /** The note written with the last status change (a reason, a comment; a plan's return note). */
    note: text("note"),
    /** The content as it was returned: the review of the resubmission shows what changed since. */
    returnedContent: jsonb("returned_content").$type<unknown>(),
    /** When it reached its last done status by the owner's hand (a plan's agreement). */
    completedAt: timestamp("completed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Every read reaches a document through its cycle. No index holds `status`: a status change (a
  // submit, a review) is then a HOT update that writes no index entry (migration 0022).
  (t) => [uniqueIndex("documents_cycle_kind_idx").on(t.cycleId, t.kind)],
);

/** Earlier versions of a document, kept when it is reopened. Never updated. */
export const documentRevisions = pgTable(
  "document_revisions",
  {
    id: id(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    status: text("status").notNull(),
    content: jsonb("content").$type<unknown>().notNull(),
    archivedAt: timestamp("archived_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("document_revisions_doc_rev_idx").on(t.documentId, t.revision)],
);

/**
 * The survey a pengawas sends, from the pendampingan, to the KS of their focus school (one per
 * pengawas cycle). Not a document of the engine: it is answered by someone who is neither the
 * cycle's owner nor its assessor. The questions are kept as they were when sent.
 */
export const practiceSurveys = pgTable(
  "practice_surveys",
  {
    id: id(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => schools.id),
    /** sent | answered */
    status: text("status").notNull().default("sent"),
    questions: jsonb("questions").$type<unknown>().notNull(),
    answers: jsonb("answers").$type<unknown>(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answeredBy: uuid("answered_by").references(() => people.id),
  },
  (t) => [uniqueIndex("practice_surveys_cycle_idx").on(t.cycleId), index("practice_surveys_school_idx").on(t.schoolId)],
);
