import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Db, Queryable } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { accounts, people, type SessionMethod, sessions } from "../../db/schema.js";
import type { Actor } from "../../domain/auth/policy.js";
import { isActiveOn } from "../../domain/org/types.js";
import { dateInZone } from "../../domain/time/today.js";
import type { Clock } from "./clock.js";
import type { Config } from "./config.js";
import { AppError } from "./errors.js";
import { hatOf } from "./hat-rows.js";

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
    /** What rode with the session lookup (`SessionRider`), for the route's use case. */
    ride: unknown;
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

/** The signed-in person as every API request reads them: the session, the person, the account and every hat. */
const ACTOR_FIELDS = {
  personId: sessions.personId,
  csrfToken: sessions.csrfToken,
  name: people.name,
  // Someone who signed in through the provider never needs the imported first password.
  mustChangePassword: sql<boolean>`${accounts.mustChangePassword} and ${sessions.method} = 'password'`,
  disabled: accounts.disabled,
  // The person's copy of their hats (migration 0034), kept by the database with every change of one.
  hats: people.hats,
};

const liveSession = and(
  eq(sessions.tokenHash, sql.placeholder("tokenHash")),
  isNull(sessions.revokedAt),
  gt(sessions.expiresAt, sql.placeholder("now")),
);

/** One statement on every API request: the session, the person, the account and every hat. */
const actorQuery = (db: Db) =>
  preparedOn(db, "session_actor", () =>
    db
      .select(ACTOR_FIELDS)
      .from(sessions)
      .innerJoin(people, eq(people.id, sessions.personId))
      .innerJoin(accounts, eq(accounts.personId, sessions.personId))
      .where(liveSession)
      .prepare("session_actor"),
  );

/**
 * A route's first read, riding in the session's statement: one round trip fewer on the hottest
 * routes (home, the plan view and the plan's actions; 10-30 % more of them served in the load
 * benchmark). `fields` are select fields over `sessions`, `people` (the signed-in person) and
 * `accounts`, plus the tables `join` adds (left joins, keyed by placeholders); `values` gives those
 * placeholders from the request, or null when it cannot ride (a malformed id: the route's validation
 * answers it, and the use case reads as usual).
 *
 * What rides is read before the caller is known, like any use case's first read, and reaches the
 * handler (`ride`) only after the same checks (the CSRF token of a write included); the use case
 * authorises before it acts or answers. Nothing is written before those checks.
 */
export type SessionRider = {
  name: string;
  fields: Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: Drizzle's dynamic select type changes with every join.
  join?: (q: any) => any;
  values?: (req: FastifyRequest) => Record<string, unknown> | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A rider's `values`: the path's `param` as the placeholder `rideId`, when it is a well-formed id. */
export const rideOnPathId =
  (param: string) =>
  (req: FastifyRequest): { rideId: string } | null => {
    const id = (req.params as Record<string, unknown> | undefined)?.[param];
    return typeof id === "string" && UUID.test(id) ? { rideId: id } : null;
  };

const riderQuery = (db: Db, rider: SessionRider) =>
  preparedOn(db, `session_actor_${rider.name}`, () => {
    let q = db
      .select({ ...ACTOR_FIELDS, ride: rider.fields as Record<string, ReturnType<typeof sql>> })
      .from(sessions)
      .innerJoin(people, eq(people.id, sessions.personId))
      .innerJoin(accounts, eq(accounts.personId, sessions.personId))
      .$dynamic();
    if (rider.join) q = rider.join(q);
    return q.where(liveSession).prepare(`session_actor_${rider.name}`);
  });

type ActorRow = {
  personId: string;
  csrfToken: string;
  name: string;
  mustChangePassword: boolean;
  disabled: boolean;
  hats: (string | null)[][];
};

function actorOf(row: ActorRow | undefined, tokenHash: string, now: Date): SessionActor | null {
  if (!row || row.disabled) return null;
  // Each hat is active by its own district's date: a Plt's term ends at that district's midnight.
  const hats = row.hats
    .map(hatOf)
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

export async function loadActor(db: Db, token: string, now: Date): Promise<SessionActor | null> {
  const tokenHash = hashToken(token);
  const [row] = await actorQuery(db).execute({ tokenHash, now });
  return actorOf(row, tokenHash, now);
}

/** `loadActor` with a route's rider: the actor, and what rode along (undefined when signed out). */
async function loadActorWith(
  db: Db,
  token: string,
  now: Date,
  rider: SessionRider,
  values: Record<string, unknown>,
): Promise<{ actor: SessionActor | null; ride: unknown }> {
  const tokenHash = hashToken(token);
  const [row] = await riderQuery(db, rider).execute({ ...values, tokenHash, now });
  const actor = actorOf(row as ActorRow | undefined, tokenHash, now);
  return { actor, ride: actor ? (row as { ride: unknown }).ride : undefined };
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
  app.decorateRequest("ride", undefined);
  app.addHook("onRequest", async (req) => {
    // Static files of the web app carry the cookie too: no database round trip for them.
    if (!req.url.startsWith("/api/")) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const config = req.routeOptions.config as { auth?: string; rider?: SessionRider } | undefined;
    const rider = config?.rider;
    const values = rider ? (rider.values ? rider.values(req) : {}) : null;
    const now = opts.clock.now();
    const { actor, ride } =
      rider && values
        ? await loadActorWith(opts.db, token, now, rider, values)
        : { actor: await loadActor(opts.db, token, now), ride: undefined };
    if (!actor) return;
    const isPublic = config?.auth === "public";
    if (!SAFE_METHODS.has(req.method) && !isPublic) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameToken(sent, actor.csrfToken)) throw new AppError("CSRF", "error.csrf");
    }
    req.actor = actor;
    req.ride = ride;
  });
});

export async function revokeSession(db: Db, tokenHash: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.tokenHash, tokenHash));
}
