import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { emailPreferences, people } from "../../db/schema.js";
import { type EmailMode, emailModeOf, type Language } from "../../domain/mail/preferences.js";
import type { SessionActor } from "../core/session.js";
import { NOTIFICATION_KINDS, type NotificationKind } from "../notifications/kinds.js";

export type EmailSettings = {
  email: string | null;
  enabled: boolean;
  language: Language;
  modes: { kind: NotificationKind; mode: EmailMode }[];
};

/** The actor's own settings (the person id comes from the session, never the request). */
export async function getEmailSettings(db: Db, actor: SessionActor, enabled: boolean): Promise<EmailSettings> {
  const [person] = await db
    .select({
      email: people.email,
      language: people.language,
      chosen: sql<Record<
        string,
        EmailMode
      > | null>`(select jsonb_object_agg(${emailPreferences.kind}, ${emailPreferences.mode})
        from ${emailPreferences} where ${emailPreferences.personId} = ${people.id})`,
    })
    .from(people)
    .where(eq(people.id, actor.personId));
  const chosen = person?.chosen ?? {};
  return {
    email: person?.email || null,
    enabled,
    language: person?.language ?? "id",
    modes: NOTIFICATION_KINDS.map((kind) => ({ kind, mode: emailModeOf(kind, chosen) })),
  };
}
