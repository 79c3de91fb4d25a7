import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns.js";
import { people } from "./org.js";

// Sign-in: local accounts and server-side sessions.

export type SessionMethod = "password" | "oidc";

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
    /**
     * How the person proved who they are: a password, or an OpenID provider (belajar.id). A session
     * from the provider is not held to the first-password change: that person never needs the password.
     */
    method: text("method").$type<SessionMethod>().notNull().default("password"),
  },
  (t) => [
    index("sessions_person_idx").on(t.personId),
    check("sessions_method_check", sql`${t.method} in ('password', 'oidc')`),
  ],
);

/**
 * A private calendar feed: the secret URL a KS pastes into Google Calendar (which cannot send a
 * session cookie). Only the token's hash is kept; making a new one replaces the old, and the
 * feed answers nothing once the person no longer assesses anyone.
 */
export const calendarFeeds = pgTable("calendar_feeds", {
  personId: uuid("person_id")
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
});
