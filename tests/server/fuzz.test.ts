import fc from "fast-check";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Contract } from "../../src/server/core/contract.js";
import { registeredContracts } from "../../src/server/core/route.js";
import { arbitraryFor, LEAK_MARKERS, type Pools } from "../helpers/fuzz-arbitraries.js";
import { type Actor, actors, fuzzWorld } from "../helpers/fuzz-world.js";
import { createTestApp, type TestContext } from "../helpers/test-app.js";

/**
 * Issue 6 §2: every registered operation, driven from its own contract with valid-shaped and
 * hostile input, as a district admin, as a guru and signed out. No 5xx, no stack trace or SQL in
 * any answer, every 4xx a problem+json with a message. Deterministic (fixed seed).
 */
const SEED = 20_261_129;
/** Runs per route: most for the admin, who reaches the most code; signed out mostly meets the 401. */
const RUNS: Record<Actor, number> = { admin: 64, guru: 32, signedOut: 6 };
const ACTORS = Object.keys(RUNS) as Actor[];

// Built at collection time: the route table decides which tests exist.
const t: TestContext = await createTestApp();
const contracts = registeredContracts(t.app);
let pools: Pools;
let who: ReturnType<typeof actors>;
let requests = 0;
/** Answers by route and status, printed at the end: shows how deep the inputs got. */
const statuses = new Map<string, Map<number, number>>();

beforeAll(async () => {
  const world = await fuzzWorld(t);
  pools = world.pools;
  who = actors(t.app, t, { admin: world.w.admin.username as string, guru: world.w.guruA.username as string });
});
afterAll(async () => {
  console.info(`fuzz: ${contracts.length} operations, ${requests} requests`);
  if (process.env.FUZZ_VERBOSE) {
    for (const [route, byStatus] of statuses) console.info(route, Object.fromEntries(byStatus));
  }
  await t.close();
});

const GARBAGE_IDS = ["x", "0", "..", "%00", "%E0%A4%A", "00000000-0000-0000-0000-000000000000", "a".repeat(300)];

type Input = {
  id: string;
  /** Other path parameters (`:kind`, `:action`): valid-shaped or hostile, from the contract's params. */
  params: Record<string, unknown>;
  query: unknown;
  body: unknown;
  upload: Uint8Array | string | null;
};

/** The table a path's `:id` names, from the segment before it (`/api/admin/schools/:id/people` → schools). */
const TABLE_OF_SEGMENT: Record<string, string> = {
  districts: "districts",
  schools: "schools",
  people: "people",
  periods: "periods",
  cycles: "cycles",
  plans: "documents",
  assignments: "assignments",
  files: "files",
  "profile-corrections": "profile_corrections",
  "reopen-requests": "reopen_requests",
};

function inputFor(c: Contract): fc.Arbitrary<Input> {
  const segment = /\/([\w-]+)\/:(?:id|cycleId)\b/.exec(c.path)?.[1] ?? "";
  const own = pools.byTable[TABLE_OF_SEGMENT[segment] ?? ""] ?? [];
  const id = fc.oneof(
    ...(own.length > 0 ? [{ arbitrary: fc.constantFrom(...own), weight: 6 }] : []),
    { arbitrary: fc.constantFrom(...pools.ids), weight: 2 },
    { arbitrary: fc.constantFrom(...GARBAGE_IDS), weight: 1 },
  );
  const isUpload = c.summary.includes("multipart/form-data");
  const csvCell = arbitraryFor(z.string(), pools).map((v) => (typeof v === "string" ? v : (JSON.stringify(v) ?? "")));
  const csv = fc
    .tuple(
      fc.constantFrom(
        "npsn,nama_sekolah,jenjang,nip,nuptk,nama,email,status_kepegawaian,peran,tanggal_mulai",
        "npsn;indikator;nilai;kategori",
      ),
      fc.array(fc.array(csvCell, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 4 }),
    )
    .map(([header, rows]) => `${header}\n${rows.map((r) => r.join(header.includes(";") ? ";" : ",")).join("\n")}\n`);
  const pdf = fc.string({ maxLength: 200 }).map((tail) => `%PDF-1.4\n${tail}`);
  const named = c.params instanceof z.ZodObject ? (c.params.shape as Record<string, z.ZodType>) : {};
  const others = Object.fromEntries(
    Object.entries(named)
      .filter(([k]) => k !== "id" && k !== "cycleId")
      .map(([k, schema]) => [k, arbitraryFor(schema, pools)]),
  );
  return fc.record({
    id,
    params: fc.record(others),
    query: c.query ? arbitraryFor(c.query, pools) : fc.constant(undefined),
    body: c.body ? arbitraryFor(c.body, pools) : fc.constant(undefined),
    upload: isUpload
      ? fc.option(fc.oneof(csv, pdf, fc.uint8Array({ maxLength: 300 })), { freq: 3 })
      : fc.constant(null),
  });
}

