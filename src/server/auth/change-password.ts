import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { accounts, sessions } from "../../db/schema.js";
import { MIN_PASSWORD_LENGTH } from "../../domain/auth/lockout.js";
import { writeAudit } from "../core/audit.js";
import { AppError } from "../core/errors.js";
import { hashPassword, verifyPassword } from "../core/passwords.js";
import type { SessionActor } from "../core/session.js";

type Options = { db: Db; actor: SessionActor; currentPassword: string; newPassword: string };

/** Also ends every other session of the account: a changed password locks out whoever knew the old one. */
export async function changePassword({ db, actor, currentPassword, newPassword }: Options): Promise<void> {
  if (newPassword.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("VALIDATION", "auth.passwordTooShort", { min: MIN_PASSWORD_LENGTH });
  }
  if (newPassword === currentPassword) throw new AppError("VALIDATION", "auth.passwordSame");
  const [account] = await db.select().from(accounts).where(eq(accounts.personId, actor.personId));
  if (!account || !(await verifyPassword(account.passwordHash, currentPassword))) {
    throw new AppError("VALIDATION", "auth.wrongCurrentPassword");
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date() })
      .where(eq(accounts.personId, actor.personId));
    await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.personId, actor.personId), ne(sessions.tokenHash, actor.tokenHash)));
    await writeAudit(tx, {
      actorId: actor.personId,
      entityType: "account",
      entityId: actor.personId,
      action: "password_changed",
    });
  });
}
