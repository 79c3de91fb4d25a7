import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { auditEvents, cycles } from "../../src/db/schema.js";
import { type ChildServer, type HttpClient, httpSignIn, startChildServer } from "../helpers/child-server.js";
import { assign, makeDistrictWorld, makePerson, openRunningPeriod, TEST_PASSWORD } from "../helpers/factories.js";
import { COMPLETE_GURU_PLAN } from "../helpers/plan-content.js";

// The real server as a child process under a load of autosaves and submits, killed with SIGKILL
// mid-load and restarted: every write it acknowledged must be there, exactly once. Runs on the
// test database's engine: PGlite in `npm test`, PostgreSQL in CI's DATABASE_URL step.

const tpl = inject("dbTemplate");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A fresh database of the test engine, not opened by this process: env for the child and a way to open it. */
async function freshDatabase(): Promise<{ env: Record<string, string>; open: () => Promise<Database> }> {
  if (tpl.kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-crash-"));
    cleanups.push(async () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}.lock`, { recursive: true, force: true });
    });
    // The first open loads the migrated snapshot (no initdb); later ones find the files there.
    let snapshot: Blob | undefined = new Blob([readFileSync(tpl.file)]);
    const open = () => {
      const loadDataDir = snapshot;
      snapshot = undefined;
      return openDatabase({ dataDir: dir, ...(loadDataDir ? { loadDataDir } : {}) });
    };
    return { env: { DATA_DIR: dir }, open };
  }
  const url = new URL(tpl.url);
  const template = url.pathname.slice(1);
  const name = `${template}_crash_${process.pid}`;
  const maintenance = new URL(tpl.url);
  maintenance.pathname = "/postgres";
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: maintenance.toString() });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await admin(`drop database if exists "${name}" with (force)`);
  await admin(`create database "${name}" template "${template}"`);
  cleanups.push(() => admin(`drop database if exists "${name}" with (force)`));
  url.pathname = `/${name}`;
  return { env: { DATABASE_URL: url.toString() }, open: () => openDatabase({ databaseUrl: url.toString() }) };
}

const GURUS = 6;
const MAX_SAVES = 100;

type Writer = {
  username: string;
  cycleId: string;
  submits: boolean;
  planId?: string;
  v0?: number;
  acked: number[];
  inflight: number | null;
  submitAcked: boolean;
  submitInflight: boolean;
  done: boolean;
};

async function seed(database: Database): Promise<Writer[]> {
  const db = database.db;
  const w = await makeDistrictWorld(db);
  const people = [];
  for (let i = 0; i < GURUS; i++) {
    const p = await makePerson(db);
    await assign(db, p.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    people.push(p);
  }
  await openRunningPeriod(db, w.district.id);
  const writers: Writer[] = [];
  for (const [i, p] of people.entries()) {
    const [c] = await db.select().from(cycles).where(eq(cycles.personId, p.id));
    if (!c) throw new Error("no cycle");
    writers.push({
      username: p.username as string,
      cycleId: c.id,
      submits: i % 2 === 0,
      acked: [],
      inflight: null,
      submitAcked: false,
      submitInflight: false,
      done: false,
    });
  }
  return writers;
}

const notes = (markers: number[]) => ({ ...COMPLETE_GURU_PLAN, behaviourNotes: { kolaboratif: markers.join(" ") } });

/** One client: autosaves with a fresh marker each time; a submitter submits after a few saves. */
async function drive(wr: Writer, client: HttpClient, index: number) {
  let version = wr.v0 as number;
  try {
    for (let k = 1; k <= MAX_SAVES; k++) {
      wr.inflight = k;
      const res = await client.call("PUT", `/api/plans/${wr.planId}`, { version, content: notes([...wr.acked, k]) });
      if (res.status !== 200) throw new Error(`save answered ${res.status}`);
      wr.acked.push(k);
      wr.inflight = null;
      version = (res.json() as { plan: { version: number } }).plan.version;
      if (wr.submits && wr.acked.length === 3 + index) {
        wr.submitInflight = true;
        const s = await client.call("POST", `/api/plans/${wr.planId}/submit`, { version });
        if (s.status !== 200) throw new Error(`submit answered ${s.status}`);
        wr.submitAcked = true;
        wr.submitInflight = false;
        break;
      }
    }
  } catch (err) {
    // The server was killed under this request: it may or may not have committed it.
    if (!(err instanceof TypeError)) throw err;
  }
  wr.done = true;
}

async function waitFor(check: () => boolean, ms: number) {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
}

describe(`kill -9 under load (${tpl.kind})`, () => {
  it("every acknowledged autosave and submit survives a crash and restart, none twice", async () => {
    const fresh = await freshDatabase();
    const setup = await fresh.open();
    const writers = await seed(setup);
    await setup.close();

    let server: ChildServer = await startChildServer(fresh.env);
    const clients = await Promise.all(writers.map((wr) => httpSignIn(server.url, wr.username, TEST_PASSWORD)));
    for (const [i, wr] of writers.entries()) {
      const view = (await clients[i]?.call("GET", `/api/cycles/${wr.cycleId}/plan`))?.json() as {
        plan: { id: string; version: number };
      };
      wr.planId = view.plan.id;
      wr.v0 = view.plan.version;
    }
    const load = Promise.all(writers.map((wr, i) => drive(wr, clients[i] as HttpClient, i)));
    const acked = () => writers.reduce((n, wr) => n + wr.acked.length, 0);
    await waitFor(() => acked() >= 60 && writers.every((wr) => !wr.submits || wr.done), 20_000);
    server.child.kill("SIGKILL");
    await server.exited;
    await load;

    server = await startChildServer(fresh.env);
    const figures = {
      ackedSaves: 0,
      ackedSubmits: 0,
      inflightAtKill: 0,
      lost: 0,
      duplicated: 0,
      phantom: 0,
      badVersion: 0,
    };
    const states = [];
    for (const wr of writers) {
      const client = await httpSignIn(server.url, wr.username, TEST_PASSWORD);
      const res = await client.call("GET", `/api/cycles/${wr.cycleId}/plan`);
      expect(res.status).toBe(200);
      const plan = (
        res.json() as { plan: { status: string; version: number; content: { behaviourNotes: Record<string, string> } } }
      ).plan;
      const stored = (plan.content.behaviourNotes.kolaboratif ?? "").split(" ").filter(Boolean).map(Number);
      figures.ackedSaves += wr.acked.length;
      figures.ackedSubmits += wr.submitAcked ? 1 : 0;
      figures.inflightAtKill += wr.inflight !== null || wr.submitInflight ? 1 : 0;
      figures.lost += wr.acked.filter((k) => !stored.includes(k)).length;
      figures.duplicated += stored.length - new Set(stored).size;
      figures.phantom += stored.filter((k) => !wr.acked.includes(k) && k !== wr.inflight).length;
      // Each committed save bumps the version exactly once; a submit keeps it.
      figures.badVersion += plan.version === (wr.v0 as number) + stored.length ? 0 : 1;
      states.push({ wr, status: plan.status });
    }
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);

    const after = await fresh.open();
    let submitEvents = 0;
    for (const { wr, status } of states) {
      const events = await after.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, wr.planId as string), eq(auditEvents.action, "plan_submitted")));
      submitEvents += events.length;
      if (wr.submitAcked) expect({ status, events: events.length }).toEqual({ status: "submitted", events: 1 });
      else if (!wr.submitInflight) expect({ status, events: events.length }).toEqual({ status: "draft", events: 0 });
      else expect(events.length).toBe(status === "submitted" ? 1 : 0);
    }
    await after.close();
    console.log(`[crash ${tpl.kind}] ${JSON.stringify({ ...figures, submitEvents })}`);
    expect(figures.ackedSaves).toBeGreaterThanOrEqual(30);
    expect(figures).toMatchObject({ lost: 0, duplicated: 0, phantom: 0, badVersion: 0 });
  }, 90_000);
});
