import { eq } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../db/client.js";
import { accounts } from "../../db/schema.js";
import { afterFailure, afterSuccess, isLocked } from "../../domain/auth/lockout.js";
import type { Config } from "../core/config.js";
import { AppError } from "../core/errors.js";
import { dummyHash, verifyPassword } from "../core/passwords.js";
import { startSession } from "../core/session.js";

type LoginOptions = {
  db: Db;
  config: Config;
  req: FastifyRequest;
  reply: FastifyReply;
  username: string;
  password: string;
  now?: Date;
};

function lockedError(until: Date): AppError {
  const time = until.toLocaleTimeString("id-ID", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta" });
  return new AppError("LOCKED", "auth.locked", { until: `${time} WIB` });
}

export async function login({ db, config, req, reply, username, password, now = new Date() }: LoginOptions) {
  const [account] = await db.select().from(accounts).where(eq(accounts.username, username.trim().toLowerCase()));
  if (!account) {
    await verifyPassword(await dummyHash(), password);
    throw new AppError("UNAUTHENTICATED", "auth.invalidCredentials");
  }
  if (account.disabled) throw new AppError("FORBIDDEN", "auth.disabled");
  if (isLocked(account, now)) throw lockedError(account.lockedUntil as Date);

  if (!(await verifyPassword(account.passwordHash, password))) {
    const next = afterFailure(account, now, config);
    await db
      .update(accounts)
      .set({ failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil })
      .where(eq(accounts.personId, account.personId));
    req.log.warn({ personId: account.personId, locked: isLocked(next, now) }, "failed sign-in");
    if (isLocked(next, now)) throw lockedError(next.lockedUntil as Date);
    throw new AppError("UNAUTHENTICATED", "auth.invalidCredentials");
  }

  await db.update(accounts).set(afterSuccess()).where(eq(accounts.personId, account.personId));
  const { csrfToken } = await startSession(db, config, reply, req, account.personId);
  return { csrfToken, mustChangePassword: account.mustChangePassword };
}
