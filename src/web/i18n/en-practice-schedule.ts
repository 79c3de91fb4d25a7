import type { idPracticeSchedule } from "./id-practice-schedule.js";

/** English strings of the observation schedule, its month calendar and the calendar subscription. */
export const enPracticeSchedule: typeof idPracticeSchedule = {
  calendar: {
    list: "List",
    month: "Calendar",
    previous: "Previous month",
    next: "Next month",
    none: "No observations this month.",
    dayWith: "{{date}}: {{count}} observations",
    day: { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" },
  },
  observations: {
    title: "Observation schedule",
    intro:
      "Upcoming observations of the people you accompany, or observe for the Tim Kinerja. A time not yet confirmed is the employee's proposal.",
    ics: "Download to a calendar (.ics)",
    empty: "No observations scheduled yet.",
    confirmed: "Confirmed",
    toConfirm: "To confirm",
    class: "class {{name}}",
  },
  feed: {
    title: "Calendar subscription",
    intro:
      'Add this secret address to Google Calendar or your phone\'s calendar ("Add calendar from URL"): new and moved observations appear by themselves.',
    create: "Make a subscription address",
    renew: "Make a new address",
    stop: "Stop the subscription",
    address: "Calendar address",
    copy: "Copy",
    copied: "Copied",
    secret:
      "This address is shown only now. Do not share it: whoever holds it sees your observation schedule. Making a new address stops the old one.",
    activeSince:
      "Subscription active since {{date}}. The address is shown only when it is made; make a new one if needed.",
  },
};
