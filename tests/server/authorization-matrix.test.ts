import { eq, sql } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents, reopenRequests } from "../../src/db/schema.js";
import { PLAN_STATUSES, type PlanStatus, transition } from "../../src/domain/planning/state.js";
import { registeredContracts } from "../../src/server/core/route.js";
import { storageFor } from "../../src/server/core/storage.js";
import { MATRIX, planRolesAt } from "../helpers/matrix-spec.js";
import {
  type Actor,
  buildMatrixWorld,
  type Location,
  type MatrixWorld,
  ROLES,
  signInAll,
} from "../helpers/matrix-world.js";
import { createTestApp, type TestContext } from "../helpers/test-app.js";

/**
 * Every registered route × every role × every location of the resource, against the expected
 * table in tests/helpers/matrix-spec.ts. Runs on PGlite in `npm test` and on PostgreSQL in CI.
 */
let t: TestContext;
let w: MatrixWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildMatrixWorld(t.app, t.database.db, storageFor(t.config));
}, 120_000);
afterAll(() => t.close());

const key = (c: { method: string; path: string }) => `${c.method} ${c.path}`;

/** Every change writes an audit event: a refusal must leave their number unchanged. */
async function auditCount(): Promise<number> {
  const rows = await t.database.db.execute(sql`select count(*)::int as n from audit_events`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { n: number }[];
  return list[0]?.n ?? -1;
}

type Outcome = {
  route: string;
  role: string;
  at: Location | null;
  expected: "allow" | "deny";
  status: number;
  /** A refused request that still changed something (an audit event appeared). */
  wrote?: boolean;
  /** For plan actions: the plan's status when the request was made, and whether the state machine allows it there. */
  state?: PlanStatus;
  stateAllows?: boolean;
};

/**
 * Puts the target plan in `status` at version 1, so every state of the machine is tried. An own
 * plan also loses the reopen request an earlier pass made (one may be pending at a time).
 */
async function setPlanStatus(planId: string, status: PlanStatus, own: boolean) {
  await t.database.db.update(documents).set({ status, version: 1 }).where(eq(documents.id, planId));
  if (own) await t.database.db.delete(reopenRequests).where(eq(reopenRequests.documentId, planId));
}

it("every registered route is in the matrix, and the matrix names no route that does not exist", () => {
  const registered = registeredContracts(t.app).map(key);
  const missing = registered.filter((k) => !(k in MATRIX));
  expect(missing, "routes without an authorization expectation").toEqual([]);
  expect(Object.keys(MATRIX).filter((k) => !registered.includes(k))).toEqual([]);
});

describe("authorization matrix", () => {
  const outcomes: Outcome[] = [];

  it("answers every role at every location as the table expects", async () => {
    for (const contract of registeredContracts(t.app)) {
      const route = key(contract);
      const entry = MATRIX[route];
      if (!entry) continue;
      const locations: (Location | null)[] = entry.at ? [...entry.at] : [null];
      for (const loc of locations) {
        // Refusals first: an allowed change must not be what makes a later refusal look right.
        const actors = (ROLES.filter((r) => r !== "anon") as Actor[]).sort(
          (a, b) => Number(entry.allow(a, loc)) - Number(entry.allow(b, loc)),
        );
        for (const role of actors) {
          const req = await entry.request(w, role, loc);
          if (!req) continue;
          const expected = entry.allow(role, loc) ? "allow" : "deny";
          const planId = w.clients[role] && entry.planAction ? planOf(role, loc) : null;
          for (const state of planId && entry.planAction ? PLAN_STATUSES : [undefined]) {
            if (planId && state) await setPlanStatus(planId, state, loc === "own");
            const before = expected === "deny" ? await auditCount() : 0;
            const res = await w.clients[role].request((await entry.request(w, role, loc)) ?? req);
            const wrote = expected === "deny" && (await auditCount()) !== before;
            const outcome: Outcome = { route, role, at: loc, expected, status: res.statusCode, wrote };
            if (state && entry.planAction) {
              outcome.state = state;
              // A retried submit of the same version is a success (the idempotent "Kumpulkan").
              const retriedSubmit = entry.planAction === "submit" && state === "submitted";
              outcome.stateAllows = retriedSubmit || transition(state, entry.planAction, planRolesAt(role, loc)).ok;
            }
            outcomes.push(outcome);
          }
        }
        // Signed out: 401 on every session route, whatever the target.
        const anonReq = await entry.request(w, "guru", loc === "own" ? "s1" : loc);
        if (anonReq) {
          const res = await t.app.inject(stripSession(anonReq));
          outcomes.push({
            route,
            role: "anon",
            at: loc,
            expected: entry.public ? "allow" : "deny",
            status: res.statusCode,
          });
        }
        if (entry.restore) await signInAll(t.app, t.database.db, w);
      }
    }
    const wrong = outcomes.filter((o) => !matches(o));
    const describe = (o: Outcome) =>
      `${o.route} as ${o.role}@${o.at ?? "-"}${o.state ? ` (${o.state})` : ""}: expected ${o.expected}` +
      `${o.stateAllows === false ? " but 409 for its state" : ""}, got ${o.status}${o.wrote ? " and it wrote" : ""}`;
    expect(wrong.map(describe)).toEqual([]);
    // Enough cases that a whole role or location silently dropping out would show.
    expect(outcomes.length).toBeGreaterThan(1000);
    console.info(
      `authorization matrix: ${outcomes.length} cases, ${outcomes.filter((o) => o.expected === "deny").length} refusals`,
    );
  }, 300_000);
});

function matches(o: Outcome): boolean {
  if (o.status >= 500 || o.wrote) return false;
  if (o.expected === "deny") return o.role === "anon" ? o.status === 401 : o.status === 403;
  // Allowed: the request got past authorization; a plan action is then refused exactly when its
  // state does not allow it (it may still be refused for its input, e.g. an incomplete plan).
  if (o.status === 401 || o.status === 403 || o.status === 404) return false;
  if (o.stateAllows === undefined) return true;
  return o.stateAllows ? o.status !== 409 : o.status === 409;
}

function planOf(role: Actor, loc: Location | null): string | null {
  if (loc === "own") return w.actors[role].planId;
  if (loc === "s1" || loc === "s2" || loc === "b") return w.victims[loc].planId;
  return null;
}

function stripSession(req: InjectOptions): InjectOptions {
  const { cookies: _c, ...rest } = req;
  return rest;
}
