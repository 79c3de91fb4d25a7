import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { emailPreferences, people } from "../../db/schema.js";
import type { EmailMode, Language } from "../../domain/mail/preferences.js";
import type { SessionActor } from "../core/session.js";
import type { NotificationKind } from "../notifications/kinds.js";
import { type EmailSettings, getEmailSettings } from "./get-email-settings.js";

type SetInput = { language: Language; modes: readonly { kind: NotificationKind; mode: EmailMode }[] };

/** Stores the language and each kind sent; kinds not sent keep their choice. One transaction. */
export async function setEmailSettings(
  db: Db,
  actor: SessionActor,
  input: SetInput,
  enabled: boolean,
): Promise<EmailSettings> {
  await db.transaction(async (tx) => {
    await tx.update(people).set({ language: input.language }).where(eq(people.id, actor.personId));
    const modes = [...new Map(input.modes.map((m) => [m.kind, m.mode]))];
    if (modes.length > 0)
      await tx
        .insert(emailPreferences)
        .values(modes.map(([kind, mode]) => ({ personId: actor.personId, kind, mode })))
        .onConflictDoUpdate({
          target: [emailPreferences.personId, emailPreferences.kind],
          set: { mode: sql`excluded.mode` },
        });
  });
  return getEmailSettings(db, actor, enabled);
}
