import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes a new numbered SQL file from src/db/schema.ts.
// The same files run at start on PGlite and on PostgreSQL (src/db/migrate.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema/*.ts",
  out: "./src/db/migrations",
});
