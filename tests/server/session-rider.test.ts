import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, sessions } from "../../src/db/schema.js";
import { login } from "../../src/server/auth/contract.js";
import { AppError, httpStatus } from "../../src/server/core/errors.js";
import { route } from "../../src/server/core/route.js";
import { hashToken, loadActor, type SessionActor } from "../../src/server/core/session.js";
import { loadMe, meRider } from "../../src/server/me/load-me.js";
import { getPlanView } from "../../src/server/planning/get-plan.js";
import { getPractice } from "../../src/server/practice/get-practice.js";
import { makeDistrictWorld, openRunningPeriod, TEST_PASSWORD } from "../helpers/factories.js";
import { createTestApp, type TestContext } from "../helpers/test-app.js";

// /api/me and the plan view read what they need in the session's own statement (`SessionRider`).
// What rides must answer exactly as the route's own read would, and never reach a caller the
// session checks turn away.

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let cycleOfGuruA = "";

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  await openRunningPeriod(t.database.db, w.district.id);
  const [c] = await t.database.db.select({ id: cycles.id }).from(cycles).where(eq(cycles.personId, w.guruA.id));
  cycleOfGuruA = c?.id as string;
});
afterAll(() => t.close());

type Get = { get: (url: string) => Promise<LightMyRequestResponse> };

/** A signed-in caller (GET only) and the actor its cookie stands for, read the ordinary way (no rider). */
async function session(username: string): Promise<{ client: Get; actor: SessionActor; token: string }> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: TEST_PASSWORD },
  });
  const token = res.cookies.find((c) => c.name === "kinerja_session")?.value as string;
  const actor = (await loadActor(t.database.db, token, t.clock.now())) as SessionActor;
  const client = { get: (url: string) => t.app.inject({ method: "GET", url, cookies: { kinerja_session: token } }) };
  return { client, actor, token };
}

/** A use case's answer read without a ride: its JSON, or the refusal's status. */
async function unridden(read: () => Promise<unknown>) {
  try {
    return { status: 200, body: JSON.parse(JSON.stringify(await read())) };
  } catch (e) {
    if (e instanceof AppError) return { status: httpStatus(e.code) };
    throw e;
  }
}

describe("what rides with the session lookup", () => {
  it("/api/me answers exactly what the use case reads on its own, for every kind of person", async () => {
    for (const person of [w.guruA, w.ksA, w.head, w.admin, w.operatorA]) {
      const { client, actor } = await session(person.username as string);
      const res = await client.get("/api/me");
      expect(res.statusCode).toBe(200);
      const alone = JSON.parse(JSON.stringify(await loadMe(t.database.db, actor, t.clock.now())));
      expect(res.json(), person.name).toEqual(alone);
    }
  });

  /** For each person: the route through its rider gives what the use case alone gives (answer or refusal). */
  async function sameAsAlone(url: string, alone: (actor: SessionActor) => Promise<unknown>) {
    for (const person of [w.guruA, w.ksA, w.head, w.admin, w.guruB, w.operatorA]) {
      const { client, actor } = await session(person.username as string);
      const res = await client.get(url);
      const expected = await unridden(() => alone(actor));
      expect(res.statusCode, person.name).toBe(expected.status);
      if (expected.status === 200) expect(res.json(), person.name).toEqual(expected.body);
    }
  }

  it("the plan view answers, or refuses, exactly as the use case does on its own", async () => {
    await sameAsAlone(`/api/cycles/${cycleOfGuruA}/plan`, (actor) =>
      getPlanView(t.database.db, actor, cycleOfGuruA, "id", t.clock.now()),
    );
    // Guru B (another school) and the school's operator are refused, not shown the plan.
    const guruB = await session(w.guruB.username as string);
    expect((await guruB.client.get(`/api/cycles/${cycleOfGuruA}/plan`)).statusCode).toBe(403);
  });

  it("the practice screen answers, or refuses, exactly as the use case does on its own", async () => {
    await sameAsAlone(`/api/cycles/${cycleOfGuruA}/practice`, (actor) =>
      getPractice(t.database.db, actor, cycleOfGuruA, "id", t.clock.now()),
    );
  });

  it("a cycle that is not there is 404 and a malformed id 400, as without a ride", async () => {
    const { client } = await session(w.admin.username as string);
    expect((await client.get(`/api/cycles/${randomUUID()}/plan`)).statusCode).toBe(404);
    expect((await client.get("/api/cycles/bukan-id/plan")).statusCode).toBe(400);
  });

  it("nothing rides out to a caller without a live session", async () => {
    const signedOut = await t.app.inject({ method: "GET", url: `/api/cycles/${cycleOfGuruA}/plan` });
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.body).not.toContain(w.guruA.name);
    const { client, token } = await session(w.guruA.username as string);
    await t.database.db
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(eq(sessions.tokenHash, hashToken(token)));
    for (const url of ["/api/me", `/api/cycles/${cycleOfGuruA}/plan`]) {
      const res = await client.get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.body, url).not.toContain(w.guruA.name);
    }
  });

  it("a write that rides is still refused without its CSRF token, and nothing changes", async () => {
    const { client, token } = await session(w.guruA.username as string);
    const view = (await client.get(`/api/cycles/${cycleOfGuruA}/plan`)).json() as {
      plan: { id: string; version: number; content: object };
    };
    const forged = await t.app.inject({
      method: "PUT",
      url: `/api/plans/${view.plan.id}`,
      cookies: { kinerja_session: token },
      payload: { version: view.plan.version, content: { ...view.plan.content, lastStep: "kompetensi" } },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe("CSRF");
    const after = (await client.get(`/api/cycles/${cycleOfGuruA}/plan`)).json() as { plan: { version: number } };
    expect(after.plan.version).toBe(view.plan.version);
  });

  it("only a signed-in route takes a rider", () => {
    expect(() => route(t.app, login, async () => ({}) as never, { rider: meRider })).toThrow(/rider/);
  });
});