function toQuery(query: unknown): string {
  if (query === undefined || query === null) return "";
  if (typeof query !== "object" || Array.isArray(query)) {
    // encodeURIComponent throws on a lone surrogate: send U+FFFD instead, as a browser would.
    const text = String(query).replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "\uFFFD",
    );
    return `?${encodeURIComponent(text)}=1`;
  }
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined) params.append(k, typeof v === "string" ? v : JSON.stringify(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}

async function send(c: Contract, actor: Actor, input: Input): Promise<LightMyRequestResponse> {
  const path = c.path.replace(/:(id|cycleId)\b/, input.id).replace(/:(\w+)/g, (_, name: string) => {
    const v = input.params[name] ?? name;
    // Hostile values may be objects without a prototype: sent as their JSON text. A lone
    // surrogate cannot be percent-encoded: U+FFFD instead, as a browser would.
    const text = (typeof v === "string" ? v : (JSON.stringify(v) ?? "x")).replace(/[\uD800-\uDFFF]/g, "\uFFFD");
    return encodeURIComponent(text);
  });
  const url = path + toQuery(input.query);
  const opts: InjectOptions = { method: c.method, url, remoteAddress: `10.0.${requests % 250}.1` };
  if (input.upload !== null && input.upload !== undefined) {
    const form = new FormData();
    form.append(
      "file",
      new Blob([typeof input.upload === "string" ? input.upload : new Uint8Array(input.upload)]),
      "f.csv",
    );
    const res = new Response(form);
    opts.payload = Buffer.from(await res.arrayBuffer());
    opts.headers = { "content-type": res.headers.get("content-type") as string };
  } else if (c.method !== "GET" && input.body !== undefined) {
    opts.payload = JSON.stringify(input.body);
    opts.headers = { "content-type": "application/json" };
  }
  requests++;
  const client = await who.client(actor);
  return client ? client.request(opts) : t.app.inject(opts);
}

function check(res: LightMyRequestResponse, what: string): void {
  expect(res.statusCode, `${what} → ${res.statusCode} ${res.body.slice(0, 500)}`).toBeLessThan(500);
  const lower = res.body.toLowerCase();
  for (const marker of LEAK_MARKERS)
    expect(lower.includes(marker.toLowerCase()), `${what} leaks "${marker}"`).toBe(false);
  if (res.statusCode >= 400) {
    expect(res.headers["content-type"], what).toMatch(/^application\/problem\+json/);
    const message = (res.json() as { message?: unknown }).message;
    expect(typeof message === "string" && message.trim().length > 0, `${what}: no message`).toBe(true);
  }
}

describe("fuzzing every registered operation: no 5xx, no leak, every 4xx explained", () => {
  it("covers the whole route table", () => {
    expect(contracts.length).toBeGreaterThan(40);
  });

  for (const [i, c] of contracts.entries()) {
    it(`${c.method} ${c.path}`, { timeout: 60_000 }, async () => {
      try {
        for (const actor of ACTORS) {
          await fc.assert(
            fc.asyncProperty(inputFor(c), async (input) => {
              const res = await send(c, actor, input);
              const key = `${actor} ${c.method} ${c.path}`;
              const byStatus = statuses.get(key) ?? new Map<number, number>();
              statuses.set(key, byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1));
              check(res, `${key} ${JSON.stringify(input).slice(0, 400)}`);
            }),
            { seed: SEED + i, numRuns: RUNS[actor], endOnFailure: true },
          );
        }
      } finally {
        await who.heal();
      }
    });
  }
});
