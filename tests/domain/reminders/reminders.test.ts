import { describe, expect, it } from "vitest";
import { dueReminders, type ReminderCycle, reminderKey } from "../../../src/domain/reminders/reminders.js";
import { DEFAULT_REMINDERS, remindersOf } from "../../../src/domain/rulesets/reminders.js";

const cycle = (over: Partial<ReminderCycle> = {}): ReminderCycle => ({
  cycleId: "c1",
  ownerId: "guru1",
  ownerName: "Guru Satu",
  superiorId: "ks",
  phase: "perencanaan",
  opensOn: "2030-01-01",
  closesOn: "2030-01-31",
  actor: "owner",
  ...over,
});
const due = (cycles: ReminderCycle[], today: string, sent: string[] = []) =>
  dueReminders(cycles, DEFAULT_REMINDERS, today, ["admin1", "admin2"], new Set(sent));

describe("before the close", () => {
  it("reminds the owner 7 days and 1 day before, and not between or before", () => {
    expect(due([cycle()], "2030-01-23")).toEqual([]);
    expect(due([cycle()], "2030-01-24")).toEqual([
      {
        kind: "reminder",
        role: "owner",
        to: ["guru1"],
        phase: "perencanaan",
        closesOn: "2030-01-31",
        days: 7,
        cycles: [{ cycleId: "c1", ownerName: "Guru Satu" }],
      },
    ]);
    expect(due([cycle()], "2030-01-27", [reminderKey("c1", "perencanaan", "reminder", 7)])).toEqual([]);
    expect(due([cycle()], "2030-01-30")[0]).toMatchObject({ days: 1, to: ["guru1"] });
  });

  it("sends the nearest one only when the job missed a day, and nothing once sent", () => {
    expect(due([cycle()], "2030-01-31").map((m) => m.days)).toEqual([1]);
    expect(due([cycle()], "2030-01-31", [reminderKey("c1", "perencanaan", "reminder", 1)])).toEqual([]);
  });

  it("reminds the atasan once for everyone waiting on them", () => {
    const waiting = [
      cycle({ cycleId: "c1", actor: "superior" }),
      cycle({ cycleId: "c2", ownerId: "guru2", ownerName: "Guru Dua", actor: "superior" }),
      cycle({ cycleId: "c3", ownerId: "guru3", ownerName: "Guru Tiga", actor: "nobody" }),
    ];
    const messages = due(waiting, "2030-01-30");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ role: "superior", to: ["ks"], days: 1 });
    expect(messages[0]?.cycles.map((c) => c.ownerName)).toEqual(["Guru Satu", "Guru Dua"]);
  });

  it("follows a person's own (extended) close and ignores a window not open yet", () => {
    expect(due([cycle({ closesOn: "2030-02-10" })], "2030-01-30")).toEqual([]);
    expect(due([cycle({ opensOn: "2030-01-28" })], "2030-01-27")).toEqual([]);
  });
});

describe("after the close", () => {
  it("escalates to the atasan a day after, then to the admins a week after, listing who is late", () => {
    const late = [cycle(), cycle({ cycleId: "c2", ownerId: "guru2", ownerName: "Guru Dua", actor: "superior" })];
    expect(due(late, "2030-01-31").filter((m) => m.kind === "escalation")).toEqual([]);
    const first = due(late, "2030-02-01");
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ kind: "escalation", role: "atasan", to: ["ks"], days: 1 });
    expect(first[0]?.cycles).toHaveLength(2);
    const second = due(late, "2030-02-07");
    expect(second).toMatchObject([{ kind: "escalation", role: "admin", to: ["admin1", "admin2"], days: 7 }]);
  });

  it("goes to the admins when nobody is atasan, and never for a finished cycle", () => {
    expect(due([cycle({ superiorId: null })], "2030-02-01")).toMatchObject([{ role: "admin", days: 1 }]);
    expect(due([cycle({ actor: "nobody" })], "2030-02-10")).toEqual([]);
  });
});

it("a rule set stored before reminders existed uses the defaults", () => {
  expect(remindersOf({})).toEqual({ beforeCloseDays: [7, 1], escalateAfterDays: [1, 7] });
  expect(remindersOf({ reminders: { beforeCloseDays: [3], escalateAfterDays: [] } }).beforeCloseDays).toEqual([3]);
});
