import { createHash } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import Fastify from "fastify";
import pg from "pg";

/**
 * The "bare query" the app is compared with: Fastify, the session looked up by its token's
 * SHA-256 (the same table and index the app uses), then one indexed SELECT of a school's
 * people (~32 rows). No ORM, no validation, no policy. Env: REF_DATABASE_URL (pg pool of 10,
 * like the app) or REF_DATA_DIR (PGlite on a copy of the app's data dir), PORT.
 */
type Query = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

async function connect(): Promise<Query> {
  const url = process.env.REF_DATABASE_URL;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return (text, params) => pool.query(text, params);
  }
  const lite = await PGlite.create(process.env.REF_DATA_DIR as string);
  return (text, params) => lite.query(text, params);
}

const query = await connect();
const app = Fastify({ logger: false });
app.get("/ref/schools/:id/people", async (req, reply) => {
  const token = /kinerja_session=([^;]+)/.exec(req.headers.cookie ?? "")?.[1];
  if (!token) return reply.code(401).send({ error: "no session" });
  const hash = createHash("sha256").update(token).digest("hex");
  const session = await query(
    "select person_id from sessions where token_hash = $1 and revoked_at is null and expires_at > now()",
    [hash],
  );
  if (session.rows.length === 0) return reply.code(401).send({ error: "no session" });
  const { id } = req.params as { id: string };
  const people = await query(
    `select p.id, p.name, p.nip, a.kind from assignments a join people p on p.id = a.person_id
     where a.school_id = $1 order by p.name limit 50`,
    [id],
  );
  return { people: people.rows };
});
app.get("/ref/health", async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
// A clean exit on SIGTERM, so `--cpu-prof` (BENCH_REF_NODE_ARGS) writes its profile.
process.once("SIGTERM", () => app.close().finally(() => process.exit(0)));
