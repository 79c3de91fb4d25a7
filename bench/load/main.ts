import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { openDatabase } from "../../src/db/client.js";
import { cpuMark, cpuPerRequest } from "./cpu.js";
import { type Engine, pgliteEngine, postgresEngine } from "./engines.js";
import { runLoad } from "./load.js";
import { mixRoute } from "./mix.js";
import { merged, type Row, rate, type Slice, table } from "./report.js";
import { appRoutes, isSpent, type Route, referenceRoute } from "./routes.js";
import { runCli, type Server, startServer, stopServer } from "./servers.js";
import { prepareWorkload, type Workload } from "./users.js";

/**
 * `npm run bench:load`: a synthetic district (`kinerja demo-scale`), many signed-in users, each
 * deadline-day route run against the app and then against a bare-query reference server on the
 * same data, alternately, at the same concurrency. See docs/performance.md.
 */
const { values: o } = parseArgs({
  options: {
    teachers: { type: "string", default: "10000" },
    duration: { type: "string", default: "5" },
    // Each route's seconds split into this many alternations of app and reference: the app/ref column
    // is the median of the rounds' ratios, so a moment when the machine is slower weighs on one round.
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    engine: { type: "string", default: "both" },
    // Iterating on some routes: `--only home,plan` (names start with these; `mix` for the mix).
    only: { type: "string" },
    // `--prof DIR` starts the app with --cpu-prof, written to DIR when the run stops.
    prof: { type: "string" },
    // `--districts 10`: a province, the benchmark's district and 9 more of the same size in the same
    // database (their own codes, untouched by the workload): a district's lists must not walk the others'.
    districts: { type: "string", default: "1" },
  },
});
const teachers = Number(o.teachers);
const seconds = Number(o.duration);
const rounds = Math.max(1, Math.trunc(Number(o.rounds)));
/**
 * The share of the plans to submit and to review kept for the mix, split again between its rounds:
 * it sends 8 submits and 6 reviews per 100 requests (~300 and ~220 a 4 s round at 900 req/s). A mix
 * that has spent its plans sends no more writes and reads higher (a round per share keeps them level).
 * The submit and review routes spend theirs in a second or two (their first round).
 */
const MIX_SHARE = 0.6;

/**
 * The share of the plans to submit and to review spent warming up (~100 of each at 10,000 teachers:
 * ten per pooled connection, past PostgreSQL's five custom plans of a prepared statement).
 */
const WARM_SHARE = 0.05;

/** Round `i` of `n`'s share of the plans to submit and to review. */
function roundOf(w: Workload, i: number, n: number): Workload {
  const part = <T>(list: T[]) => list.slice(Math.floor((list.length * i) / n), Math.floor((list.length * (i + 1)) / n));
  return { ...w, submitting: part(w.submitting), reviews: part(w.reviews) };
}

/** The workload twice: the plans to submit and to review split between the two, everything else shared. */
function splitPlans(w: Workload, share: number): [Workload, Workload] {
  const cut = <T>(list: T[]) => Math.round(list.length * (1 - share));
  const s = cut(w.submitting);
  const r = cut(w.reviews);
  return [
    { ...w, submitting: w.submitting.slice(0, s), reviews: w.reviews.slice(0, r) },
    { ...w, submitting: w.submitting.slice(s), reviews: w.reviews.slice(r) },
  ];
}
const connections = Number(o.connections);
const districts = Math.max(1, Math.trunc(Number(o.districts)));
const CODE = "SCALE";

async function statementsPerRequest(app: Server, route: Route): Promise<number> {
  const count = () =>
    new Promise<number>((resolve) => {
      app.child.once("message", (r) => resolve((r as { statements: number }).statements));
      app.child.send("count");
    });
  app.child.send("reset");
  const r = await runLoad(app.base, route.pool, 1, 0.5);
  return (await count()) / Math.max(1, r.requests);
}

