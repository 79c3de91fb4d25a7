import { eq } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../db/client.js";
import { accounts } from "../../db/schema.js";
import { afterSuccess, isLocked } from "../../domain/auth/lockout.js";
import type { Config } from "../core/config.js";
import { AppError } from "../core/errors.js";
import { dummyHash, verifyPassword } from "../core/passwords.js";
import { startSession } from "../core/session.js";
import { countFailure } from "./failed-sign-in.js";

type LoginOptions = {
  db: Db;
  config: Config;
  req: FastifyRequest;
  reply: FastifyReply;
  username: string;
  password: string;
  now?: Date;
};

/**
 * One answer for an unknown username, a wrong password and a locked account — same status, body
 * and work (one password check, one counting UPDATE) — so none of them reveals that an account
 * exists. The message says the account may be locked and for how long.
 */
export async function login({ db, config, req, reply, username, password, now = new Date() }: LoginOptions) {
  const name = username.trim().toLowerCase();
  const [account] = await db.select().from(accounts).where(eq(accounts.username, name));
  const passwordOk = await verifyPassword(account?.passwordHash ?? (await dummyHash()), password);

  if (account && passwordOk && !isLocked(account, now)) {
    // Only someone who knows the password learns that the account is disabled.
    if (account.disabled) throw new AppError("FORBIDDEN", "auth.disabled");
    await db.update(accounts).set(afterSuccess()).where(eq(accounts.personId, account.personId));
    const { csrfToken } = await startSession(db, config, reply, req, account.personId);
    return { csrfToken, mustChangePassword: account.mustChangePassword };
  }

  const counted = await countFailure(db, name, now, config);
  if (counted) req.log.warn({ personId: counted.personId, locked: counted.lockedUntil !== null }, "failed sign-in");
  throw new AppError("UNAUTHENTICATED", "auth.invalidCredentials", {
    max: config.maxFailedLogins,
    minutes: Math.round(config.lockoutMs / 60_000),
  });
}
