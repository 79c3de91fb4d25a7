import { describe, expect, it } from "vitest";
import { z } from "zod";
import { responseSerializer } from "../../src/server/core/serializer.js";
import { listPeople } from "../../src/server/org/contract.js";
import { planningQueue } from "../../src/server/planning/contract.js";

// Pure: compiles serializers from the contracts, no database.
const compile = (schema: z.ZodType) =>
  responseSerializer({ schema, method: "GET", url: "/t", httpStatus: "200" }) as (data: unknown) => string;
const roundTrip = (schema: z.ZodType, data: unknown) => JSON.parse(compile(schema)(data));

const person = {
  id: "p1",
  nip: null,
  nuptk: "123",
  name: "Budi",
  email: null,
  employmentStatus: "PNS",
  rank: "III/a",
  positionLevel: "Ahli Pertama",
  ptkType: "Guru Kelas",
  additionalDuties: ["Wali kelas"],
  username: "budi",
  actions: { update: true, resetAccount: false },
};

describe("answers serialized from the contract", () => {
  it("send what zod's parse of the contract would, for a real list", () => {
    const page = {
      people: [person, { ...person, id: "p2", nip: "1987", email: "b@x.id" }],
      nextCursor: null,
      total: 2,
      totalCapped: false,
    };
    expect(roundTrip(listPeople.response, page)).toEqual(listPeople.response.parse(page));
  });

  it("never send a field the contract does not name, at any depth", () => {
    const leaky = {
      people: [{ ...person, passwordHash: "argon2id$…", actions: { ...person.actions, sudo: true } }],
      nextCursor: "c",
      total: 1,
      totalCapped: false,
      debug: { sql: "select 1" },
    };
    const text = compile(listPeople.response)(leaky);
    expect(text).not.toContain("argon2id");
    expect(text).not.toContain("sudo");
    expect(text).not.toContain("select 1");
    expect(JSON.parse(text)).toEqual(listPeople.response.parse(leaky));
  });

  it("refuse an answer without a required field", () => {
    const { name: _, ...nameless } = person;
    expect(() =>
      compile(listPeople.response)({ people: [nameless], nextCursor: null, total: 1, totalCapped: false }),
    ).toThrow(/name/);
  });

  it("keep nullable objects, records, unions and free-form content", () => {
    const schema = z.object({
      who: z.object({ id: z.string(), name: z.string() }).nullable(),
      scores: z.record(z.string(), z.number()),
      pen: z.union([z.literal("all"), z.array(z.string())]).nullable(),
      content: z.unknown(),
      kind: z.discriminatedUnion("type", [
        z.object({ type: z.literal("scale"), max: z.number() }),
        z.object({ type: z.literal("text"), maxLength: z.number() }),
      ]),
    });
    const a = {
      who: null,
      scores: { a: 1, b: 2.5 },
      pen: "all",
      content: { deep: [1, { x: "y" }] },
      kind: { type: "text", maxLength: 9 },
    };
    const b = {
      who: { id: "1", name: "Sri", extra: 1 },
      scores: {},
      pen: ["x"],
      content: null,
      kind: { type: "scale", max: 4 },
    };
    expect(roundTrip(schema, a)).toEqual(schema.parse(a));
    expect(roundTrip(schema, b)).toEqual(schema.parse(b));
    expect(roundTrip(schema, { ...a, pen: null })).toEqual(schema.parse({ ...a, pen: null }));
  });

  it("send the queue's page as its contract parses it: counts by status, nullable parts", () => {
    const item = {
      cycleId: "c1",
      personId: "p1",
      periodId: "t1",
      periodName: "2026",
      planId: null,
      name: "Budi",
      nip: null,
      track: "guru",
      schoolName: "SDN 1",
      phase: "perencanaan",
      status: "submitted",
      submittedAt: "2026-01-05T01:00:00.000Z",
      overdue: false,
      pendingReopen: false,
      practice: null,
      as: "principal",
      timKinerja: [],
      recommendation: null,
    };
    const practising = {
      ...item,
      planId: "d1",
      practice: { stage: "observasi", nextActor: "superior", awaitingSuperior: ["observasi"], done: false },
      recommendation: { status: "draft", hasilKerja: null, perilaku: "sesuai", predikat: null },
    };
    const page = {
      counts: { draft: 3, submitted: 1, returned: 0, approved: 2, agreed: 5, not_started: 0 },
      byPhase: { perencanaan: 4 },
      overdue: 1,
      total: 2,
      items: [item, practising],
      nextCursor: "x",
    };
    const parsed = planningQueue.response.safeParse(page);
    expect(parsed.error).toBeUndefined();
    expect(roundTrip(planningQueue.response, page)).toEqual(parsed.data);
  });
});
