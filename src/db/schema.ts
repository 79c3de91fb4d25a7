// The database schema, one file per area; workflow fields are columns with constraints and
// free-form documents typed JSONB. `npm run db:generate` turns changes into a numbered SQL file.
export * from "./schema/auth.js";
export * from "./schema/documents.js";
export * from "./schema/jobs.js";
export * from "./schema/mail.js";
export * from "./schema/org.js";
export * from "./schema/periods.js";
export * from "./schema/planning.js";
