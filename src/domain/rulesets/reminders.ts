import { z } from "zod";
import type { RuleSetSettings } from "./types.js";

/**
 * When deadline reminders go out: days before a window closes (to whoever must still act) and
 * days after it closed (the first to the atasan, the later ones to the district admins).
 */
export const ZReminderSettings = z.object({
  beforeCloseDays: z.array(z.number().int().min(0).max(60)).max(5),
  escalateAfterDays: z.array(z.number().int().min(0).max(60)).max(5),
});
export type ReminderSettings = z.infer<typeof ZReminderSettings>;

export const DEFAULT_REMINDERS: ReminderSettings = { beforeCloseDays: [7, 1], escalateAfterDays: [1, 7] };

/** A rule set stored before reminders existed uses the defaults. */
export function remindersOf(settings: Pick<RuleSetSettings, "reminders">): ReminderSettings {
  return settings.reminders ?? DEFAULT_REMINDERS;
}
