import pg from "pg";

// CI helper: `tsx scripts/pg-database.ts create|drop <url>` — a fresh PostgreSQL database per run.
const [action, url] = process.argv.slice(2);
if (!url || (action !== "create" && action !== "drop")) {
  console.error("usage: pg-database.ts create|drop <postgres-url>");
  process.exit(2);
}
const target = new URL(url);
const name = target.pathname.slice(1);
if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name: ${name}`);
target.pathname = "/postgres";
const client = new pg.Client({ connectionString: target.toString() });
await client.connect();
if (action === "create") await client.query(`create database "${name}"`);
else await client.query(`drop database if exists "${name}" with (force)`);
await client.end();
console.log(`${action === "create" ? "created" : "dropped"} database ${name}`);
