/** Kinds of in-app notification; the web UI renders each in the reader's language from `data`. */
export const NOTIFICATION_KINDS = [
  "plan_submitted",
  "plan_returned",
  "plan_approved",
  "plan_agreed",
  "reopen_requested",
  "reopen_decided",
  "correction_reported",
  "correction_resolved",
  "practice_submitted",
  "practice_responded",
  "survey_sent",
  "survey_answered",
  // A window closes soon and something is still to do; the window closed and someone is late.
  "deadline_reminder",
  "deadline_escalation",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
