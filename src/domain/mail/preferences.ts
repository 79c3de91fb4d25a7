import { z } from "zod";

/** How a person wants a kind of notification by e-mail: at once, gathered in a daily digest, or not at all. */
export const EMAIL_MODES = ["instant", "digest", "none"] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];
export const ZEmailMode = z.enum(EMAIL_MODES);

/** The languages a person reads e-mail in (the UI has the same two). */
export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The choice a person has not made yet. Deadlines and what waits on someone come at once; a
 * notice that only informs (a correction handled, a survey answered) waits for the digest.
 */
const DIGEST_BY_DEFAULT = new Set(["correction_resolved", "survey_answered", "plan_agreed"]);

export function defaultEmailMode(kind: string): EmailMode {
  return DIGEST_BY_DEFAULT.has(kind) ? "digest" : "instant";
}

/** The mode that applies: the person's stored choice for the kind, else the default. */
export function emailModeOf(kind: string, chosen: Readonly<Record<string, EmailMode>>): EmailMode {
  return chosen[kind] ?? defaultEmailMode(kind);
}
