import { addDays } from "../cycles/phase.js";
import type { IsoDate } from "../org/types.js";
import type { ReminderSettings } from "../rulesets/reminders.js";

/** A window a reminder is about (the three phases' windows). */
export type ReminderPhase = "perencanaan" | "pelaksanaan" | "penilaian";

/** One cycle as the reminder rules see it: whose turn it is in a window and when that window closes for them. */
export type ReminderCycle = {
  cycleId: string;
  ownerId: string;
  ownerName: string;
  /** The stored atasan; null when none could be derived (the admins are then told instead). */
  superiorId: string | null;
  phase: ReminderPhase;
  opensOn: IsoDate;
  /** The close that applies to this person (extensions included). */
  closesOn: IsoDate;
  /** Who must act to finish the window's work (both: the pegawai and the atasan each); nobody = done. */
  actor: "owner" | "superior" | "both" | "nobody";
  /**
   * Who acts for the atasan when it is not the atasan: the Tim Kinerja observing and rating a KS or
   * pengawas in the pelaksanaan window. Absent or empty: the atasan.
   */
  actingSuperiorIds?: readonly string[];
};

export type ReminderKind = "reminder" | "escalation";

/** One notice to send: to whom, about which cycles, and the (kind, days) it is for. */
export type ReminderMessage = {
  kind: ReminderKind;
  /** owner: your own work; superior: people wait for you; atasan / admin: people are late. */
  role: "owner" | "superior" | "atasan" | "admin";
  to: string[];
  phase: ReminderPhase;
  closesOn: IsoDate;
  days: number;
  cycles: { cycleId: string; ownerName: string }[];
};

/** The key of a sent reminder: a (cycle, window, kind, days) goes out once. */
export const reminderKey = (cycleId: string, phase: string, kind: ReminderKind, days: number) =>
  `${cycleId}|${phase}|${kind}|${days}`;

/**
 * The reminder due before the close: the nearest offset already reached (a job that missed the
 * 7-day day sends the 1-day one, never both late), from the window's opening until its close.
 */
function reminderDays(c: ReminderCycle, days: readonly number[], today: IsoDate): number | null {
  if (today < c.opensOn || today > c.closesOn) return null;
  const reached = days.filter((d) => today >= addDays(c.closesOn, -d));
  return reached.length > 0 ? Math.min(...reached) : null;
}

/** The escalation step reached after the close (the furthest one) and its place in the list. */
function escalationStep(
  c: ReminderCycle,
  days: readonly number[],
  today: IsoDate,
): { days: number; step: number } | null {
  const sorted = [...days].sort((a, b) => a - b);
  let found: { days: number; step: number } | null = null;
  sorted.forEach((d, step) => {
    if (today >= addDays(c.closesOn, d)) found = { days: d, step };
  });
  return found;
}

/**
 * Who is told what today. Before a window closes, whoever must act is reminded (a person of
 * their own work; an atasan, or the Tim Kinerja acting for them, once for everyone waiting on
 * them; when both must act, both, under the cycle's one key). After it, the first escalation
 * goes to the atasan and the later ones to the district admins, each listing who is late.
 * `sent` holds the keys already sent (`reminderKey`): nothing goes out twice. Pure: today is given.
 */
export function dueReminders(
  cycles: readonly ReminderCycle[],
  settings: ReminderSettings,
  today: IsoDate,
  adminIds: readonly string[],
  sent: ReadonlySet<string>,
): ReminderMessage[] {
  const groups = new Map<string, ReminderMessage>();
  const add = (m: Omit<ReminderMessage, "cycles">, c: ReminderCycle) => {
    if (m.to.length === 0 || sent.has(reminderKey(c.cycleId, c.phase, m.kind, m.days))) return;
    const key = [m.kind, m.role, [...m.to].sort().join(","), m.phase, m.closesOn, m.days].join("|");
    const group = groups.get(key) ?? { ...m, cycles: [] };
    group.cycles.push({ cycleId: c.cycleId, ownerName: c.ownerName });
    groups.set(key, group);
  };
  for (const c of cycles) {
    if (c.actor === "nobody") continue;
    const base = { phase: c.phase, closesOn: c.closesOn };
    const before = reminderDays(c, settings.beforeCloseDays, today);
    if (before !== null) {
      if (c.actor === "owner" || c.actor === "both") {
        add({ ...base, kind: "reminder", role: "owner", to: [c.ownerId], days: before }, c);
      }
      if (c.actor === "superior" || c.actor === "both") {
        const acting = c.actingSuperiorIds?.length ? [...c.actingSuperiorIds] : c.superiorId ? [c.superiorId] : [];
        add({ ...base, kind: "reminder", role: "superior", to: acting, days: before }, c);
      }
    }
    const after = escalationStep(c, settings.escalateAfterDays, today);
    if (after) {
      const toAtasan = after.step === 0 && c.superiorId !== null;
      add(
        {
          ...base,
          kind: "escalation",
          role: toAtasan ? "atasan" : "admin",
          to: toAtasan ? [c.superiorId as string] : [...adminIds],
          days: after.days,
        },
        c,
      );
    }
  }
  return [...groups.values()];
}