async function bench(engine: Engine): Promise<void> {
  const servers: Server[] = [];
  try {
    console.log(`\n## ${engine.label}, ${teachers} teachers, ${connections} connections, ${seconds} s per route\n`);
    // The ratio is what to compare across machines: app and reference share whatever else runs.
    console.log(
      `${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    const t0 = performance.now();
    await runCli(["demo-scale", "--teachers", String(teachers), "--code", CODE], engine.appEnv);
    for (let i = 1; i < districts; i++) {
      await runCli(["demo-scale", "--teachers", String(teachers), "--code", `P${i}`], engine.appEnv);
    }
    console.log(
      `demo-scale (migrate + generate${districts > 1 ? `, ${districts} districts` : ""}): ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const database = await openDatabase(engine.openOptions);
    const w = await prepareWorkload(database.db, CODE).finally(() => database.close());
    console.log(
      `workload: ${w.drafting.length} drafting, ${w.submitting.length} submitting, ${w.reviews.length} plans to review, ` +
        `${w.principals.length} KS/Plt, ${w.dinas.length} Kepala Dinas/Tim Kinerja, ${w.admins.length} admins signed in`,
    );
    const refEnv = engine.refEnv();
    const app = await startServer("src/main.ts", engine.appEnv, "/api/health", "./bench/load/count-statements.ts", [
      ...(o.prof ? ["--cpu-prof", "--cpu-prof-dir", o.prof] : []),
      ...(process.env.BENCH_APP_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
    ]);
    servers.push(app);
    const ref = await startServer(
      "bench/load/reference-server.ts",
      refEnv,
      "/ref/health",
      undefined,
      process.env.BENCH_REF_NODE_ARGS?.split(" ").filter(Boolean) ?? [],
    );
    servers.push(ref);
    const only = o.only?.split(",");
    // The mix submits and decides plans of its own: the submit and review routes spend every plan
    // they are given (until this split, the mix that followed them found none and sent no write).
    // Plans for the warm-up's writes, kept out of every timed pool.
    const [warmPlans, rest] = splitPlans(w, 1 - WARM_SHARE);
    const [own, forMix] = splitPlans(rest, MIX_SHARE);
    const mixPlans = Array.from({ length: rounds }, (_, i) => roundOf(forMix, i, rounds));
    const mixRounds = mixPlans.map((plans) => mixRoute(appRoutes(plans)));
    const all = appRoutes(own);
    const routes = all.filter((r) => !only || only.some((n) => r.name.startsWith(n)));
    const reference = referenceRoute(w);
    // Warm-up (not recorded): JIT, connection pools, the database's caches, and each route's
    // statements prepared on every connection (a cold mix read 0.29-0.38 in its first round, then
    // 0.47-0.58). The writes that spend plans warm up on plans of their own (`WARM_SHARE`): a
    // connection's first runs of a statement are planned anew and its first trigger call compiles
    // the trigger's function, which the submit and review routes, a single round of ~800 requests
    // each, otherwise paid on every connection inside their timed round.
    const home = all[0] as Route;
    await runLoad(app.base, home.pool, connections, Math.min(3, seconds));
    const warmWrites = appRoutes(warmPlans);
    for (const [i, r] of all.slice(1).entries()) {
      const spends = r.name.startsWith("submit") || r.name.startsWith("review");
      await runLoad(app.base, spends ? (warmWrites[i + 1] as Route).pool : r.pool, connections, 0.5);
    }
    await runLoad(ref.base, reference.pool, connections, Math.min(3, seconds));
    // Statements per request, counted first: a write route spends its plans in the timed runs.
    const statements = new Map<Route, number>();
    if (engine.label === "PostgreSQL")
      for (const route of routes) statements.set(route, await statementsPerRequest(app, route));
    const rows: Row[] = [];
    const withDb = engine.label === "PostgreSQL";
    const slice = seconds / rounds;
    for (const route of only && !only.includes("mix") ? routes : [...routes, mixRounds[0] as Route]) {
      const appSlices: Slice[] = [];
      const refSlices: Slice[] = [];
      for (let round = 0; round < rounds; round++) {
        const a0 = cpuMark(app.child.pid, withDb);
        const pool = route === mixRounds[0] ? (mixRounds[round] as Route).pool : route.pool;
        const appResult = await runLoad(app.base, pool, connections, slice);
        appSlices.push({
          result: appResult,
          cpu: cpuPerRequest(a0, cpuMark(app.child.pid, withDb), appResult.requests),
        });
        const r0 = cpuMark(ref.child.pid, withDb);
        const refResult = await runLoad(ref.base, reference.pool, connections, slice);
        refSlices.push({
          result: refResult,
          cpu: cpuPerRequest(r0, cpuMark(ref.child.pid, withDb), refResult.requests),
        });
      }
      const appRun = merged(appSlices);
      const refRun = merged(refSlices);
      rows.push({
        route: route.name,
        app: appRun.result,
        ref: refRun.result,
        // A round whose pool was already spent (every plan submitted or decided) has no ratio.
        ratios: appSlices.flatMap((a, i) => {
          const ref = (refSlices[i] as Slice).result;
          return a.result.requests > 0 && ref.requests > 0 ? [rate(a.result) / rate(ref)] : [];
        }),
        statements: statements.get(route) ?? null,
        appCpu: appRun.cpu,
        refCpu: refRun.cpu,
      });
      process.stderr.write(".");
    }
    process.stderr.write("\n");
    if (!only || only.includes("mix")) {
      const done = (list: object[]) => list.filter((u) => isSpent(u)).length;
      console.log(
        `mix, by round: ${mixPlans.map((r) => `${done(r.submitting)}/${r.submitting.length} plans submitted, ${done(r.reviews)}/${r.reviews.length} decided`).join("; ")}`,
      );
    }
    console.log(
      `load average after: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}\n`,
    );
    console.log(table(rows, engine.label === "PostgreSQL"));
  } finally {
    for (const s of servers.reverse()) await stopServer(s);
    await engine.cleanup();
  }
}

if (o.engine === "pg" || o.engine === "both") await bench(await postgresEngine());
if (o.engine === "pglite" || o.engine === "both") await bench(pgliteEngine());
