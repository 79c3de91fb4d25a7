import type { Db } from "../../db/client.js";
import { purgeSessions } from "../auth/purge-sessions.js";
import { purgeOutbox } from "../mail/purge-outbox.js";
import { refreshRunningPeriods } from "../periods/refresh-superiors.js";
import { sendDeadlineReminders } from "../reminders/send-deadline-reminders.js";
import { type Job, purgeJobRuns } from "./jobs.js";

/** What the server runs every hour (once across nodes): see createJobRunner. */
export function periodicJobs(db: Db): Job[] {
  return [
    // Assignments have dates: a Plt's term starts or ends at the district's midnight.
    { name: "refresh-superiors", run: async (now) => ({ changed: await refreshRunningPeriods(db, now) }) },
    // After the atasan refresh, so an escalation goes to today's atasan.
    { name: "deadline-reminders", run: async (now) => ({ notices: await sendDeadlineReminders(db, now) }) },
    {
      name: "purge-sessions",
      run: async (now) => ({
        sessions: await purgeSessions({ db, now }),
        jobRuns: await purgeJobRuns(db, now),
        outbox: await purgeOutbox(db, now),
      }),
    },
  ];
}
