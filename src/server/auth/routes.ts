import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { sessions } from "../../db/schema.js";
import { route } from "../core/route.js";
import { revokeSession, SESSION_COOKIE } from "../core/session.js";
import type { FeatureDeps } from "../features.js";
import { changePassword } from "./change-password.js";
import * as c from "./contract.js";
import { login } from "./login.js";

export function authRoutes(app: FastifyInstance, { config, database }: FeatureDeps): void {
  const db = database.db;

  // Per-IP throttle on top of the per-account lock-out: slows password spraying across accounts.
  route(
    app,
    c.login,
    async ({ body, req, reply }) => login({ db, config, req, reply, username: body.username, password: body.password }),
    { rateLimit: { max: 30, timeWindow: "1 minute" } },
  );

  route(app, c.logout, async ({ actor, reply }) => {
    await revokeSession(db, actor.tokenHash);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { ok: true as const };
  });

  route(app, c.changePassword, async ({ actor, body }) => {
    await changePassword({ db, actor, ...body });
    return { ok: true as const };
  });

  route(app, c.listSessions, async ({ actor }) => {
    const rows = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.personId, actor.personId), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())))
      .orderBy(desc(sessions.createdAt));
    return {
      sessions: rows.map((s) => ({
        // The first characters of the hash identify a session without revealing the token.
        id: s.tokenHash.slice(0, 12),
        createdAt: s.createdAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        userAgent: s.userAgent,
        method: s.method,
        current: s.tokenHash === actor.tokenHash,
      })),
    };
  });

  route(app, c.revokeOtherSessions, async ({ actor }) => {
    const revoked = await db
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(
        and(eq(sessions.personId, actor.personId), ne(sessions.tokenHash, actor.tokenHash), isNull(sessions.revokedAt)),
      )
      .returning({ tokenHash: sessions.tokenHash });
    return { revoked: revoked.length };
  });
}
