import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.js";
import { districts, people } from "./org.js";
import { cycles } from "./periods.js";
import { notifications } from "./planning.js";

// E-mail (src/server/mail/): each person's choice per notification kind, and the outbox the
// sender works through after the notification's transaction committed.

export const emailPreferences = pgTable(
  "email_preferences",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    mode: text("mode", { enum: ["instant", "digest", "none"] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.kind] }),
    check("email_preferences_mode_check", sql`${t.mode} in ('instant', 'digest', 'none')`),
  ],
);

/**
 * One row per notification and channel, written in the same statement as the notification
 * (`notify`, `writeGuarded`): the unique key makes "sent twice for one event" impossible to
 * record, and a sender claims rows with FOR UPDATE SKIP LOCKED so two nodes never take the same.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: id(),
    notificationId: uuid("notification_id")
      .notNull()
      .references(() => notifications.id, { onDelete: "cascade" }),
    channel: text("channel").notNull().default("email"),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /**
     * pending → sending (claimed until `claimed_until`) → sent; `digest` waits for the daily
     * digest; `skipped` (no address, the person chose none, or too old when mail was turned on);
     * `failed` after the last attempt or a permanent refusal.
     */
    status: text("status", { enum: ["pending", "sending", "digest", "sent", "skipped", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("email_outbox_notification_channel_key").on(t.notificationId, t.channel),
    index("email_outbox_due_idx").on(t.status, t.nextAttemptAt),
    check(
      "email_outbox_status_check",
      sql`${t.status} in ('pending', 'sending', 'digest', 'sent', 'skipped', 'failed')`,
    ),
    check("email_outbox_channel_check", sql`${t.channel} in ('email')`),
  ],
);

/**
 * A deadline reminder or escalation sent for one cycle: the primary key (cycle, window, kind,
 * days) is the claim that makes it go out once, whichever node's job runs first.
 */
export const reminderLog = pgTable(
  "reminder_log",
  {
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    /** The window: perencanaan, pelaksanaan, penilaian. */
    phase: text("phase").notNull(),
    kind: text("kind", { enum: ["reminder", "escalation"] }).notNull(),
    /** Days before the close (a reminder) or after it (an escalation). */
    days: integer("days").notNull(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id, { onDelete: "cascade" }),
    closesOn: date("closes_on", { mode: "string" }).notNull(),
    /** Who was told: the person who must act, the atasan, or the district admins. */
    recipientIds: uuid("recipient_ids").array().notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    /** Insertion order, the list's tie-breaker. */
    seq: integer("seq").generatedAlwaysAsIdentity(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.phase, t.kind, t.days] }),
    index("reminder_log_district_idx").on(t.districtId, t.sentAt),
    check("reminder_log_kind_check", sql`${t.kind} in ('reminder', 'escalation')`),
  ],
);
