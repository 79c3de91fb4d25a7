import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Db, Queryable } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { accounts, assignments, districts, people, type SessionMethod, sessions } from "../../db/schema.js";
import type { Actor } from "../../domain/auth/policy.js";
import { type AssignmentFact, isActiveOn } from "../../domain/org/types.js";
import { dateInZone, type TimeZone } from "../../domain/time/today.js";
import type { Clock } from "./clock.js";
import type { Config } from "./config.js";
import { AppError } from "./errors.js";

export const SESSION_COOKIE = "kinerja_session";
export const CSRF_HEADER = "x-csrf-token";

export type SessionActor = Actor & {
  name: string;
  tokenHash: string;
  csrfToken: string;
  mustChangePassword: boolean;
};

declare module "fastify" {
  interface FastifyRequest {
    actor: SessionActor | null;
  }
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Creates a server-side session and sets the httpOnly, SameSite=Lax cookie. `method`: how the
 * person signed in (a password, or the OpenID provider); pass a transaction to record more with it.
 */
export async function startSession(
  db: Queryable,
  config: Config,
  reply: FastifyReply,
  req: FastifyRequest,
  personId: string,
  method: SessionMethod = "password",
): Promise<{ csrfToken: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + config.sessionTtlMs);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    personId,
    csrfToken,
    expiresAt,
    userAgent: (req.headers["user-agent"] ?? "").slice(0, 300),
    ip: req.ip,
    method,
  });
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    // Secure whenever the request came over HTTPS (directly or via a trusted proxy).
    secure: config.cookieSecure || req.protocol === "https",
    path: "/",
    expires: expiresAt,
  });
  return { csrfToken };
}

/** A hat as the session query returns it: the assignment with its district's time zone. */
type HatRow = Omit<AssignmentFact, "personId"> & { timeZone: TimeZone };

/** One statement on every API request: the session, the person, the account and every hat. */
const actorQuery = (db: Db) =>
  preparedOn(db, "session_actor", () =>
    db
      .select({
        personId: sessions.personId,
        csrfToken: sessions.csrfToken,
        name: people.name,
        // Someone who signed in through the provider never needs the imported first password.
        mustChangePassword: sql<boolean>`${accounts.mustChangePassword} and ${sessions.method} = 'password'`,
        disabled: accounts.disabled,
        hats: sql<HatRow[]>`coalesce((
        select json_agg(json_build_object(
          'kind', a.kind, 'districtId', a.district_id, 'schoolId', a.school_id, 'acting', a.acting,
          'startsOn', a.starts_on, 'endsOn', a.ends_on, 'timeZone', d.time_zone))
        from ${assignments} a join ${districts} d on d.id = a.district_id
        where a.person_id = ${sessions.personId}), '[]'::json)`,
      })
      .from(sessions)
      .innerJoin(people, eq(people.id, sessions.personId))
      .innerJoin(accounts, eq(accounts.personId, sessions.personId))
      .where(
        and(
          eq(sessions.tokenHash, sql.placeholder("tokenHash")),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, sql.placeholder("now")),
        ),
      )
      .prepare("session_actor"),
  );

export async function loadActor(db: Db, token: string, now: Date): Promise<SessionActor | null> {
  const tokenHash = hashToken(token);
  const [row] = await actorQuery(db).execute({ tokenHash, now });
  if (!row || row.disabled) return null;
  // Each hat is active by its own district's date: a Plt's term ends at that district's midnight.
  const hats = row.hats
    .filter((h) => isActiveOn(h, dateInZone(now, h.timeZone)))
    .map((h) => ({ kind: h.kind, districtId: h.districtId, schoolId: h.schoolId, acting: h.acting }));
  return {
    personId: row.personId,
    name: row.name,
    hats,
    tokenHash,
    csrfToken: row.csrfToken,
    mustChangePassword: row.mustChangePassword,
  };
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Resolves the session cookie into `req.actor` and enforces CSRF: a state-changing request
 * that carries a session must echo the session's token in X-CSRF-Token (synchronizer token).
 * Public state-changing routes (login) accept only JSON, which a cross-site form cannot send.
 */
export const sessionPlugin = fp(async (app: FastifyInstance, opts: { db: Db; clock: Clock }) => {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (req) => {
    // Static files of the web app carry the cookie too: no database round trip for them.
    if (!req.url.startsWith("/api/")) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const actor = await loadActor(opts.db, token, opts.clock.now());
    if (!actor) return;
    const isPublic = (req.routeOptions.config as { auth?: string } | undefined)?.auth === "public";
    if (!SAFE_METHODS.has(req.method) && !isPublic) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameToken(sent, actor.csrfToken)) throw new AppError("CSRF", "error.csrf");
    }
    req.actor = actor;
  });
});

export async function revokeSession(db: Db, tokenHash: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.tokenHash, tokenHash));
}
